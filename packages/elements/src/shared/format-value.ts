/**
 * Formats attribute values and times for the elements: compact numbers and money, shares,
 * dates in UTC, yes/no; `null` as a dash. Always text, never markup.
 */
import type { AttributeValue } from '@successkit/core';

/** An attribute's type, as the API reports it. */
export type ValueType = 'number' | 'currency' | 'percent' | 'date' | 'string' | 'boolean' | 'enum';

/**
 * The display text of a value.
 *
 * @example
 * ```ts
 * formatValue(1_250_000, 'currency'); // "1.3M"
 * ```
 */
export function formatValue(value: AttributeValue | undefined, type: ValueType, words = { yes: 'Yes', no: 'No', empty: '–' }, locale?: string): string {
  if (value === null || value === undefined) return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    if (type === 'percent') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`;
    const compact = type === 'currency' || Math.abs(value) >= 10_000;
    return new Intl.NumberFormat(locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 1 }).format(value);
  }
  if (type === 'date' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(value));
  }
  return String(value);
}

/** A date and time in the page's language (UTC), e.g. "30 Nov 2026, 12:00". */
export function formatDateTime(iso: string, locale?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(ms));
}

/** A date in the page's language (UTC), e.g. "30 Nov 2026". */
export function formatDate(iso: string, locale?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms));
}
