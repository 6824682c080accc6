#!/usr/bin/env node
/** The PSF Lens command line, over the same core as the extension. */
import type { Output } from './check.ts';
import { runCli } from './main.ts';

/**
 * Standard output, buffered: one write per 64 kB instead of one per line (a line-per-write detect run spends
 * most of its time in the console). Flushed before any error line, so the two streams keep their order.
 */
function bufferedOutput(): Output & { flush(): void } {
  let pending = '';
  const flush = () => {
    if (pending) process.stdout.write(pending);
    pending = '';
  };
  return {
    out(line) {
      pending += `${line}\n`;
      if (pending.length > 65536) flush();
    },
    err(line) {
      flush();
      console.error(line);
    },
    flush,
  };
}

const io = bufferedOutput();

process.exitCode = await runCli(process.argv.slice(2), io, process.stdin);
io.flush();
