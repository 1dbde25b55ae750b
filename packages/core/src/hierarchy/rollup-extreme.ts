/**
 * Rollups that pick one value of the subtree: `min`, `max` and `latest` (the greatest date).
 * Each position keeps its subtree's best comparable key and the position holding it, so the
 * rolled-up value is the holder's own value (a date keeps its original text). An update walks
 * up the ancestors and, where the old best left, rescans that ancestor's direct children; it
 * stops as soon as an ancestor's best does not change.
 */
import type { AttributeValue } from '../dataset/schema.ts';
import type { Hierarchy } from './hierarchy.ts';
import type { TypedArena } from './typed-arena.ts';

/**
 * The comparable key of a value: numbers as they are, ISO dates as epoch milliseconds;
 * anything else (text, booleans, null) takes no part (NaN).
 */
export function comparableKey(value: AttributeValue | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  if (value.length === 10) {
    // Plain `YYYY-MM-DD` (the common case), without Date.parse.
    const y = digits(value, 0, 4);
    const m = digits(value, 5, 2);
    const d = digits(value, 8, 2);
    if (y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 28 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) return daysFromCivil(y, m, d) * 86_400_000;
  }
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`): what
 * `Date.UTC(y, m - 1, d) / 86400000` gives, without the call.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The number written by `length` ASCII digits at `start`, or -1. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Per-position best of one min / max / latest rollup. */
export class ExtremeColumn {
  /** `1` for max and latest, `-1` for min. */
  readonly sign: number;
  /** Own comparable keys, signed so that greater is better (NaN: no value); written directly by the load pass. */
  readonly own: Float64Array;
  /** Position whose own value is the subtree's best, `-1` when none (its key: `own[holder]`). */
  readonly holder: Int32Array;
  private readonly hierarchy: Hierarchy;

  /** `mode` `max` also serves `latest`. */
  constructor(mode: 'min' | 'max', hierarchy: Hierarchy, arena: TypedArena) {
    const n = hierarchy.size;
    this.sign = mode === 'min' ? -1 : 1;
    this.hierarchy = hierarchy;
    this.own = arena.f64(n).fill(Number.NaN);
    this.holder = arena.i32(n);
  }

  /** Bytes of typed arrays a column over `n` accounts takes (to size an arena). */
  static bytes(n: number): number {
    return n * 12;
  }

  /** Records one account's own value while loading (before `aggregate`). */
  loadValue(pos: number, value: AttributeValue | undefined): void {
    this.own[pos] = comparableKey(value) * this.sign;
  }

  /** Computes every subtree's best from the loaded own values. */
  aggregate(): void {
    const { own, holder } = this;
    const parentAt = this.hierarchy.parentAt;
    const n = own.length;
    for (let pos = 0; pos < n; pos++) holder[pos] = own[pos] === own[pos] ? pos : -1;
    for (let pos = n - 1; pos > 0; pos--) {
      const h = holder[pos]!;
      if (h < 0) continue;
      const p = parentAt[pos]!;
      if (p < 0) continue;
      const hp = holder[p]!;
      if (hp < 0 || own[h]! > own[hp]!) holder[p] = h;
    }
  }

  /** The best key at a position (NaN when its subtree has no value). */
  private bestAt(pos: number): number {
    const h = this.holder[pos]!;
    return h < 0 ? Number.NaN : this.own[h]!;
  }

  /** Recomputes one position from its own value and its direct children's bests. */
  private recompute(pos: number): void {
    const { own, holder } = this;
    const sizeAt = this.hierarchy.sizeAt;
    let b = own[pos]!;
    let h = b === b ? pos : -1;
    const end = pos + sizeAt[pos]!;
    for (let c = pos + 1; c < end; c += sizeAt[c]!) {
      const k = this.bestAt(c);
      if (k > b || (k === k && b !== b)) {
        b = k;
        h = holder[c]!;
      }
    }
    holder[pos] = h;
  }

  /**
   * Sets one account's own value and updates its ancestors: an ancestor whose best came from
   * the changed subtree is rescanned (its direct children), any other takes the new best when it
   * is better; the walk stops at the first ancestor that does not change.
   */
  update(pos: number, value: AttributeValue | undefined): void {
    const { own, holder } = this;
    const parentAt = this.hierarchy.parentAt;
    const oldKey = own[pos]!;
    // A position's best before the change (only `own[pos]` changes; holders are read before
    // their position is recomputed).
    const oldBestAt = (x: number): number => {
      const h = holder[x]!;
      return h < 0 ? Number.NaN : h === pos ? oldKey : own[h]!;
    };
    let oldBest = oldBestAt(pos);
    let oldHolder = holder[pos]!;
    own[pos] = comparableKey(value) * this.sign;
    this.recompute(pos);
    for (let c = pos, p = parentAt[pos]!; p >= 0; c = p, p = parentAt[p]!) {
      const nb = this.bestAt(c);
      const nh = holder[c]!;
      if ((nb === oldBest || (nb !== nb && oldBest !== oldBest)) && nh === oldHolder) return;
      const pb = oldBestAt(p);
      const ph = holder[p]!;
      if (ph === oldHolder && ph !== -1) this.recompute(p);
      else if (nb > pb || (nb === nb && pb !== pb)) holder[p] = nh;
      else return;
      oldBest = pb;
      oldHolder = ph;
    }
  }

  /** Position holding the subtree's best, or `-1` when the subtree has no value. */
  holderAt(pos: number): number {
    return this.holder[pos]!;
  }
}
