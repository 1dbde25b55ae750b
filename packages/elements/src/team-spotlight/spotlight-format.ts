/**
 * Number formatting of the team spotlight: counts, shares, averages, changes with their
 * direction, and dates, through `Intl` so they follow the page's language.
 */

/** Direction of a change. */
export type Direction = 'up' | 'down' | 'flat';

/** The direction of a change (tiny float noise counts as flat). */
export function direction(change: number): Direction {
  return change > 1e-9 ? 'up' : change < -1e-9 ? 'down' : 'flat';
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached number format (building one costs far more than using it, and tables use many). */
function numberFormat(kind: 'number' | 'percent', locale?: string): Intl.NumberFormat {
  const key = `${kind}|${locale ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, kind === 'percent' ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 });
    formatters.set(key, format);
  }
  return format;
}

/** A count or average with at most one decimal. */
export function formatNumber(value: number, locale?: string): string {
  return numberFormat('number', locale).format(value);
}

/** A share (0–1) as a whole percentage. */
export function formatPercent(share: number, locale?: string): string {
  return numberFormat('percent', locale).format(share);
}

/** A change without its sign (the direction is said separately); shares in percentage points. */
export function formatChange(change: number, kind: 'number' | 'share', locale?: string): string {
  const amount = Math.abs(change);
  return kind === 'share' ? `${formatNumber(amount * 100, locale)} pp` : formatNumber(amount, locale);
}

/** An ISO date-time as a short date in UTC. */
export function formatDate(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

/** The arrow glyph shown for a direction (decorative: the words go to assistive technology). */
export function arrow(dir: Direction): string {
  return dir === 'up' ? '▲' : dir === 'down' ? '▼' : '▬';
}
