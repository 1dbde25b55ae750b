/**
 * Per-account data prepared once for health scoring at many times: usage as day numbers with
 * prefix sums (so any window is two binary searches), and attribute changes grouped by key.
 * Built in O(rows of the account).
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { Account, AttributeChange, AttributeValue } from '../dataset/schema.ts';
import { valueFromChanges } from '../profile/attribute-at.ts';

const dayMs = 86_400_000;

/** Usage metrics a measure can read. */
export type UsageMetric = 'activeUsers' | 'activeDays' | 'events';

/** Health inputs of one account. */
export interface AccountContext {
  readonly account: Account;
  /** The attribute's value at time `t` (ms). */
  valueAt(key: string, t: number): AttributeValue;
  /**
   * A usage metric over the `days` UTC days before the day of `t`: the mean of `activeUsers`
   * per day (a day without a row counts as 0), the number of days with `activeUsers > 0`, or the
   * sum of `events`. `null` when the account has no usage row in the window (and, for events,
   * no row with `events`).
   */
  usage(metric: UsageMetric, days: number, t: number): number | null;
}

/** The first index whose day is `>= day`. */
function lowerBound(daysOf: Int32Array, day: number): number {
  let lo = 0;
  let hi = daysOf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (daysOf[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Prepares an account's health inputs. */
export function buildAccountContext(index: DatasetIndex, account: Account): AccountContext {
  const rows = index.usageByAccount.get(account.id) ?? [];
  const n = rows.length;
  const dayOf = new Int32Array(n);
  // Prefix sums: value before row i is at [i], the total at [n].
  const users = new Float64Array(n + 1);
  const active = new Int32Array(n + 1);
  const events = new Float64Array(n + 1);
  const withEvents = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    dayOf[i] = Math.floor(Date.parse(row.date.length === 10 ? `${row.date}T00:00:00Z` : row.date) / dayMs);
    users[i + 1] = users[i]! + row.activeUsers;
    active[i + 1] = active[i]! + (row.activeUsers > 0 ? 1 : 0);
    events[i + 1] = events[i]! + (row.events ?? 0);
    withEvents[i + 1] = withEvents[i]! + (row.events === undefined ? 0 : 1);
  }
  const changesByKey = new Map<string, AttributeChange[]>();
  for (const change of index.historyByAccount.get(account.id) ?? []) {
    const list = changesByKey.get(change.key);
    if (list) list.push(change);
    else changesByKey.set(change.key, [change]);
  }
  return {
    account,
    valueAt(key, t) {
      const current = account.attributes[key] ?? null;
      const changes = changesByKey.get(key);
      return changes ? valueFromChanges(changes, t, current) : current;
    },
    usage(metric, days, t) {
      const endDay = Math.floor(t / dayMs);
      const from = lowerBound(dayOf, endDay - days);
      const to = lowerBound(dayOf, endDay);
      if (to <= from) return null;
      if (metric === 'activeUsers') return (users[to]! - users[from]!) / days;
      if (metric === 'activeDays') return active[to]! - active[from]!;
      return withEvents[to]! - withEvents[from]! > 0 ? events[to]! - events[from]! : null;
    },
  };
}
