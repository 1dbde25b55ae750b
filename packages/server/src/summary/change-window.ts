/**
 * The bounded window of a tenant's recent changes behind `dataChangedSince`: a ring of at most
 * `size` entries (seq, time, touched accounts) in `seq` order. It is complete for every `seq`
 * above `floor` up to `top`; pushing past its size drops the oldest entry and raises the floor.
 */
import type { DataChange } from '@successkit/core';
import { ChangeOrderError } from '@successkit/core';

/** A window of recent changes. */
export interface ChangeWindow {
  /** The window holds every change with `floor < seq ≤ top`. */
  readonly floor: number;
  /** The last `seq` pushed (or the start). */
  readonly top: number;
  /** Appends a change (its `seq` must be above `top`). */
  push(seq: number, atMs: number, accounts: readonly string[]): void;
  /** Calls `fn` for each held change with `after < seq ≤ upTo`, oldest first. */
  forEachAfter(after: number, upTo: number, fn: (atMs: number, accounts: readonly string[]) => void): void;
}

/** Creates an empty window that starts after `start` (nothing at or below it is held). */
export function changeWindow(size: number, start: number): ChangeWindow {
  const seqs = new Float64Array(size);
  const times = new Float64Array(size);
  const touched: (readonly string[])[] = new Array(size);
  let head = 0; // index of the oldest entry
  let count = 0;
  let floor = start;
  let top = start;

  /** Ring index of the first entry with seq > after (binary search over the ordered ring). */
  const firstAfter = (after: number): number => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (seqs[(head + mid) % size]! <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    get floor() {
      return floor;
    },
    get top() {
      return top;
    },
    push(seq, atMs, accounts) {
      if (seq <= top) throw new ChangeOrderError(seq, top, `change seq ${seq} is not above the window's top ${top}`);
      if (count === size) {
        floor = seqs[head]!;
        touched[head] = [];
        head = (head + 1) % size;
        count -= 1;
      }
      const at = (head + count) % size;
      seqs[at] = seq;
      times[at] = atMs;
      touched[at] = accounts;
      count += 1;
      top = seq;
    },
    forEachAfter(after, upTo, fn) {
      for (let i = firstAfter(after); i < count; i++) {
        const at = (head + i) % size;
        if (seqs[at]! > upTo) return;
        fn(times[at]!, touched[at]!);
      }
    },
  };
}

/**
 * The accounts a change touches: the account itself and its old and new parent (so a move or a
 * deletion still reaches the subtree it left), the `accountId` of activity (old and new), the
 * linked accounts of a contact; none for tenant-wide kinds.
 */
export function touchedAccounts(change: DataChange): string[] {
  const ids = new Set<string>();
  for (const value of [change.old, change.new] as Array<Record<string, unknown> | null>) {
    if (!value) continue;
    if (change.kind === 'accounts') {
      if (typeof value.id === 'string') ids.add(value.id);
      if (typeof value.parentId === 'string') ids.add(value.parentId);
    } else if (change.kind === 'contacts') {
      if (Array.isArray(value.accountIds)) for (const id of value.accountIds) if (typeof id === 'string') ids.add(id);
    } else if (typeof value.accountId === 'string') ids.add(value.accountId);
  }
  return [...ids];
}
