/**
 * The parent/child links the health engine walks, by account slot: direct children in
 * compressed rows (in the index's order), and each parent's rank among accounts with children
 * (the engine memoises contract values for parents only). O(accounts), no row is read, so the
 * model builds them again when accounts move.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';

/** The links of every account of an index. */
export interface ChildLinks {
  readonly childStart: Int32Array;
  readonly childSlots: Int32Array;
  readonly parentRank: Int32Array;
  readonly parentCount: number;
}

/** Reads the children of every account from `index.childrenById`. */
export function childrenOf(index: DatasetIndex): ChildLinks {
  const accounts = index.dataset.accounts;
  const n = accounts.length;
  const slotOf = index.accountSlot;
  const childStart = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) childStart[a + 1] = childStart[a]! + (index.childrenById.get(accounts[a]!.id)?.length ?? 0);
  const childSlots = new Int32Array(childStart[n]!);
  for (let a = 0; a < n; a++) {
    const children = index.childrenById.get(accounts[a]!.id);
    if (children) for (let c = 0; c < children.length; c++) childSlots[childStart[a]! + c] = slotOf(children[c]!);
  }
  const parentRank = new Int32Array(n).fill(-1);
  let parentCount = 0;
  for (let a = 0; a < n; a++) if (childStart[a + 1]! > childStart[a]!) parentRank[a] = parentCount++;
  return { childStart, childSlots, parentRank, parentCount };
}
