/**
 * Health inputs of every account of a dataset, prepared once per index and shared by every
 * health engine over it: usage as day numbers with per-account prefix sums (any window is two
 * binary searches), and attribute changes grouped by account and key with their times parsed.
 *
 * Everything lives in a few typed arrays over all rows, in account order, so scoring allocates
 * nothing per account. With a large dataset loaded that matters more than the arithmetic:
 * per-account objects that outlive a young-generation collection make V8 collect the whole
 * heap (the dataset's millions of row objects) again and again. Built in O(rows) by the
 * `DatasetModel`, which owns them: when one account's usage or attribute history changes, the
 * model calls `refresh(slot)`, which rebuilds that account's rows alone into a small overlay
 * (readers check a per-slot flag, so untouched accounts pay one byte read).
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { Account, AttributeChange, AttributeValue, HealthProfile } from '../dataset/schema.ts';
import { childrenOf } from './health-children.ts';
import { dayNumber, lowerBound } from './health-days.ts';
import { historyRowsOf, overlayUsage, upperBound, usageRowsOf, type HistoryRows, type UsageRows } from './health-overlays.ts';

const dayMs = 86_400_000;

export { dayNumber } from './health-days.ts';

/** Usage metrics a measure can read. */
export type UsageMetric = 'activeUsers' | 'activeDays' | 'events';

/** Prepared health inputs of all accounts, addressed by account slot (index in `dataset.accounts`). */
export interface HealthInputs {
  /** Slot of an account id, `-1` when unknown. */
  slotOf(accountId: string): number;
  /** The account at a slot. */
  accountAt(slot: number): Account;
  /** The attribute's value at time `t` (ms): the value after the last change at or before `t`. */
  valueAt(slot: number, key: string, t: number): AttributeValue;
  /**
   * A usage metric over the `days` UTC days before the day of `t`: the mean of `activeUsers`
   * per day (a day without a row counts as 0), the number of days with `activeUsers > 0`, or the
   * sum of `events`. `null` when the account has no usage row in the window (and, for events,
   * no row with `events`).
   */
  usage(slot: number, metric: UsageMetric, days: number, t: number): number | null;
  /** Times (ms, ascending) at which the key's numeric value rose, for the account at `slot`. */
  risesOf(slot: number, key: string): number[];
  /** Direct children of the account at slot `s`: `childSlots[childStart[s] … childStart[s + 1])`, in dataset order. */
  readonly childStart: Int32Array;
  /** See `childStart`. */
  readonly childSlots: Int32Array;
  /** The health profile of the account's type at each slot (`undefined`: none); the model writes it when an account's type changes. */
  readonly profileAt: (HealthProfile | undefined)[];
  /** Per slot, the account's rank among accounts with children (`-1` for a leaf). */
  readonly parentRank: Int32Array;
  /** How many accounts have children. */
  readonly parentCount: number;
  /**
   * Reads the parent/child links again from the index (`childrenById`) after accounts moved:
   * O(accounts), no row is read. Create a new engine afterwards (it keeps the links it started with).
   */
  refreshChildren(): void;
  /**
   * Takes in the account just appended to `dataset.accounts` (the next slot): its profile, and
   * empty overlays (it has no row in the arrays built for all accounts). O(accounts) bytes copied.
   */
  addAccount(): void;
  /**
   * Reads the account at `slot` again from the index (`usageByAccount`, `historyByAccount`,
   * `dataset.accounts[slot]`) after its rows changed: O(that account's rows).
   */
  refresh(slot: number): void;
}

/** Overlay flags per slot. */
const historyPatched = 1;
const usagePatched = 2;

