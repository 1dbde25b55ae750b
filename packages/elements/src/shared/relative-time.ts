/**
 * Relative time phrases for the elements ("3 hours ago", "in 9 hours"), through
 * `Intl.RelativeTimeFormat` so they follow the page's language.
 */

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * Formats the distance from `now` to `then` as a relative phrase in `locale`.
 *
 * @example
 * ```ts
 * formatRelative(Date.parse('2026-01-01T09:00Z'), Date.parse('2026-01-01T12:00Z')); // "3 hours ago"
 * ```
 */
export function formatRelative(then: number, now: number, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = then - now;
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms || unit === 'second') return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'second');
}
