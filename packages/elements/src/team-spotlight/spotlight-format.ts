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

/** A number format with a memo of what it wrote: a 500-member table formats ~5,000 numbers, mostly the same few hundred. */
interface MemoFormat {
  format: Intl.NumberFormat;
  memo: Map<number, string>;
}

const formatters = new Map<string, MemoFormat>();
/** Memo entries kept per format before it starts over (bounds the memory of long sessions). */
const memoLimit = 4096;

/** A cached number format (building one costs far more than using it, and tables use many). */
function numberFormat(kind: 'number' | 'percent', locale?: string): MemoFormat {
  const key = `${kind}|${locale ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = kind === 'percent' ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 };
    format = { format: new Intl.NumberFormat(locale, options), memo: new Map() };
    formatters.set(key, format);
  }
  return format;
}

/** `value` written by a memoised format (a `Map` look-up costs a tenth of `Intl` formatting). */
function formatWith(f: MemoFormat, value: number): string {
  let text = f.memo.get(value);
  if (text === undefined) {
    if (f.memo.size >= memoLimit) f.memo.clear();
    text = f.format.format(value);
    f.memo.set(value, text);
  }
  return text;
}

/** A count or average with at most one decimal. */
export function formatNumber(value: number, locale?: string): string {
  return formatWith(numberFormat('number', locale), value);
}

/** A share (0–1) as a whole percentage. */
export function formatPercent(share: number, locale?: string): string {
  return formatWith(numberFormat('percent', locale), share);
}

/** A change without its sign (the direction is said separately); shares in percentage points. */
export function formatChange(change: number, kind: 'number' | 'share', locale?: string): string {
  const amount = Math.abs(change);
  return kind === 'share' ? `${formatNumber(amount * 100, locale)} pp` : formatNumber(amount, locale);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date-time as a short date in UTC. */
export function formatDate(iso: string, locale?: string): string {
  let format = dateFormats.get(locale ?? '');
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale ?? '', format);
  }
  return format.format(new Date(iso));
}

/** The arrow glyph shown for a direction (decorative: the words go to assistive technology). */
export function arrow(dir: Direction): string {
  return dir === 'up' ? '▲' : dir === 'down' ? '▼' : '▬';
}
