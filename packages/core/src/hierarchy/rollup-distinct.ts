/**
 * The `countDistinct` rollup. Distinct values get small integer codes.
 *
 * - Full build with up to 32 codes: each position ORs its children's bit sets (one 32-bit word
 *   per account) and counts the bits, so the common low-cardinality case is one cheap pass.
 * - To stay exact under updates, every position needs how many accounts of its subtree hold
 *   each code: built on the first update (dense `size × capacity` tallies up to 64 codes, a
 *   sparse map per position beyond), then an update is O(depth): decrement the old code and
 *   increment the new one on each ancestor, adjusting the distinct count when a tally leaves or
 *   reaches zero.
 */
import type { AttributeValue } from '../dataset/schema.ts';
import type { Hierarchy } from './hierarchy.ts';
import type { TypedArena } from './typed-arena.ts';

const denseLimit = 64;
const maskLimit = 32;

/** Per-position distinct counts of one countDistinct rollup. */
export class DistinctColumn {
  private readonly codes = new Map<AttributeValue, number>();
  private readonly ownCode: Int32Array;
  private readonly distinct: Int32Array;
  private capacity = 8;
  private dense: Int32Array | null = null;
  private sparse: Map<number, number>[] | null = null;
  private readonly parentAt: Int32Array;

  constructor(hierarchy: Hierarchy, arena: TypedArena) {
    const n = hierarchy.size;
    this.parentAt = hierarchy.parentAt;
    this.ownCode = arena.i32(n).fill(-1);
    this.distinct = arena.i32(n);
  }

  /** The first distinct values, by code: a short scan finds them faster than hashing. */
  private readonly firstValues: AttributeValue[] = [];

  private codeOf(value: AttributeValue | undefined): number {
    if (value === null || value === undefined) return -1;
    const first = this.firstValues;
    for (let i = 0; i < first.length; i++) if (first[i] === value) return i;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(value, code);
      if (code < 16) first.push(value);
    }
    return code;
  }

  /** Bytes of typed arrays a column over `n` accounts takes (to size an arena). */
  static bytes(n: number): number {
    return n * 8;
  }

  /** Records one account's own value while loading (before `aggregate`). */
  loadValue(pos: number, value: AttributeValue | undefined): void {
    this.ownCode[pos] = this.codeOf(value);
  }

  /** Counts every subtree's distinct values from the loaded own values. */
  aggregate(): void {
    if (this.codes.size > maskLimit) {
      this.buildTallies();
      return;
    }
    const { ownCode, distinct, parentAt } = this;
    const n = ownCode.length;
    const mask = new Int32Array(n);
    for (let pos = 0; pos < n; pos++) if (ownCode[pos]! >= 0) mask[pos] = 1 << ownCode[pos]!;
    for (let pos = n - 1; pos > 0; pos--) {
      const p = parentAt[pos]!;
      if (p >= 0) mask[p]! |= mask[pos]!;
    }
    for (let pos = 0; pos < n; pos++) {
      let m = mask[pos]!;
      let bits = 0;
      while (m !== 0) {
        m &= m - 1;
        bits++;
      }
      distinct[pos] = bits;
    }
  }

  /** Builds the per-code tallies an exact update needs (and recounts from them). */
  private buildTallies(): void {
    const { ownCode, distinct, parentAt } = this;
    const n = ownCode.length;
    distinct.fill(0);
    if (this.codes.size <= denseLimit) {
      while (this.capacity < this.codes.size) this.capacity *= 2;
      const k = this.capacity;
      const dense = new Int32Array(n * k);
      for (let pos = 0; pos < n; pos++) if (ownCode[pos]! >= 0) dense[pos * k + ownCode[pos]!] = 1;
      for (let pos = n - 1; pos > 0; pos--) {
        const p = parentAt[pos]!;
        if (p < 0) continue;
        const from = pos * k;
        const to = p * k;
        for (let j = 0; j < k; j++) dense[to + j]! += dense[from + j]!;
      }
      for (let pos = 0; pos < n; pos++) {
        let d = 0;
        for (let j = pos * k, end = j + k; j < end; j++) if (dense[j] !== 0) d++;
        distinct[pos] = d;
      }
      this.dense = dense;
      this.sparse = null;
    } else {
      const sparse = Array.from({ length: n }, () => new Map<number, number>());
      for (let pos = 0; pos < n; pos++) {
        const code = ownCode[pos]!;
        if (code < 0) continue;
        for (let p = pos; p >= 0; p = parentAt[p]!) {
          const tally = sparse[p]!;
          const c = tally.get(code) ?? 0;
          tally.set(code, c + 1);
          if (c === 0) distinct[p]!++;
        }
      }
      this.dense = null;
      this.sparse = sparse;
    }
  }

  /** Sets one account's own value and updates its ancestors' tallies. */
  update(pos: number, value: AttributeValue | undefined): void {
    const oldCode = this.ownCode[pos]!;
    const newCode = this.codeOf(value);
    if (oldCode === newCode) return;
    this.ownCode[pos] = newCode;
    if ((!this.dense && !this.sparse) || (this.dense && this.codes.size > this.capacity)) {
      this.buildTallies(); // first update, or the dense tallies outgrew their capacity
      return;
    }
    const { distinct, parentAt } = this;
    for (let p = pos; p >= 0; p = parentAt[p]!) {
      if (this.dense) {
        const base = p * this.capacity;
        if (oldCode >= 0 && --this.dense[base + oldCode]! === 0) distinct[p]!--;
        if (newCode >= 0 && this.dense[base + newCode]!++ === 0) distinct[p]!++;
      } else {
        const tally = this.sparse![p]!;
        if (oldCode >= 0) {
          const c = tally.get(oldCode)! - 1;
          if (c === 0) {
            tally.delete(oldCode);
            distinct[p]!--;
          } else tally.set(oldCode, c);
        }
        if (newCode >= 0) {
          const c = tally.get(newCode) ?? 0;
          tally.set(newCode, c + 1);
          if (c === 0) distinct[p]!++;
        }
      }
    }
  }

  /** Number of distinct non-null own values in the subtree at a position. */
  valueAt(pos: number): number {
    return this.distinct[pos]!;
  }
}
