/**
 * Keeping a `SpotlightIndex` current after changes, in time proportional to the change (the
 * `DatasetModel` calls these): an account whose touchpoints, tasks or usage changed gets its
 * rows rebuilt into an `AccountPatch` from the dataset index (O(that account's rows)); a user's
 * events change by a delta (`UserPatch`: events added since the build, CSR positions removed);
 * an assignment rebuilds one member's account list and one account's role flag; a user change
 * re-reads the small user list (managers).
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { isInactiveContractStatus } from '../dataset/attribute-meaning.ts';
import type { Account, Task, Touchpoint, UsageRow } from '../dataset/schema.ts';
import { lowerBound } from './account-figures.ts';
import { dayNumber } from '../health/health-inputs.ts';
import type { RoleMember, SpotlightIndex } from './spotlight-index.ts';

/** One account's events, tasks (by due time) and usage prefix sums, rebuilt after a change. */
export interface AccountPatch {
  /** Events (touchpoints at `at`, completed tasks at `completedAt`), by time. */
  readonly time: Float64Array;
  readonly flow: Int32Array;
  /** Tasks by due time; `taskDone` is `Infinity` when not completed. */
  readonly taskDue: Float64Array;
  readonly taskDone: Float64Array;
  readonly taskFlow: Int32Array;
  /** The account's own usage span and prefix sums (slot `d`: days `[0, d)`), empty without usage. */
  readonly usageFirstDay: number;
  readonly usageDays: number;
  readonly usageUsers: Float64Array;
  readonly usageActive: Int32Array;
}

/** One activity event as the user side holds it. */
export interface SpotlightEvent {
  time: number;
  flow: number;
  /** Account index. */
  account: number;
}

/** A user's events changed since the build. */
export interface UserPatch {
  /** Events added since the build (unordered). */
  readonly added: SpotlightEvent[];
  /** Positions of `byUser` CSR events that no longer exist. */
  readonly removed: Set<number>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function internOf(ids: readonly string[], map: ReadonlyMap<string, number>, id: string): number {
  let i = map.get(id);
  if (i === undefined) {
    i = ids.length;
    (ids as string[]).push(id);
    (map as Map<string, number>).set(id, i);
  }
  return i;
}

/** The dense index of a flow, interned when new. */
function flowOf(si: SpotlightIndex, flow: string): number {
  return internOf(si.flows, si.flowIndex, flow);
}

/** The dense index of a user, interned when new. */
function userOf(si: SpotlightIndex, userId: string): number {
  return internOf(si.userIds, si.userIndex, userId);
}

/** Which of an account's rows changed: events (touchpoints, completed tasks), tasks, usage. */
export interface ChangedRows {
  events: boolean;
  tasks: boolean;
  usage: boolean;
}

/** The account's rows as they stand (its patch, else its CSR segments as views, no copy). */
function currentRows(si: SpotlightIndex, a: number): AccountPatch {
  const patch = si.accountPatches.get(a);
  if (patch) return patch;
  const { start, time, flow } = si.byAccount;
  const [t0, t1] = [si.taskStart[a]!, si.taskStart[a + 1]!];
  const offset = si.usageOffset[a]!;
  const stride = si.usageDays + 1;
  return {
    time: time.subarray(start[a]!, start[a + 1]!),
    flow: flow.subarray(start[a]!, start[a + 1]!),
    taskDue: si.taskDue.subarray(t0, t1),
    taskDone: si.taskDone.subarray(t0, t1),
    taskFlow: si.taskFlow.subarray(t0, t1),
    usageFirstDay: si.usageFirstDay,
    usageDays: offset < 0 ? 0 : si.usageDays,
    usageUsers: offset < 0 ? new Float64Array(0) : si.usageUsers.subarray(offset, offset + stride),
    usageActive: offset < 0 ? new Int32Array(0) : si.usageActive.subarray(offset, offset + stride),
  };
}

function eventsOf(si: SpotlightIndex, touchpoints: readonly Touchpoint[], tasks: readonly Task[]): Pick<AccountPatch, 'time' | 'flow'> {
  const events: { time: number; flow: number }[] = [];
  for (const t of touchpoints) events.push({ time: Date.parse(t.at), flow: flowOf(si, t.flow) });
  for (const t of tasks) if (t.completedAt !== null) events.push({ time: Date.parse(t.completedAt), flow: flowOf(si, t.flow) });
  events.sort((x, y) => x.time - y.time); // stable: equal times keep row order, as the build does
  const time = new Float64Array(events.length);
  const flow = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    time[i] = events[i]!.time;
    flow[i] = events[i]!.flow;
  }
  return { time, flow };
}

