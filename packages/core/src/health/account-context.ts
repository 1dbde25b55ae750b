/**
 * Per-account data prepared once for health scoring at many times: usage as day numbers with
 * prefix sums (so any window is two binary searches), and attribute changes grouped by key.
 * Built in O(rows of the account).
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { Account, AttributeChange, AttributeValue } from '../dataset/schema.ts';
import { TypedArena } from '../hierarchy/typed-arena.ts';

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
  /** The key's changes, times (ms, ascending) beside the rows; `undefined` when none. */
  changeTimes(key: string): { times: Float64Array; rows: readonly AttributeChange[] } | undefined;
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

const dayCache = new Map<string, number>();

/** The UTC day number (days since 1970-01-01) of an ISO date or time, cached per text. */
export function dayNumber(date: string): number {
  let day = dayCache.get(date);
  if (day === undefined) {
    day = Math.floor(Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date) / dayMs);
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(date, day);
  }
  return day;
}

/** Changes of one key: times (ms, ascending) beside the rows. */
interface KeyChanges {
  times: Float64Array;
  rows: AttributeChange[];
}

/** Prepares an account's health inputs. */
export function buildAccountContext(index: DatasetIndex, account: Account, arena: TypedArena = new TypedArena(1024)): AccountContext {
  const rows = index.usageByAccount.get(account.id) ?? [];
  const n = rows.length;
  // From a shared arena: a typed array each per account would make V8 collect the whole heap
  // again and again for the external memory when scoring many accounts.
  const dayOf = arena.i32(n);
  // Prefix sums: value before row i is at [i], the total at [n].
  const users = arena.f64(n + 1);
  const active = arena.i32(n + 1);
  const events = arena.f64(n + 1);
  const withEvents = arena.i32(n + 1);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    dayOf[i] = dayNumber(row.date);
    users[i + 1] = users[i]! + row.activeUsers;
    active[i + 1] = active[i]! + (row.activeUsers > 0 ? 1 : 0);
    events[i + 1] = events[i]! + (row.events ?? 0);
    withEvents[i + 1] = withEvents[i]! + (row.events === undefined ? 0 : 1);
  }
  const byKey = new Map<string, AttributeChange[]>();
  for (const change of index.historyByAccount.get(account.id) ?? []) {
    const list = byKey.get(change.key);
    if (list) list.push(change);
    else byKey.set(change.key, [change]);
  }
  const changesByKey = new Map<string, KeyChanges>();
  for (const [key, list] of byKey) {
    const times = arena.f64(list.length);
    list.forEach((c, i) => (times[i] = Date.parse(c.at)));
    changesByKey.set(key, { rows: list, times });
  }
  return {
    account,
    valueAt(key, t) {
      const current = account.attributes[key] ?? null;
      const changes = changesByKey.get(key);
      if (!changes) return current;
      const { times } = changes;
      let lo = 0;
      let hi = times.length; // first change strictly after t
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (times[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      return lo === 0 ? changes.rows[0]!.old : changes.rows[lo - 1]!.new;
    },
    changeTimes: (key) => changesByKey.get(key),
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