/** Builds the health inputs of an index (the model builds them once and keeps them current). */
export function prepareHealthInputs(index: DatasetIndex): HealthInputs {
  const accounts = index.dataset.accounts;
  const n = accounts.length;

  // Usage: rows of account `a` are [rowStart[a], rowStart[a + 1]); its prefix sums start at
  // rowStart[a] + a (one more entry than rows: the value before row i, then the total).
  const rowStart = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) rowStart[a + 1] = rowStart[a]! + (index.usageByAccount.get(accounts[a]!.id)?.length ?? 0);
  const rows = rowStart[n]!;
  const dayOf = new Int32Array(rows);
  const users = new Float64Array(rows + n);
  const active = new Int32Array(rows + n);
  const events = new Float64Array(rows + n);
  const withEvents = new Int32Array(rows + n);
  for (let a = 0; a < n; a++) {
    const list = index.usageByAccount.get(accounts[a]!.id);
    if (!list) continue;
    const base = rowStart[a]!;
    const p = base + a;
    for (let i = 0; i < list.length; i++) {
      const row = list[i]!;
      dayOf[base + i] = dayNumber(row.date);
      users[p + i + 1] = users[p + i]! + row.activeUsers;
      active[p + i + 1] = active[p + i]! + (row.activeUsers > 0 ? 1 : 0);
      events[p + i + 1] = events[p + i]! + (row.events ?? 0);
      withEvents[p + i + 1] = withEvents[p + i]! + (row.events === undefined ? 0 : 1);
    }
  }

  // Attribute changes: account `a`'s groups are [groupStart[a], groupStart[a + 1]); group g
  // holds one key's changes, [changeStart[g], changeStart[g + 1]) of `changes` / `changeTime`.
  const groupStart = new Int32Array(n + 1);
  // Keys as small numbers (compared as numbers when looked up, not as text).
  const keyIds = new Map<string, number>();
  const idOfKey = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  };
  const groupKeys: number[] = [];
  const changeStarts: number[] = [0];
  const changes: AttributeChange[] = [];
  for (let a = 0; a < n; a++) {
    const list = index.historyByAccount.get(accounts[a]!.id);
    if (list) {
      const byKey = new Map<string, AttributeChange[]>();
      for (const change of list) {
        const same = byKey.get(change.key);
        if (same) same.push(change);
        else byKey.set(change.key, [change]);
      }
      for (const [key, same] of byKey) {
        groupKeys.push(idOfKey(key));
        for (const change of same) changes.push(change);
        changeStarts.push(changes.length);
      }
    }
    groupStart[a + 1] = groupKeys.length;
  }
  const changeStart = Int32Array.from(changeStarts);
  const changeTime = new Float64Array(changes.length);
  for (let c = 0; c < changes.length; c++) changeTime[c] = Date.parse(changes[c]!.at);

  const profileAt = accounts.map((account) => index.healthProfileByType.get(account.typeId));

  // The rows of the last usage window asked for.
  const window = { slot: -1, days: -1, endDay: 0, from: 0, to: 0 };
  // Accounts whose rows changed since the build: their rows are read from these overlays.
  let patched = new Uint8Array(n);
  const usageOverlay = new Map<number, UsageRows>();
  const historyOverlay = new Map<number, HistoryRows>();

  const groupKeyIds = Int32Array.from(groupKeys);
  const groupOf = (slot: number, key: string): number => {
    const from = groupStart[slot]!;
    const to = groupStart[slot + 1]!;
    if (from === to) return -1;
    const id = keyIds.get(key);
    if (id === undefined) return -1;
    for (let g = from; g < to; g++) if (groupKeyIds[g] === id) return g;
    return -1;
  };

  const links = childrenOf(index);
  const inputs: HealthInputs = {
    childStart: links.childStart,
    childSlots: links.childSlots,
    parentRank: links.parentRank,
    parentCount: links.parentCount,
    profileAt,
    refreshChildren() {
      Object.assign(inputs, childrenOf(index));
    },
    addAccount() {
      const slot = patched.length;
      const grown = new Uint8Array(slot + 1);
      grown.set(patched);
      patched = grown;
      profileAt.push(index.healthProfileByType.get(accounts[slot]!.typeId));
      inputs.refresh(slot);
    },
    slotOf: (accountId) => index.accountSlot(accountId), // the model extends the index's slots
    accountAt: (slot) => accounts[slot]!,
    refresh(slot) {
      const id = accounts[slot]!.id;
      usageOverlay.set(slot, usageRowsOf(index.usageByAccount.get(id) ?? []));
      historyOverlay.set(slot, historyRowsOf(index.historyByAccount.get(id) ?? []));
      patched[slot] = historyPatched | usagePatched;
      window.slot = -1;
    },
    valueAt(slot, key, t) {
      if ((patched[slot]! & historyPatched) !== 0) {
        const group = historyOverlay.get(slot)!.get(key);
        if (!group) return accounts[slot]!.attributes[key] ?? null;
        const at = upperBound(group.times, 0, group.times.length, t);
        return at === 0 ? group.changes[0]!.old : group.changes[at - 1]!.new;
      }
      const g = groupOf(slot, key);
      if (g < 0) return accounts[slot]!.attributes[key] ?? null;
      const first = changeStart[g]!;
      let lo = first;
      let hi = changeStart[g + 1]!; // first change strictly after t
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (changeTime[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      return lo === first ? changes[first]!.old : changes[lo - 1]!.new;
    },
    usage(slot, metric, days, t) {
      const endDay = Math.floor(t / dayMs);
      if ((patched[slot]! & usagePatched) !== 0) return overlayUsage(usageOverlay.get(slot)!, metric, days, endDay);
      // Measures of a profile often share a window (active users and active days over 30 days).
      if (slot !== window.slot || days !== window.days || endDay !== window.endDay) {
        const end = rowStart[slot + 1]!;
        window.from = lowerBound(dayOf, rowStart[slot]!, end, endDay - days);
        window.to = lowerBound(dayOf, window.from, end, endDay);
        window.slot = slot;
        window.days = days;
        window.endDay = endDay;
      }
      const { from, to } = window;
      if (to <= from) return null;
      // Prefix positions: row i of the account sits at i + slot in the prefix arrays.
      const pf = from + slot;
      const pt = to + slot;
      if (metric === 'activeUsers') return (users[pt]! - users[pf]!) / days;
      if (metric === 'activeDays') return active[pt]! - active[pf]!;
      return withEvents[pt]! - withEvents[pf]! > 0 ? events[pt]! - events[pf]! : null;
    },
    risesOf(slot, key) {
      const times: number[] = [];
      if ((patched[slot]! & historyPatched) !== 0) {
        const group = historyOverlay.get(slot)!.get(key);
        group?.changes.forEach((change, c) => {
          if (typeof change.old === 'number' && typeof change.new === 'number' && change.new > change.old) times.push(group.times[c]!);
        });
        return times;
      }
      const g = groupOf(slot, key);
      if (g < 0) return times;
      for (let c = changeStart[g]!; c < changeStart[g + 1]!; c++) {
        const change = changes[c]!;
        if (typeof change.old === 'number' && typeof change.new === 'number' && change.new > change.old) times.push(changeTime[c]!);
      }
      return times;
    },
  };
  return inputs;
}
