/**
 * Per-account figures of Team Spotlight over a `SpotlightIndex` (DESIGN.md "Definitions — Team
 * Spotlight"): activity in a period, last activity, overdue tasks, active days and active users.
 * Each is a binary search plus a short scan of one account's own events, or two reads of its
 * usage prefix sums.
 */
import { dayMs, type SpotlightIndex } from './spotlight-index.ts';

/** A `[from, to)` interval in epoch milliseconds, and its UTC days `[dayFrom, dayTo)`. */
export interface Bounds {
  readonly from: number;
  readonly to: number;
  /** Day numbers whose midnight (UTC) lies in `[from, to)`. */
  readonly dayFrom: number;
  readonly dayTo: number;
}

/** The bounds of an ISO `[from, to)` interval. A day belongs to it when its UTC midnight does. */
export function boundsOf(period: { from: string; to: string }): Bounds {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  return { from, to, dayFrom: Math.ceil(from / dayMs), dayTo: Math.max(Math.ceil(from / dayMs), Math.ceil(to / dayMs)) };
}

/** First position in `[lo, hi)` whose value is `>= x` (or `hi`). */
export function lowerBound(values: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Flow filter: `-1` for every flow, otherwise a flow index (one absent from the data matches nothing). */
export type FlowFilter = number;

/** Account `a`'s events: the columns holding them and their `[lo, hi)` range (patch or CSR). */
function eventsOf(si: SpotlightIndex, a: number): { time: Float64Array; flow: Int32Array; lo: number; hi: number } {
  if (si.patched[a] === 1) {
    const patch = si.accountPatches.get(a)!;
    return { time: patch.time, flow: patch.flow, lo: 0, hi: patch.time.length };
  }
  const { start, time, flow } = si.byAccount;
  return { time, flow, lo: start[a]!, hi: start[a + 1]! };
}

/** Touchpoints plus completed tasks on account `a` (by anyone) in `[from, to)`. */
export function accountActivity(si: SpotlightIndex, a: number, from: number, to: number, flow: FlowFilter): number {
  const { time, flow: flows, lo: first, hi: last } = eventsOf(si, a);
  const lo = lowerBound(time, first, last, from);
  const hi = lowerBound(time, lo, last, to);
  if (flow < 0) return hi - lo;
  let count = 0;
  for (let i = lo; i < hi; i++) if (flows[i] === flow) count++;
  return count;
}

/** Whether account `a` has any activity in `[from, to)`: the "covered" test. */
export function isCovered(si: SpotlightIndex, a: number, from: number, to: number, flow: FlowFilter): boolean {
  let time = si.byAccount.time;
  let flows = si.byAccount.flow;
  let first = si.byAccount.start[a]!;
  let last = si.byAccount.start[a + 1]!;
  if (si.patched[a] === 1) ({ time, flow: flows, lo: first, hi: last } = eventsOf(si, a));
  const lo = lowerBound(time, first, last, from);
  const hi = lowerBound(time, lo, last, to);
  if (flow < 0) return hi > lo;
  for (let i = lo; i < hi; i++) if (flows[i] === flow) return true;
  return false;
}

/** Time (ms) of the latest activity on account `a` before `to`, or `null`. */
export function lastActivityBefore(si: SpotlightIndex, a: number, to: number, flow: FlowFilter): number | null {
  const { time, flow: flows, lo: first, hi: last } = eventsOf(si, a);
  for (let i = lowerBound(time, first, last, to) - 1; i >= first; i--) {
    if (flow < 0 || flows[i] === flow) return time[i]!;
  }
  return null;
}

/** Tasks on account `a` due before `asOf` and not completed before `asOf`. */
export function overdueTasks(si: SpotlightIndex, a: number, asOf: number, flow: FlowFilter): number {
  let { taskDue, taskDone, taskFlow } = si;
  let first = si.taskStart[a]!;
  let last = si.taskStart[a + 1]!;
  if (si.patched[a] === 1) {
    const patch = si.accountPatches.get(a)!;
    ({ taskDue, taskDone, taskFlow } = patch);
    first = 0;
    last = taskDue.length;
  }
  const end = lowerBound(taskDue, first, last, asOf);
  let count = 0;
  for (let i = first; i < end; i++) {
    if (taskDone[i]! >= asOf && (flow < 0 || taskFlow[i] === flow)) count++;
  }
  return count;
}

/** Active days (days with `activeUsers > 0`) and the sum of `activeUsers` over a period's days. */
export function accountUsage(si: SpotlightIndex, a: number, bounds: Bounds): { activeDays: number; userSum: number } {
  let offset = si.usageOffset[a]!;
  let { usageFirstDay, usageDays, usageUsers, usageActive } = si;
  if (si.patched[a] === 1) {
    ({ usageFirstDay, usageDays, usageUsers, usageActive } = si.accountPatches.get(a)!);
    offset = usageUsers.length > 0 ? 0 : -1;
  }
  if (offset < 0) return { activeDays: 0, userSum: 0 };
  // Days outside the usage span have no rows: clamp to it (prefix slot 0 … usageDays).
  const lo = Math.min(usageDays, Math.max(0, bounds.dayFrom - usageFirstDay));
  const hi = Math.min(usageDays, Math.max(lo, bounds.dayTo - usageFirstDay));
  return {
    activeDays: usageActive[offset + hi]! - usageActive[offset + lo]!,
    userSum: usageUsers[offset + hi]! - usageUsers[offset + lo]!,
  };
}
