/**
 * Per-account overlays of the health inputs: when one account's usage rows or attribute history
 * change, the model rebuilds that account's rows alone in this form (O(its rows)) and the inputs
 * read them instead of the typed arrays built for all accounts.
 */
import type { AttributeChange, UsageRow } from '../dataset/schema.ts';
import { dayNumber, lowerBound } from './health-days.ts';
import type { UsageMetric } from './health-inputs.ts';

/** One account's usage rows and prefix sums (prefix arrays: one entry more than rows). */
export interface UsageRows {
  dayOf: Int32Array;
  users: Float64Array;
  active: Int32Array;
  events: Float64Array;
  withEvents: Int32Array;
}

/** One account's attribute changes by key, with their times. */
export type HistoryRows = Map<string, { changes: AttributeChange[]; times: Float64Array }>;

/** An account's usage rows (sorted by date) as day numbers and prefix sums. */
export function usageRowsOf(list: readonly UsageRow[]): UsageRows {
  const rows = list.length;
  const out: UsageRows = {
    dayOf: new Int32Array(rows),
    users: new Float64Array(rows + 1),
    active: new Int32Array(rows + 1),
    events: new Float64Array(rows + 1),
    withEvents: new Int32Array(rows + 1),
  };
  for (let i = 0; i < rows; i++) {
    const row = list[i]!;
    out.dayOf[i] = dayNumber(row.date);
    out.users[i + 1] = out.users[i]! + row.activeUsers;
    out.active[i + 1] = out.active[i]! + (row.activeUsers > 0 ? 1 : 0);
    out.events[i + 1] = out.events[i]! + (row.events ?? 0);
    out.withEvents[i + 1] = out.withEvents[i]! + (row.events === undefined ? 0 : 1);
  }
  return out;
}

/** An account's attribute changes (sorted by time) grouped by key, with their times parsed. */
export function historyRowsOf(list: readonly AttributeChange[]): HistoryRows {
  const byKey = new Map<string, AttributeChange[]>();
  for (const change of list) {
    const same = byKey.get(change.key);
    if (same) same.push(change);
    else byKey.set(change.key, [change]);
  }
  const out: HistoryRows = new Map();
  for (const [key, changes] of byKey) out.set(key, { changes, times: Float64Array.from(changes, (c) => Date.parse(c.at)) });
  return out;
}

/** The first index in `[lo, hi)` whose time is `> t`. */
export function upperBound(times: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `HealthInputs.usage` over one account's overlay rows. */
export function overlayUsage(rows: UsageRows, metric: UsageMetric, days: number, endDay: number): number | null {
  const from = lowerBound(rows.dayOf, 0, rows.dayOf.length, endDay - days);
  const to = lowerBound(rows.dayOf, from, rows.dayOf.length, endDay);
  if (to <= from) return null;
  if (metric === 'activeUsers') return (rows.users[to]! - rows.users[from]!) / days;
  if (metric === 'activeDays') return rows.active[to]! - rows.active[from]!;
  return rows.withEvents[to]! - rows.withEvents[from]! > 0 ? rows.events[to]! - rows.events[from]! : null;
}
