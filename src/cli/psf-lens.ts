#!/usr/bin/env node
/** The PSF Lens command line, over the same core as the extension. */
import { runCli } from './main.ts';
import { bufferedOutput } from './output.ts';

const io = bufferedOutput(
  (text) => process.stdout.write(text),
  (line) => console.error(line),
);

process.exitCode = await runCli(process.argv.slice(2), io, process.stdin);
io.flush();
