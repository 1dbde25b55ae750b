/**
 * Formats a data point's value for reading in a summary ("$120,000", "78.5%", "12 days"),
 * deterministically (no locale data) and so that the faithfulness check finds the number.
 */
import type { AttributeValue } from '../dataset/schema.ts';
import type { SummaryUnit } from './summary-input.ts';

const symbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** A number with thousands separators and at most two decimals ("1,234.5"). */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [int, frac] = Math.abs(rounded).toFixed(2).replace(/\.?0+$/, '').split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * A value as text, by unit.
 *
 * @example
 * ```ts
 * formatValue(120000, 'currency', 'USD'); // "$120,000"
 * formatValue(78.5, 'percent', null);     // "78.5%"
 * ```
 */
export function formatValue(value: AttributeValue, unit: SummaryUnit | undefined, currency: string | null): string {
  if (value === null) return 'no data';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'currency': {
      const symbol = currency ? (symbols[currency] ?? `${currency} `) : '';
      return `${value < 0 ? '-' : ''}${symbol}${formatNumber(Math.abs(value))}`;
    }
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'days':
      return `${formatNumber(value)} ${Math.abs(value) === 1 ? 'day' : 'days'}`;
    default:
      return formatNumber(value);
  }
}
