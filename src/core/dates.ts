/**
 * The sources' dates, as precise as each gives them: a year (`2026`), a quarter (`2026-Q2`), a month (`2026-05`) or
 * a day (`2026-05-20`). Compared as strings they sort wrongly (`'2026-Q2' > '2026-06-02'`), so every ordering of
 * them goes through `compareDates`.
 */

export interface Period {
  /** First and last day of the period, `YYYY-MM-DD`, so two periods compare as strings. */
  start: string;
  end: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a date stands for, or null for a missing or unreadable one. */
export function periodOf(date: string | undefined): Period | null {
  if (!date) return null;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    return { start: `${year}-${pad(q * 3 - 2)}-01`, end: `${year}-${pad(q * 3)}-${lastDay(year, q * 3)}` };
  }
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!parts) return null;
  const year = Number(parts[1]);
  if (parts[3]) return { start: date, end: date };
  if (parts[2]) {
    const month = Number(parts[2]);
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${lastDay(year, month)}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Oldest first: by the period's first day, then by its last (a quarter sorts with its first month, just after
 * it). A missing or unreadable date is older than any date; two of them are equal.
 */
export function compareDates(a: string | undefined, b: string | undefined): number {
  const pa = periodOf(a);
  const pb = periodOf(b);
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
  // Days are YYYY-MM-DD, all of one length: the joined text orders by first day, then by last.
  const [ka, kb] = [`${pa.start} ${pa.end}`, `${pb.start} ${pb.end}`];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
