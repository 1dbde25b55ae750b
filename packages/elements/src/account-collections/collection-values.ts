/**
 * Display helpers of `<account-collections>`: a readable name from a camelCase or snake_case key,
 * and a record value as text (numbers grouped, ISO dates as dates, booleans as Yes/No).
 */
import { collectionsStrings as t } from './account-collections.strings.ts';

/** "closeDate" → "Close date", "support_plans" → "Support plans". */
export function humanize(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** A field value as text. */
export function formatValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return t.noValue;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(value);
  if (isoDate.test(value) && !Number.isNaN(Date.parse(value)))
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(value));
  return value;
}