function tasksOf(si: SpotlightIndex, tasks: readonly Task[]): Pick<AccountPatch, 'taskDue' | 'taskDone' | 'taskFlow'> {
  const byDue = tasks.map((t) => ({ due: Date.parse(t.dueAt), done: t.completedAt === null ? Infinity : Date.parse(t.completedAt), flow: flowOf(si, t.flow) }));
  byDue.sort((x, y) => x.due - y.due);
  const taskDue = new Float64Array(byDue.length);
  const taskDone = new Float64Array(byDue.length);
  const taskFlow = new Int32Array(byDue.length);
  for (let i = 0; i < byDue.length; i++) {
    taskDue[i] = byDue[i]!.due;
    taskDone[i] = byDue[i]!.done;
    taskFlow[i] = byDue[i]!.flow;
  }
  return { taskDue, taskDone, taskFlow };
}

function usageOf(usage: readonly UsageRow[]): Pick<AccountPatch, 'usageFirstDay' | 'usageDays' | 'usageUsers' | 'usageActive'> {
  if (usage.length === 0) return { usageFirstDay: 0, usageDays: 0, usageUsers: new Float64Array(0), usageActive: new Int32Array(0) };
  const firstDay = dayNumber(usage[0]!.date);
  const days = dayNumber(usage.at(-1)!.date) - firstDay + 1;
  const users = new Float64Array(days + 1);
  const active = new Int32Array(days + 1);
  for (const row of usage) {
    const slot = dayNumber(row.date) - firstDay + 1;
    if (row.activeUsers > users[slot]!) users[slot] = row.activeUsers;
  }
  for (let d = 1; d <= days; d++) {
    active[d] = active[d - 1]! + (users[d]! > 0 ? 1 : 0);
    users[d] = users[d - 1]! + users[d]!;
  }
  return { usageFirstDay: firstDay, usageDays: days, usageUsers: users, usageActive: active };
}

/**
 * Rebuilds the changed parts of account `a`'s patch from the index's current rows (the other
 * parts are kept, or read from the CSR segments as views): O(that account's changed rows).
 */
export function patchAccount(si: SpotlightIndex, index: DatasetIndex, a: number, changed: ChangedRows): void {
  const id = si.accountIds[a]!;
  const tasks = changed.events || changed.tasks ? (index.tasksByAccount.get(id) ?? []) : [];
  (si.accountPatches as Map<number, AccountPatch>).set(a, {
    ...currentRows(si, a),
    ...(changed.events ? eventsOf(si, index.touchpointsByAccount.get(id) ?? [], tasks) : {}),
    ...(changed.tasks ? tasksOf(si, tasks) : {}),
    ...(changed.usage ? usageOf(index.usageByAccount.get(id) ?? []) : {}),
  });
  si.patched[a] = 1;
}

/** The user-side event of a touchpoint or a task (`null`: an open task, or an unknown account). */
export function eventOf(si: SpotlightIndex, row: Touchpoint | Task, isTask: boolean): { user: number; event: SpotlightEvent } | null {
  const at = isTask ? (row as Task).completedAt : (row as Touchpoint).at;
  const account = si.accountIndex.get(row.accountId);
  if (at === null || account === undefined) return null;
  return { user: userOf(si, row.userId), event: { time: Date.parse(at), flow: flowOf(si, row.flow), account } };
}

function userPatchOf(si: SpotlightIndex, u: number): UserPatch {
  let patch = si.userPatches.get(u);
  if (!patch) (si.userPatches as Map<number, UserPatch>).set(u, (patch = { added: [], removed: new Set() }));
  return patch;
}

/** Adds an event to its user's side. */
export function addUserEvent(si: SpotlightIndex, user: number, event: SpotlightEvent): void {
  userPatchOf(si, user).added.push(event);
}

/** Removes one event equal to `event` from its user's side (added ones first, then the CSR). */
export function removeUserEvent(si: SpotlightIndex, user: number, event: SpotlightEvent): void {
  const patch = userPatchOf(si, user);
  const same = (e: SpotlightEvent): boolean => e.time === event.time && e.flow === event.flow && e.account === event.account;
  const at = patch.added.findIndex(same);
  if (at >= 0) {
    patch.added[at] = patch.added.at(-1)!;
    patch.added.pop();
    return;
  }
  const { start, time, flow, other } = si.byUser;
  if (user + 1 >= start.length) return;
  for (let i = lowerBound(time, start[user]!, start[user + 1]!, event.time); i < start[user + 1]! && time[i] === event.time; i++) {
    if (flow[i] === event.flow && other[i] === event.account && !patch.removed.has(i)) {
      patch.removed.add(i);
      return;
    }
  }
}

