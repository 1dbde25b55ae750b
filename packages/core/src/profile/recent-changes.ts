/**
 * Recent changes of an account: for each attribute changed in the window `[asOf − days, asOf]`,
 * the value before the first change in the window, the value after the last one, the time of
 * the last change and how many changes there were. Newest first.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { RecentChange } from '../api/account-view.ts';
import { timeOf } from './attribute-at.ts';

const dayMs = 86_400_000;

/**
 * Each attribute's old and new value over the last `days` days before `asOf`.
 *
 * @example
 * ```ts
 * recentChanges(model, 'acme', '2026-01-31T00:00:00Z', 30);
 * // [{ key: 'arr', label: 'ARR', old: 100000, new: 120000, at: '2026-01-20T…', changes: 1 }]
 * ```
 */
export function recentChanges(model: { readonly index: DatasetIndex }, accountId: string, asOf: string, days = 30): RecentChange[] {
  const { index } = model;
  const end = timeOf(asOf);
  const start = end - days * dayMs;
  const byKey = new Map<string, RecentChange & { t: number }>();
  for (const change of index.historyByAccount.get(accountId) ?? []) {
    const t = timeOf(change.at);
    if (t < start || t > end) continue;
    const seen = byKey.get(change.key);
    if (!seen) {
      const label = index.attributesByKey.get(change.key)?.label ?? change.key;
      byKey.set(change.key, { key: change.key, label, old: change.old, new: change.new, at: change.at, changes: 1, t });
    } else {
      seen.changes++;
      if (t >= seen.t) {
        seen.new = change.new;
        seen.at = change.at;
        seen.t = t;
      }
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.t - a.t || (a.key < b.key ? -1 : 1))
    .map(({ t: _t, ...change }) => change);
}
