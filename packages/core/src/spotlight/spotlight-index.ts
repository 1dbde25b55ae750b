/**
 * `SpotlightIndex`: the "load" step of Team Spotlight. Built once by the `DatasetModel` (on the
 * first spotlight query) and kept current by it, it turns the row lists into compact, sorted
 * typed arrays so that a query is a pass over accounts, their events and their day buckets,
 * never over the raw rows:
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
 * `team-spotlight.ts` and `member-drilldown.ts`. Changes after the build go to per-account and
 * per-user patches (`spotlight-patches.ts`): readers check `patched[a]` (one byte) and read a
 * changed account's rows from its patch.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { findAttributeByMeaning, isInactiveContractStatus } from '../dataset/attribute-meaning.ts';
import { buildActivity, buildTasks, buildUsage, interner, type EventColumns } from './spotlight-columns.ts';
import type { AccountPatch, UserPatch } from './spotlight-patches.ts';

export { dayMs } from './spotlight-columns.ts';

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
  /** 1 for an account whose events, tasks and usage are read from `accountPatches`. */
  readonly patched: Uint8Array;
  /** Rows of accounts changed since the build (see `spotlight-patches.ts`). */
  readonly accountPatches: ReadonlyMap<number, AccountPatch>;
  /** Events of users added or removed since the build, by user index. */
  readonly userPatches: ReadonlyMap<number, UserPatch>;
}

/**
 * Builds the spotlight index of a dataset index (`model.spotlight` holds the one the views read).
 *
 * @example
 * ```ts
 * const spotlight = buildSpotlightIndex(indexDataset(dataset)); // load once; queries reuse it
 * ```
 */
export function buildSpotlightIndex(index: DatasetIndex): SpotlightIndex {
  const { dataset } = index;
  const accountIds = dataset.accounts.map((a) => a.id);
  const accountIndex = new Map(accountIds.map((id, i) => [id, i]));
  const status = findAttributeByMeaning(dataset.attributes, 'contractStatus');
  const inactive = status ? Uint8Array.from(dataset.accounts, (a) => (isInactiveContractStatus(a.attributes[status.key]) ? 1 : 0)) : null;
  const flows = interner();
  const users = interner();
  for (const user of dataset.users) users.of(user.id);

  const accountOf = (id: string): number => accountIndex.get(id) ?? -1;
  const n = accountIds.length;
  const { byAccount, byUser } = buildActivity(dataset, n, accountOf, flows, users);
  const tasks = buildTasks(dataset, n, accountOf, flows);
  const usage = buildUsage(dataset, n, accountOf);

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
    ...tasks,
    ...usage,
    roles: [...perRole.keys()].sort(),
    membersByRole,
    assignedByRole,
    reportsByManager,
    patched: new Uint8Array(n),
    accountPatches: new Map(),
    userPatches: new Map(),
  };
}
