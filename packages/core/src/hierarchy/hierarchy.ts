/**
 * The account hierarchy, built once in O(n) from a dataset index: accounts are numbered in
 * depth-first pre-order, so every subtree is one contiguous range of positions
 * (`[position, position + size)`) and every parent comes before its children. Rollups and other
 * tree computations work on these numeric positions and typed arrays; the string-id methods are
 * for callers.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { TypedArena } from './typed-arena.ts';
import { DatasetError } from '../dataset/dataset-error.ts';
import { AccountNotFoundError } from '../errors/account-not-found-error.ts';

/** The account tree. All methods throw for an unknown account id. */
export interface Hierarchy {
  /** Ids of the accounts without a parent, in dataset order. */
  readonly roots: readonly string[];
  /** Number of accounts. */
  readonly size: number;
  /** Direct children, in dataset order (empty for a leaf). */
  children(id: string): readonly string[];
  /** The parent id, or `null` for a root. */
  parent(id: string): string | null;
  /** 0 for a root, 1 for its children… */
  depth(id: string): number;
  /** Parent first, up to the root; empty for a root. */
  ancestors(id: string): string[];
  /** The account and every descendant, in depth-first pre-order. */
  subtree(id: string): string[];
  /** The account, its parent, … up to the root (the reverse of a breadcrumb). */
  pathToRoot(id: string): string[];
  /** Whether the id is an account of the hierarchy. */
  has(id: string): boolean;
  /** Pre-order position of an account (throws for an unknown id). */
  positionOf(id: string): number;
  /** Account id at each pre-order position. */
  readonly ids: readonly string[];
  /** Parent position per position (`-1` for a root). */
  readonly parentAt: Int32Array;
  /** Depth per position. */
  readonly depthAt: Int32Array;
  /** Subtree size per position (itself included). */
  readonly sizeAt: Int32Array;
  /** Index in `dataset.accounts` of the account at each position. */
  readonly slotAt: Int32Array;
  /** Pre-order position of the account at each index of `dataset.accounts`. */
  readonly positionOfSlot: Int32Array;
}

/**
 * Builds the hierarchy of a dataset's accounts in O(n).
 *
 * @throws {Error} when parents do not form a forest (unknown parent or cycle); `parseDataset`
 * rejects such datasets first.
 * @example
 * ```ts
 * const hierarchy = buildHierarchy(indexDataset(dataset));
 * hierarchy.pathToRoot('product-42'); // ['product-42', 'lob-7', 'region-2', 'acme']
 * ```
 */
export function buildHierarchy(index: DatasetIndex): Hierarchy {
  const accounts = index.dataset.accounts;
  const n = accounts.length;
  const slotOf = index.accountSlot;

  // Children lists in compressed form: childStart[p]..childStart[p+1] in childList.
  const arena = new TypedArena(4 * (11 * n + 8));
  const parentSlot = arena.i32(n);
  const childCount = arena.i32(n + 1);
  const rootSlots: number[] = [];
  for (let i = 0; i < n; i++) {
    const parentId = accounts[i]!.parentId;
    if (parentId === null) {
      parentSlot[i] = -1;
      rootSlots.push(i);
      continue;
    }
    const p = slotOf(parentId);
    if (p < 0) throw new DatasetError([{ path: `accounts[${i}].parentId`, message: `account "${accounts[i]!.id}" has an unknown parent "${parentId}"` }]);
    parentSlot[i] = p;
    childCount[p]!++;
  }
  const childStart = arena.i32(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = childStart[i]! + childCount[i]!;
  const fill = arena.i32(n);
  fill.set(childStart.subarray(0, n));
  const childList = arena.i32(Math.max(childStart[n]!, 0));
  for (let i = 0; i < n; i++) {
    const p = parentSlot[i]!;
    if (p >= 0) childList[fill[p]!++] = i;
  }

  // Iterative pre-order walk.
  const ids = new Array<string>(n);
  const positionOfSlot = arena.i32(n).fill(-1);
  const parentAt = arena.i32(n);
  const depthAt = arena.i32(n);
  const sizeAt = arena.i32(n);
  const stack = arena.i32(n);
  let position = 0;
  for (let r = rootSlots.length - 1; r >= 0; r--) stack[r] = rootSlots[rootSlots.length - 1 - r]!;
  let top = rootSlots.length;
  while (top > 0) {
    const slot = stack[--top]!;
    const pos = position++;
    positionOfSlot[slot] = pos;
    ids[pos] = accounts[slot]!.id;
    const p = parentSlot[slot]!;
    const parentPos = p >= 0 ? positionOfSlot[p]! : -1;
    parentAt[pos] = parentPos;
    depthAt[pos] = parentPos >= 0 ? depthAt[parentPos]! + 1 : 0;
    for (let c = childStart[slot + 1]! - 1; c >= childStart[slot]!; c--) stack[top++] = childList[c]!;
  }
  if (position !== n) throw new DatasetError([{ path: 'accounts', message: `the account parents contain a cycle (${n - position} accounts unreachable from a root)` }]);
  const slotAt = arena.i32(n);
  for (let slot = 0; slot < n; slot++) slotAt[positionOfSlot[slot]!] = slot;
  sizeAt.fill(1);
  for (let pos = n - 1; pos > 0; pos--) {
    const p = parentAt[pos]!;
    if (p >= 0) sizeAt[p]! += sizeAt[pos]!;
  }

  const positionOf = (id: string): number => {
    const slot = slotOf(id);
    if (slot < 0) throw new AccountNotFoundError(id);
    return positionOfSlot[slot]!;
  };
  const roots = rootSlots.map((s) => accounts[s]!.id);

  return {
    roots,
    size: n,
    ids,
    parentAt,
    depthAt,
    sizeAt,
    slotAt,
    positionOfSlot,
    has: (id) => slotOf(id) >= 0,
    positionOf,
    children(id) {
      const slot = slotOf(id);
      if (slot < 0) throw new AccountNotFoundError(id);
      const out: string[] = [];
      for (let c = childStart[slot]!; c < childStart[slot + 1]!; c++) out.push(accounts[childList[c]!]!.id);
      return out;
    },
    parent(id) {
      const p = parentAt[positionOf(id)]!;
      return p >= 0 ? ids[p]! : null;
    },
    depth: (id) => depthAt[positionOf(id)]!,
    ancestors(id) {
      const out: string[] = [];
      for (let p = parentAt[positionOf(id)]!; p >= 0; p = parentAt[p]!) out.push(ids[p]!);
      return out;
    },
    subtree(id) {
      const pos = positionOf(id);
      return ids.slice(pos, pos + sizeAt[pos]!);
    },
    pathToRoot(id) {
      const out: string[] = [];
      for (let p = positionOf(id); p >= 0; p = parentAt[p]!) out.push(ids[p]!);
      return out;
    },
  };
}