function grownBytes(bytes: Uint8Array, size: number): Uint8Array {
  const grown = new Uint8Array(size);
  grown.set(bytes);
  return grown;
}

/**
 * Takes in an account just appended to the dataset (the next account index): its id, type and
 * contract status, and an empty patch (it has no CSR segment). O(accounts × roles) bytes copied.
 */
export function addSpotlightAccount(si: SpotlightIndex, account: Account, statusKey: string | undefined): void {
  const mutable = si as Mutable<SpotlightIndex>;
  const a = si.accountIds.length;
  (si.accountIds as string[]).push(account.id);
  (si.accountIndex as Map<string, number>).set(account.id, a);
  (si.accountTypeIds as string[]).push(account.typeId);
  if (si.inactive) mutable.inactive = grownBytes(si.inactive, a + 1);
  refreshInactive(si, a, account, statusKey);
  mutable.patched = grownBytes(si.patched, a + 1);
  const offsets = new Int32Array(a + 1).fill(-1);
  offsets.set(si.usageOffset);
  mutable.usageOffset = offsets;
  const assigned = si.assignedByRole as Map<string, Uint8Array>;
  for (const [role, flags] of assigned) assigned.set(role, grownBytes(flags, a + 1));
  const empty = { time: new Float64Array(0), flow: new Int32Array(0), taskDue: new Float64Array(0), taskDone: new Float64Array(0), taskFlow: new Int32Array(0) };
  (si.accountPatches as Map<number, AccountPatch>).set(a, { ...empty, usageFirstDay: 0, usageDays: 0, usageUsers: new Float64Array(0), usageActive: new Int32Array(0) });
  si.patched[a] = 1;
}

/** Re-reads whether account `a` is inactive (its contract status changed). */
export function refreshInactive(si: SpotlightIndex, a: number, account: Account, statusKey: string | undefined): void {
  if (si.inactive && statusKey !== undefined) si.inactive[a] = isInactiveContractStatus(account.attributes[statusKey]) ? 1 : 0;
}

/**
 * Re-reads one member of a role (`userId`'s accounts in `role`) and whether `accountId` still has
 * an assignment in the role: O(the user's and the account's assignments, plus the role's members).
 */
export function refreshAssignment(si: SpotlightIndex, index: DatasetIndex, role: string, userId: string, accountId: string): void {
  const mutable = si as Mutable<SpotlightIndex>;
  const membersByRole = si.membersByRole as Map<string, readonly RoleMember[]>;
  const assignedByRole = si.assignedByRole as Map<string, Uint8Array>;
  const accounts = new Set<number>();
  for (const assignment of index.assignmentsByUser.get(userId) ?? []) {
    const a = si.accountIndex.get(assignment.accountId);
    if (assignment.role === role && a !== undefined) accounts.add(a);
  }
  const members = (membersByRole.get(role) ?? []).filter((m) => m.userId !== userId);
  if (accounts.size > 0) {
    members.push({ userId, accounts: Int32Array.from(accounts).sort() });
    members.sort((x, y) => (x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0));
  }
  if (members.length === 0) {
    membersByRole.delete(role);
    assignedByRole.delete(role);
  } else {
    membersByRole.set(role, members);
    if (!assignedByRole.has(role)) assignedByRole.set(role, new Uint8Array(si.accountIds.length)); // a new role: O(accounts), once
    const a = si.accountIndex.get(accountId);
    if (a !== undefined) {
      const still = (index.assignmentsByAccount.get(accountId) ?? []).some((x) => x.role === role);
      assignedByRole.get(role)![a] = still ? 1 : 0;
    }
  }
  mutable.roles = [...membersByRole.keys()].sort();
}

/** Re-reads the users (interned ids, direct reports per manager): O(users), for a user change. */
export function refreshUsers(si: SpotlightIndex, index: DatasetIndex): void {
  const reportsByManager = new Map<string, string[]>();
  for (const u of index.dataset.users) {
    userOf(si, u.id);
    if (!u.managerId) continue;
    const list = reportsByManager.get(u.managerId);
    if (list) list.push(u.id);
    else reportsByManager.set(u.managerId, [u.id]);
  }
  (si as Mutable<SpotlightIndex>).reportsByManager = reportsByManager;
}
