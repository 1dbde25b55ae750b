/**
 * The column builders of the spotlight index: activity events per account and per user, tasks
 * per account by due time, and usage prefix sums per account. Each reads its row list in memory
 * order, at most twice (count, then fill in place), and allocates few large typed arrays: their
 * size drives the garbage collections a multi-million-row load pays for.
 */
import type { Dataset } from '../dataset/schema.ts';
import { gather, regroup, sortSegmentsByTime } from './event-columns.ts';

/** Milliseconds in a UTC day. */
export const dayMs = 86_400_000;

/** Events (touchpoints and completed tasks) grouped by an owner (account or user), by time. */
export interface EventColumns {
  /** `start[i]..start[i + 1]` are owner `i`'s events. */
  readonly start: Int32Array;
  readonly time: Float64Array;
  readonly flow: Int32Array;
  /** The other side: the account index (for user-grouped events) or the user index. */
  readonly other: Int32Array;
}

/** Interns ids to dense numbers. */
export interface Interner {
  readonly ids: string[];
  readonly map: Map<string, number>;
  of(id: string): number;
}

/** A new, empty interner. */
export function interner(): Interner {
  const ids: string[] = [];
  const map = new Map<string, number>();
  return {
    ids,
    map,
    of(id) {
      let i = map.get(id);
      if (i === undefined) {
        i = ids.length;
        ids.push(id);
        map.set(id, i);
      }
      return i;
    },
  };
}

/** CSR start offsets from per-row owners (owner −1 is left out), and a per-owner fill cursor. */
function offsets(owners: number, owner: Int32Array): { start: Int32Array; fill: Int32Array } {
  const start = new Int32Array(owners + 1);
  for (let i = 0; i < owner.length; i++) if (owner[i]! >= 0) start[owner[i]! + 1]!++;
  for (let o = 0; o < owners; o++) start[o + 1]! += start[o]!;
  return { start, fill: start.slice(0, owners) };
}

/** Touchpoints (at `at`) and completed tasks (at `completedAt`), by account and by user. */
export function buildActivity(dataset: Dataset, accounts: number, accountOf: (id: string) => number, flows: Interner, users: Interner) {
  const { touchpoints, tasks } = dataset;
  const rowAccount = new Int32Array(touchpoints.length + tasks.length);
  touchpoints.forEach((t, i) => (rowAccount[i] = accountOf(t.accountId)));
  tasks.forEach((t, i) => (rowAccount[touchpoints.length + i] = t.completedAt === null ? -1 : accountOf(t.accountId)));
  const { start, fill } = offsets(accounts, rowAccount);
  const time = new Float64Array(start[accounts]!);
  const flow = new Int32Array(time.length);
  const user = new Int32Array(time.length);
  const put = (a: number, at: string, flowId: string, userId: string): void => {
    const k = fill[a]!++;
    time[k] = Date.parse(at);
    flow[k] = flows.of(flowId);
    user[k] = users.of(userId);
  };
  touchpoints.forEach((t, i) => {
    if (rowAccount[i]! >= 0) put(rowAccount[i]!, t.at, t.flow, t.userId);
  });
  tasks.forEach((t, i) => {
    if (rowAccount[touchpoints.length + i]! >= 0) put(rowAccount[touchpoints.length + i]!, t.completedAt!, t.flow, t.userId);
  });
  sortSegmentsByTime(start, time, [flow, user]);
  const byAccount: EventColumns = { start, time, flow, other: user };

  // Regroup by user; the account of each event is its CSR segment.
  const account = rowAccount.subarray(0, time.length);
  for (let a = 0; a < accounts; a++) account.fill(a, start[a]!, start[a + 1]!);
  const { start: userStart, order } = regroup(users.ids.length, user);
  const byUser: EventColumns = { start: userStart, time: gather(time, order), flow: gather(flow, order), other: gather(account, order) };
  sortSegmentsByTime(byUser.start, byUser.time, [byUser.flow, byUser.other]);
  return { byAccount, byUser };
}

/** Every task per account, sorted by due time; `done` is `Infinity` when not completed. */
export function buildTasks(dataset: Dataset, accounts: number, accountOf: (id: string) => number, flows: Interner) {
  const rowAccount = Int32Array.from(dataset.tasks, (t) => accountOf(t.accountId));
  const { start, fill } = offsets(accounts, rowAccount);
  const due = new Float64Array(start[accounts]!);
  const done = new Float64Array(due.length);
  const flow = new Int32Array(due.length);
  dataset.tasks.forEach((t, i) => {
    if (rowAccount[i]! < 0) return;
    const k = fill[rowAccount[i]!]!++;
    due[k] = Date.parse(t.dueAt);
    done[k] = t.completedAt === null ? Infinity : Date.parse(t.completedAt);
    flow[k] = flows.of(t.flow);
  });
  sortSegmentsByTime(start, due, [done, flow]);
  return { taskStart: start, taskDue: due, taskDone: done, taskFlow: flow };
}

/**
 * Usage per account as prefix sums over the usage span's days (stride `days + 1`): slot `d` holds
 * the sum of `activeUsers` (and the count of days with `activeUsers > 0`) over days `[0, d)`.
 */
export function buildUsage(dataset: Dataset, accounts: number, accountOf: (id: string) => number) {
  const dayOf = new Map<string, number>();
  let lastId = '';
  let lastAccount = -1;
  const locate = (accountId: string, date: string): [number, number] => {
    if (accountId !== lastId) {
      lastId = accountId;
      lastAccount = accountOf(accountId);
    }
    let day = dayOf.get(date);
    if (day === undefined) dayOf.set(date, (day = Math.floor(Date.parse(date) / dayMs)));
    return [lastAccount, day];
  };
  let firstDay = Infinity;
  let lastDay = -Infinity;
  const offset = new Int32Array(accounts).fill(-1);
  let slots = 0;
  for (const row of dataset.usage) {
    const [a, day] = locate(row.accountId, row.date);
    if (a < 0) continue;
    if (offset[a] === -1) offset[a] = slots++;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  const days = slots > 0 ? lastDay - firstDay + 1 : 0;
  const stride = days + 1;
  for (let a = 0; a < accounts; a++) if (offset[a]! >= 0) offset[a] = offset[a]! * stride;
  // Day values first (at slot d + 1), then prefix sums in place.
  const users = new Float64Array(slots * stride);
  for (const row of dataset.usage) {
    const [a, day] = locate(row.accountId, row.date);
    if (a < 0) continue;
    const slot = offset[a]! + day - firstDay + 1;
    // One row per account per day is the contract; should a day repeat, the larger count wins.
    if (row.activeUsers > users[slot]!) users[slot] = row.activeUsers;
  }
  const active = new Int32Array(users.length);
  for (let base = 0; base < users.length; base += stride) {
    for (let d = 1; d <= days; d++) {
      active[base + d] = active[base + d - 1]! + (users[base + d]! > 0 ? 1 : 0);
      users[base + d] = users[base + d - 1]! + users[base + d]!;
    }
  }
  return { usageFirstDay: slots > 0 ? firstDay : 0, usageDays: days, usageOffset: offset, usageUsers: users, usageActive: active };
}
