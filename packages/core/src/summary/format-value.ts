/**
 * Formats a data point's value for reading in a summary ("$120,000", "78.5%", "12 days"),
 * deterministically (no locale data) and so that the faithfulness check finds the number.
 */
import type { AttributeValue } from '../dataset/schema.ts';
import type { SummaryUnit } from './summary-input.ts';

const symbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** A number with thousands separators and at most `decimals` decimals (default two): "1,234.5". */
export function formatNumber(n: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(n * factor) / factor;
  const fixed = Math.abs(rounded).toFixed(decimals);
  const [int, frac] = (decimals > 0 ? fixed.replace(/\.?0+$/, '') : fixed).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 && rounded !== 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * Decimals a value is shown with, by unit — what the elements show: whole days, scores and
 * amounts of money (cents only below 100), one decimal for percentages and counts (a daily mean
 * of 51.8 users), two for anything else.
 */
export function displayDecimals(unit: SummaryUnit | undefined, value: number): number {
  switch (unit) {
    case 'currency':
      return Math.abs(value) >= 100 ? 0 : 2;
    case 'days':
    case 'score':
      return 0;
    case 'percent':
    case 'count':
      return 1;
    default:
      return 2;
  }
}

/**
 * A value as text, by unit, rounded to what is shown (`displayDecimals`).
 *
 * @example
 * ```ts
 * formatValue(120000.4, 'currency', 'USD'); // "$120,000"
 * formatValue(64.03, 'percent', null);      // "64%"
 * formatValue(1, 'days', null);             // "1 day"
 * ```
 */
export function formatValue(value: AttributeValue, unit: SummaryUnit | undefined, currency: string | null): string {
  if (value === null) return 'no data';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  const shown = formatNumber(value, displayDecimals(unit, value));
  switch (unit) {
    case 'currency': {
      const symbol = currency ? (symbols[currency] ?? `${currency} `) : '';
      return `${value < 0 && shown !== '0' ? '-' : ''}${symbol}${formatNumber(Math.abs(value), displayDecimals(unit, value))}`;
    }
    case 'percent':
      return `${shown}%`;
    case 'days':
      return `${shown} ${shown === '1' || shown === '-1' ? 'day' : 'days'}`;
    default:
      return shown;
  }
}
