/** The command line's output streams, as the program writes them. */
import type { Output } from './check.ts';

/**
 * Standard output, buffered: one write per 64 kB instead of one per line (a line-per-write detect run spends
 * most of its time in the console). Flushed before any error line, so the two streams keep their order.
 */
export function bufferedOutput(
  write: (text: string) => void,
  writeError: (line: string) => void,
): Output & { flush(): void } {
  let pending = '';
  const flush = () => {
    if (pending) write(pending);
    pending = '';
  };
  return {
    out(line) {
      pending += `${line}\n`;
      if (pending.length > 65536) flush();
    },
    err(line) {
      flush();
      writeError(line);
    },
    flush,
  };
}
