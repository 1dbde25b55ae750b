/**
 * Rollups that add up over a subtree: `sum`, `avg`, `count` and `weightedAvg`. Each keeps, per
 * pre-order position, the subtree's running total and how many accounts contributed, so a full
 * rollup is one reverse pass over the positions and an update adds a delta to each ancestor.
 */
import type { AttributeValue } from '../dataset/schema.ts';
import type { Hierarchy } from './hierarchy.ts';
import type { TypedArena } from './typed-arena.ts';

/** Which additive function a column computes. */
export type AdditiveFn = 'sum' | 'avg' | 'count' | 'weightedAvg';

const numeric = (v: AttributeValue | undefined): boolean => typeof v === 'number' && Number.isFinite(v);

/** Per-position totals of one additive rollup. */
export class AdditiveColumn {
  readonly fn: AdditiveFn;
  /** Σ value (sum, avg) or Σ value·weight (weightedAvg); written directly by the load pass. */
  readonly total: Float64Array;
  /** Σ weight (weightedAvg only). */
  private readonly weight: Float64Array | null;
  /** Accounts in the subtree that contribute; written directly by the load pass. */
  readonly count: Int32Array;
  private readonly parentAt: Int32Array;

  constructor(fn: AdditiveFn, hierarchy: Hierarchy, arena: TypedArena) {
    const n = hierarchy.size;
    this.fn = fn;
    this.parentAt = hierarchy.parentAt;
    this.total = arena.f64(fn === 'count' ? 0 : n);
    this.weight = fn === 'weightedAvg' ? arena.f64(n) : null;
    this.count = arena.i32(n);
  }

  /** Bytes of typed arrays a column of `fn` over `n` accounts takes (to size an arena). */
  static bytes(fn: AdditiveFn, n: number): number {
    return n * (fn === 'count' ? 4 : fn === 'weightedAvg' ? 20 : 12);
  }

  /** Records one account's own value while loading (before `aggregate`; not weightedAvg). */
  loadValue(pos: number, v: AttributeValue | undefined): void {
    if (this.fn === 'count') {
      if (v !== null && v !== undefined) this.count[pos] = 1;
    } else if (typeof v === 'number' && Number.isFinite(v)) {
      this.total[pos] = v;
      this.count[pos] = 1;
    }
  }

  /** Records one account's own value and weight while loading (weightedAvg only). */
  loadWeighted(pos: number, v: AttributeValue | undefined, w: AttributeValue | undefined): void {
    if (typeof v === 'number' && Number.isFinite(v) && typeof w === 'number' && Number.isFinite(w)) {
      this.total[pos] = v * w;
      this.weight![pos] = w;
      this.count[pos] = 1;
    }
  }

  /** Sums every subtree from the loaded own values (one reverse pass over the positions). */
  aggregate(): void {
    const { total, weight, count, parentAt } = this;
    const n = count.length;
    if (this.fn === 'count') {
      for (let pos = n - 1; pos > 0; pos--) {
        const p = parentAt[pos]!;
        if (p >= 0) count[p]! += count[pos]!;
      }
    } else if (weight) {
      for (let pos = n - 1; pos > 0; pos--) {
        const p = parentAt[pos]!;
        if (p < 0) continue;
        count[p]! += count[pos]!;
        total[p]! += total[pos]!;
        weight[p]! += weight[pos]!;
      }
    } else {
      for (let pos = n - 1; pos > 0; pos--) {
        const p = parentAt[pos]!;
        if (p < 0) continue;
        count[p]! += count[pos]!;
        total[p]! += total[pos]!;
      }
    }
  }

  /** Applies the change of one account's own contribution to it and every ancestor. */
  update(pos: number, oldValue: AttributeValue | undefined, newValue: AttributeValue | undefined, oldWeight?: AttributeValue, newWeight?: AttributeValue): void {
    const [t0, w0, c0] = this.contribution(oldValue, oldWeight);
    const [t1, w1, c1] = this.contribution(newValue, newWeight);
    const dt = t1 - t0;
    const dw = w1 - w0;
    const dc = c1 - c0;
    if (dt === 0 && dw === 0 && dc === 0) return;
    const { total, weight, count, parentAt } = this;
    for (let p = pos; p >= 0; p = parentAt[p]!) {
      const c = (count[p]! += dc);
      if (c === 0) {
        // Nothing contributes any more: reset exactly, so rounding never leaves a residue.
        if (total.length) total[p] = 0;
        if (weight) weight[p] = 0;
      } else {
        if (total.length) total[p]! += dt;
        if (weight) weight[p]! += dw;
      }
    }
  }

  private contribution(v: AttributeValue | undefined, w: AttributeValue | undefined): [number, number, number] {
    if (this.fn === 'count') return [0, 0, v !== null && v !== undefined ? 1 : 0];
    if (this.fn === 'weightedAvg') return numeric(v) && numeric(w) ? [(v as number) * (w as number), w as number, 1] : [0, 0, 0];
    return numeric(v) ? [v as number, 0, 1] : [0, 0, 0];
  }

  /** The rolled-up value at a position. */
  valueAt(pos: number): number | null {
    const c = this.count[pos]!;
    switch (this.fn) {
      case 'count':
        return c;
      case 'sum':
        return c > 0 ? this.total[pos]! : null;
      case 'avg':
        return c > 0 ? this.total[pos]! / c : null;
      case 'weightedAvg': {
        const w = this.weight![pos]!;
        return c > 0 && w !== 0 ? this.total[pos]! / w : null;
      }
    }
  }
}
