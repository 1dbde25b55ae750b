/**
 * Formats attribute values and times for the elements: compact numbers and money, shares,
 * dates in UTC, yes/no; `null` as a dash. Always text, never markup.
 */
import type { AttributeValue } from '@successkit/core';

/** Formatters are costly to build: one per locale and style, built on first use. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string | undefined, style: 'plain' | 'compact'): Intl.NumberFormat {
  const key = `n|${style}|${locale ?? ''}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, style === 'compact' ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 1 });
    formatters.set(key, format);
  }
  return format;
}

function dateFormat(locale: string | undefined, withTime: boolean): Intl.DateTimeFormat {
  const key = `d|${withTime}|${locale ?? ''}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

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
    if (type === 'percent') return `${numberFormat(locale, 'plain').format(value)}%`;
    const compact = type === 'currency' || Math.abs(value) >= 10_000;
    return numberFormat(locale, compact ? 'compact' : 'plain').format(value);
  }
  if (type === 'date' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return dateFormat(locale, false).format(new Date(value));
  }
  return String(value);
}

/** A date and time in the page's language (UTC), e.g. "30 Nov 2026, 12:00". */
export function formatDateTime(iso: string, locale?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return dateFormat(locale, true).format(new Date(ms));
}

/** A date in the page's language (UTC), e.g. "30 Nov 2026". */
export function formatDate(iso: string, locale?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return dateFormat(locale, false).format(new Date(ms));
}
