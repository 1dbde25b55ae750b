/**
 * Day arithmetic shared by the health inputs and their per-account overlays: UTC day numbers of
 * ISO dates (cached per text: the same dates repeat across millions of usage rows) and the
 * first row of a sorted day column at or after a day.
 */

const dayMs = 86_400_000;

/** The first index in `[lo, hi)` whose day is `>= day`. */
export function lowerBound(days: Int32Array, lo: number, hi: number, day: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const dayCache = new Map<string, number>();

/** The UTC day number (days since 1970-01-01) of an ISO date or time, cached per text. */
export function dayNumber(date: string): number {
  let day = dayCache.get(date);
  if (day === undefined) {
    day = Math.floor(Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date) / dayMs);
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(date, day);
  }
  return day;
}
