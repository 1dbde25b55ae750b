/**
 * An attribute's value at a past time, reconstructed from the account's attribute history: the
 * `new` value of the last change at or before that time; before the first recorded change, that
 * change's `old` value; with no recorded change, the current value.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { AttributeChange, AttributeValue } from '../dataset/schema.ts';

/** Time of an ISO string in ms (dates as midnight UTC). */
export function timeOf(iso: string): number {
  return Date.parse(iso);
}

/**
 * The value from a key's changes sorted by time (`changes` of one key only) at time `t` (ms),
 * falling back to `current` when there are none.
 */
function valueFromChanges(changes: readonly AttributeChange[], t: number, current: AttributeValue): AttributeValue {
  if (changes.length === 0) return current;
  let lo = 0;
  let hi = changes.length; // first change strictly after t
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeOf(changes[mid]!.at) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? changes[0]!.old : changes[lo - 1]!.new;
}

/**
 * The value account `accountId` had for attribute `key` at time `at` (ISO), `null` when unknown.
 *
 * @example
 * ```ts
 * attributeValueAt(index, 'acme', 'arr', '2025-06-01'); // ARR before the June upsell
 * ```
 */
export function attributeValueAt(index: DatasetIndex, accountId: string, key: string, at: string): AttributeValue {
  const current = index.accountsById.get(accountId)?.attributes[key] ?? null;
  const history = index.historyByAccount.get(accountId);
  if (!history) return current;
  const changes = history.filter((c) => c.key === key);
  return valueFromChanges(changes, timeOf(at), current);
}
