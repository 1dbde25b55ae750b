/**
 * `SpotlightIndex`: the "load" step of Team Spotlight. Built once per `DatasetIndex` (and cached
 * in a `WeakMap`), it turns the row lists into compact, sorted typed arrays so that a query is a
 * pass over accounts, their events and their day buckets, never over the raw rows:
 *
 * - activity events (touchpoints at `at`, tasks at `completedAt`) per account and per user, in
 *   CSR layout (`start[i]..start[i+1]`), sorted by time, so "events in [from, to)" is two binary
 *   searches;
 * - tasks per account sorted by due time, for overdue counts;
 * - usage per account as one value per UTC day over the dataset's usage span;
 * - per role, each member's account indexes, and which accounts have an assignment in the role.
 *
 * Building costs O(rows · log rows); everything after it (the "query") is in
 * `team-spotlight.ts` and `member-drilldown.ts`.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { findAttributeByMeaning, isInactiveContractStatus } from '../dataset/attribute-meaning.ts';
import { regroup, sortSegmentsByTime } from './event-columns.ts';

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

/** One member of a role: a user and the accounts assigned to them in that role. */
export interface RoleMember {
  readonly userId: string;
  /** Account indexes, distinct, ascending. */
  readonly accounts: Int32Array;
}

/** The precomputed, query-ready form of a dataset. Treat as read-only. */
export interface SpotlightIndex {
  readonly accountIds: readonly string[];
  readonly accountIndex: ReadonlyMap<string, number>;
  /** Account type id per account index. */
  readonly accountTypeIds: readonly string[];
  /** 1 when the account's contract status is cancelled or empty; `null` without such attribute. */
  readonly inactive: Uint8Array | null;
  readonly flows: readonly string[];
  readonly flowIndex: ReadonlyMap<string, number>;
  readonly userIds: readonly string[];
  readonly userIndex: ReadonlyMap<string, number>;
  readonly byAccount: EventColumns;
  readonly byUser: EventColumns;
  /** Tasks per account (CSR), sorted by due time; `taskDone` is `Infinity` when not completed. */
  readonly taskStart: Int32Array;
  readonly taskDue: Float64Array;
  readonly taskDone: Float64Array;
  readonly taskFlow: Int32Array;
  /** Day number (`ms / dayMs`) of the first usage day, and how many days the usage spans. */
  readonly usageFirstDay: number;
  readonly usageDays: number;
  /** Offset of an account's day slots in `usageValues`, −1 without usage rows. */
  readonly usageOffset: Int32Array;
  /** `activeUsers` per account per day (0 for a day without a row). */
  readonly usageValues: Float64Array;
  /** Role names present in assignments, sorted. */
  readonly roles: readonly string[];
  /** Members per role, sorted by user id. */
  readonly membersByRole: ReadonlyMap<string, readonly RoleMember[]>;
  /** Per role, 1 for each account with at least one assignment in the role. */
  readonly assignedByRole: ReadonlyMap<string, Uint8Array>;
  /** Direct reports per manager id. */
  readonly reportsByManager: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<DatasetIndex, SpotlightIndex>();

/**
 * The spotlight index of a dataset index, built on first use and cached for the index's life.
 *
 * @example
 * ```ts
 * const spotlight = spotlightIndexOf(indexDataset(dataset)); // load once; queries reuse it
 * ```
 */
export function spotlightIndexOf(index: DatasetIndex): SpotlightIndex {
  let built = cache.get(index);
  if (!built) {
    built = buildSpotlightIndex(index);
    cache.set(index, built);
  }
  return built;
}

function interner(): { ids: string[]; map: Map<string, number>; of: (id: string) => number } {
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

/** Builds the spotlight index (prefer `spotlightIndexOf`, which caches it). */
export function buildSpotlightIndex(index: DatasetIndex): SpotlightIndex {
  const { dataset } = index;
  const accountIds = dataset.accounts.map((a) => a.id);
  const accountIndex = new Map(accountIds.map((id, i) => [id, i]));
  const status = findAttributeByMeaning(dataset.attributes, 'contractStatus');
  const inactive = status ? Uint8Array.from(dataset.accounts, (a) => (isInactiveContractStatus(a.attributes[status.key]) ? 1 : 0)) : null;
  const flows = interner();
  const users = interner();
  for (const user of dataset.users) users.of(user.id);

  // Activity events (touchpoints, completed tasks) per account, then per user.
  const n = accountIds.length;
  const start = new Int32Array(n + 1);
  accountIds.forEach((id, a) => {
    let count = index.touchpointsByAccount.get(id)?.length ?? 0;
    for (const t of index.tasksByAccount.get(id) ?? []) if (t.completedAt !== null) count++;
    start[a + 1] = start[a]! + count;
  });
  const events = start[n]!;
  const time = new Float64Array(events);
  const flow = new Int32Array(events);
  const user = new Int32Array(events);
  let k = 0;
  accountIds.forEach((id) => {
    for (const t of index.touchpointsByAccount.get(id) ?? []) {
      time[k] = Date.parse(t.at);
      flow[k] = flows.of(t.flow);
      user[k++] = users.of(t.userId);
    }
    for (const t of index.tasksByAccount.get(id) ?? []) {
      if (t.completedAt === null) continue;
      time[k] = Date.parse(t.completedAt);
      flow[k] = flows.of(t.flow);
      user[k++] = users.of(t.userId);
    }
  });
  sortSegmentsByTime(start, time, [flow, user]);
  const account = new Int32Array(events);
  for (let a = 0; a < n; a++) account.fill(a, start[a]!, start[a + 1]!);
  const byAccount: EventColumns = { start, time, flow, other: user };
  const grouped = regroup(users.ids.length, user);
  const byUser: EventColumns = {
    start: grouped.start,
    time: Float64Array.from(grouped.order, (i) => time[i]!),
    flow: Int32Array.from(grouped.order, (i) => flow[i]!),
    other: Int32Array.from(grouped.order, (i) => account[i]!),
  };
  sortSegmentsByTime(byUser.start, byUser.time, [byUser.flow, byUser.other]);

  // Tasks per account by due time.
  const taskStart = new Int32Array(n + 1);
  accountIds.forEach((id, a) => (taskStart[a + 1] = taskStart[a]! + (index.tasksByAccount.get(id)?.length ?? 0)));
  const taskDue = new Float64Array(taskStart[n]!);
  const taskDone = new Float64Array(taskStart[n]!);
  const taskFlow = new Int32Array(taskStart[n]!);
  k = 0;
  for (const id of accountIds) {
    for (const t of index.tasksByAccount.get(id) ?? []) {
      taskDue[k] = Date.parse(t.dueAt);
      taskDone[k] = t.completedAt === null ? Infinity : Date.parse(t.completedAt);
      taskFlow[k++] = flows.of(t.flow);
    }
  }
  sortSegmentsByTime(taskStart, taskDue, [taskDone, taskFlow]);

  // Usage: one slot per account per day over the usage span (a day without a row stays 0).
  const dayOf = new Map<string, number>();
  const parseDay = (date: string): number => {
    let day = dayOf.get(date);
    if (day === undefined) dayOf.set(date, (day = Math.floor(Date.parse(date) / dayMs)));
    return day;
  };
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const id of accountIds) {
    for (const row of index.usageByAccount.get(id) ?? []) {
      const day = parseDay(row.date);
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
  }
  const usageDays = Number.isFinite(firstDay) ? lastDay - firstDay + 1 : 0;
  const usageOffset = new Int32Array(n).fill(-1);
  let slots = 0;
  accountIds.forEach((id, a) => {
    if ((index.usageByAccount.get(id)?.length ?? 0) > 0) usageOffset[a] = slots++ * usageDays;
  });
  const usageValues = new Float64Array(slots * usageDays);
  accountIds.forEach((id, a) => {
    for (const row of index.usageByAccount.get(id) ?? []) {
      const slot = usageOffset[a]! + parseDay(row.date) - firstDay;
      // One row per account per day is the contract; should a day repeat, the larger count wins.
      if (row.activeUsers > usageValues[slot]!) usageValues[slot] = row.activeUsers;
    }
  });

  // Roles.
  const perRole = new Map<string, Map<string, Set<number>>>();
  const assignedByRole = new Map<string, Uint8Array>();
  for (const assignment of dataset.assignments) {
    const a = accountIndex.get(assignment.accountId);
    if (a === undefined) continue;
    let members = perRole.get(assignment.role);
    if (!members) {
      members = new Map();
      perRole.set(assignment.role, members);
      assignedByRole.set(assignment.role, new Uint8Array(accountIds.length));
    }
    let set = members.get(assignment.userId);
    if (!set) members.set(assignment.userId, (set = new Set()));
    set.add(a);
    assignedByRole.get(assignment.role)![a] = 1;
  }
  const membersByRole = new Map<string, RoleMember[]>();
  for (const [role, members] of perRole) {
    const list = [...members]
      .map(([userId, set]) => ({ userId, accounts: Int32Array.from(set).sort() }))
      .sort((x, y) => (x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0));
    membersByRole.set(role, list);
  }
  const reportsByManager = new Map<string, string[]>();
  for (const u of dataset.users) {
    if (!u.managerId) continue;
    const list = reportsByManager.get(u.managerId);
    if (list) list.push(u.id);
    else reportsByManager.set(u.managerId, [u.id]);
  }

  return {
    accountIds,
    accountIndex,
    accountTypeIds: dataset.accounts.map((a) => a.typeId),
    inactive,
    flows: flows.ids,
    flowIndex: flows.map,
    userIds: users.ids,
    userIndex: users.map,
    byAccount,
    byUser,
    taskStart,
    taskDue,
    taskDone,
    taskFlow,
    usageFirstDay: Number.isFinite(firstDay) ? firstDay : 0,
    usageDays,
    usageOffset,
    usageValues,
    roles: [...perRole.keys()].sort(),
    membersByRole,
    assignedByRole,
    reportsByManager,
  };
}
