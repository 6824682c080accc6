// The command line's output: standard output written in large pieces, never after an error line it preceded.
import { expect, test } from 'vitest';
import { bufferedOutput } from '../../../src/cli/output.ts';

function streams() {
  const writes: string[] = [];
  const io = bufferedOutput(
    (text) => writes.push(`out:${text}`),
    (line) => writes.push(`err:${line}`),
  );
  return { io, writes };
}

test('lines wait, then go out together, each with its newline', () => {
  const { io, writes } = streams();
  io.out('one');
  io.out('two');
  expect(writes).toEqual([]);
  io.flush();
  expect(writes).toEqual(['out:one\ntwo\n']);
  io.flush();
  expect(writes).toHaveLength(1);
});

test('an error line goes out after the lines before it, at once', () => {
  const { io, writes } = streams();
  io.out('result');
  io.err('problem');
  io.err('another');
  expect(writes).toEqual(['out:result\n', 'err:problem', 'err:another']);
});

test('past 64 kB the lines go out without waiting for the end', () => {
  const { io, writes } = streams();
  const line = 'x'.repeat(1023);
  for (let i = 0; i < 64; i++) io.out(line);
  expect(writes).toEqual([]);
  io.out('y');
  expect(writes).toEqual([`out:${`${line}\n`.repeat(64)}y\n`]);
  io.out('z');
  io.flush();
  expect(writes.at(-1)).toBe('out:z\n');
});
