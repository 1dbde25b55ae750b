/**
 * `SpotlightIndex`: the "load" step of Team Spotlight. Built once per `DatasetIndex` (and cached
 * in a `WeakMap`), it turns the row lists into compact, sorted typed arrays so that a query is a
 * pass over accounts, their events and their day buckets, never over the raw rows:
 *
 * - activity events (touchpoints at `at`, tasks at `completedAt`) per account and per user, in
 *   CSR layout (`start[i]..start[i+1]`), sorted by time, so "events in [from, to)" is two binary
 *   searches;
 * - tasks per account sorted by due time, for overdue counts;
 * - usage per account per UTC day over the dataset's usage span, as prefix sums (active users
 *   and active days), so a period's figures are two reads;
 * - per role, each member's account indexes, and which accounts have an assignment in the role.
 *
 * Building costs O(rows · log rows); everything after it (the "query") is in
 * `team-spotlight.ts` and `member-drilldown.ts`.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { findAttributeByMeaning, isInactiveContractStatus } from '../dataset/attribute-meaning.ts';
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
  /** Offset of an account's `usageDays + 1` prefix slots in the usage arrays, −1 without usage rows. */
  readonly usageOffset: Int32Array;
  /** Per account, prefix sums over its days: `activeUsers` summed over days `[0, d)` at slot `d`. */
  readonly usageUsers: Float64Array;
  /** Per account, prefix counts: days in `[0, d)` with `activeUsers > 0` at slot `d`. */
  readonly usageActive: Int32Array;
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

/** Events grouped by `owner` (rows with owner −1 are dropped), each group sorted by time. */
function columnsBy(owners: number, owner: Int32Array, time: Float64Array, flow: Int32Array, other: Int32Array): EventColumns {
  const { start, order } = regroup(owners, owner);
  const columns = { start, time: gather(time, order), flow: gather(flow, order), other: gather(other, order) };
  sortSegmentsByTime(start, columns.time, [columns.flow, columns.other]);
  return columns;
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

  // One sequential pass over each row list (memory order), then counting sorts on typed arrays.
  const n = accountIds.length;
  const accountOf = (id: string): number => accountIndex.get(id) ?? -1;

  // Activity events (touchpoints, completed tasks) per account, then per user, by time.
  const { touchpoints, tasks, usage } = dataset;
  let events = touchpoints.length;
  for (const t of tasks) if (t.completedAt !== null) events++;
  const rawAccount = new Int32Array(events);
  const rawTime = new Float64Array(events);
  const rawFlow = new Int32Array(events);
  const rawUser = new Int32Array(events);
  let k = 0;
  for (const t of touchpoints) {
    rawAccount[k] = accountOf(t.accountId);
    rawTime[k] = Date.parse(t.at);
    rawFlow[k] = flows.of(t.flow);
    rawUser[k++] = users.of(t.userId);
  }
  for (const t of tasks) {
    if (t.completedAt === null) continue;
    rawAccount[k] = accountOf(t.accountId);
    rawTime[k] = Date.parse(t.completedAt);
    rawFlow[k] = flows.of(t.flow);
    rawUser[k++] = users.of(t.userId);
  }
  const byAccount = columnsBy(n, rawAccount, rawTime, rawFlow, rawUser);
  const byUser = columnsBy(users.ids.length, rawUser, rawTime, rawFlow, rawAccount);

  // Tasks per account by due time.
  const taskAccount = new Int32Array(tasks.length);
  const rawDue = new Float64Array(tasks.length);
  const rawDone = new Float64Array(tasks.length);
  const rawTaskFlow = new Int32Array(tasks.length);
  tasks.forEach((t, i) => {
    taskAccount[i] = accountOf(t.accountId);
    rawDue[i] = Date.parse(t.dueAt);
    rawDone[i] = t.completedAt === null ? Infinity : Date.parse(t.completedAt);
    rawTaskFlow[i] = flows.of(t.flow);
  });
  const { start: taskStart, order: taskOrder } = regroup(n, taskAccount);
  const taskDue = gather(rawDue, taskOrder);
  const taskDone = gather(rawDone, taskOrder);
  const taskFlow = gather(rawTaskFlow, taskOrder);
  sortSegmentsByTime(taskStart, taskDue, [taskDone, taskFlow]);

  // Usage: one slot per account per day over the usage span (a day without a row stays 0).
  const dayOf = new Map<string, number>();
  const usageAccount = new Int32Array(usage.length);
  const usageDay = new Int32Array(usage.length);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let lastId = '';
  let lastAccount = -1;
  usage.forEach((row, i) => {
    if (row.accountId !== lastId) {
      lastId = row.accountId;
      lastAccount = accountOf(lastId);
    }
    let day = dayOf.get(row.date);
    if (day === undefined) dayOf.set(row.date, (day = Math.floor(Date.parse(row.date) / dayMs)));
    usageAccount[i] = lastAccount;
    usageDay[i] = day;
    if (lastAccount >= 0 && day < firstDay) firstDay = day;
    if (lastAccount >= 0 && day > lastDay) lastDay = day;
  });
  const usageDays = Number.isFinite(firstDay) ? lastDay - firstDay + 1 : 0;
  const usageOffset = new Int32Array(n).fill(-1);
  let slots = 0;
  for (const a of usageAccount) if (a >= 0 && usageOffset[a] === -1) usageOffset[a] = slots++; // slot number for now
  const dayValues = new Float64Array(slots * usageDays);
  usage.forEach((row, i) => {
    const a = usageAccount[i]!;
    if (a < 0) return;
    const slot = usageOffset[a]! * usageDays + usageDay[i]! - firstDay;
    // One row per account per day is the contract; should a day repeat, the larger count wins.
    if (row.activeUsers > dayValues[slot]!) dayValues[slot] = row.activeUsers;
  });
  // Prefix sums, so any period is two reads per account: offsets move to a stride of days + 1.
  const usageUsers = new Float64Array(slots * (usageDays + 1));
  const usageActive = new Int32Array(slots * (usageDays + 1));
  for (let slot = 0; slot < slots; slot++) {
    const from = slot * usageDays;
    const to = slot * (usageDays + 1);
    for (let d = 0; d < usageDays; d++) {
      const v = dayValues[from + d]!;
      usageUsers[to + d + 1] = usageUsers[to + d]! + v;
      usageActive[to + d + 1] = usageActive[to + d]! + (v > 0 ? 1 : 0);
    }
  }
  for (let a = 0; a < n; a++) if (usageOffset[a]! >= 0) usageOffset[a] = usageOffset[a]! * (usageDays + 1);

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
    usageUsers,
    usageActive,
    roles: [...perRole.keys()].sort(),
    membersByRole,
    assignedByRole,
    reportsByManager,
  };
}
