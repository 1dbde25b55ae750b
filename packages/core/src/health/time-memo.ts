/**
 * Numbers memoised per (scoring time, account slot) for the health engine: a parent's score
 * from its children and its children's own histories then reuse the same computations.
 *
 * Each time gets a direct-mapped column of at most `maxSlots` cells (cell `slot mod capacity`,
 * tagged with the slot it holds), allocated on the time's first use; at most `maxTimes` times
 * are kept, all dropped when a new one would exceed that. A lost entry is only computed again
 * (scores are deterministic), so a bounded memo changes speed, never answers. Datasets list a
 * parent close to its children (exports are usually depth-first), so a window of 2,048
 * slots keeps nearly every reuse while a 100,000-account history allocates a few megabytes
 * instead of a full column per week: with a large dataset in memory, every large allocation
 * brings V8 closer to another collection of the whole heap.
 *
 * Times are looked up by binary search in a sorted array: most lookups ask for the same time as
 * the one before, or a near one, and comparing doubles is far cheaper than hashing them.
 */

/** Returned by `get` for a cell not computed yet (store NaN for a computed `null`). */
export const unset = Number.NEGATIVE_INFINITY;

/** A bounded memo of numbers per (time, slot). */
export class TimeMemo {
  private readonly capacity: number;
  private readonly mask: number;
  private readonly maxTimes: number;
  private times = new Float64Array(0);
  private slotColumns: Int32Array[] = [];
  private valueColumns: Float64Array[] = [];
  private lastTime = Number.NaN;
  private lastIndex = -1;
  private lastSlots: Int32Array | null = null;
  private lastValues: Float64Array | null = null;

  /** `slots`: how many slots exist; `maxSlots`: cells per time at most; `maxTimes`: times kept. */
  constructor(slots: number, { maxSlots = 2048, maxTimes = 128 }: { maxSlots?: number; maxTimes?: number } = {}) {
    let capacity = 1;
    while (capacity < Math.min(Math.max(1, slots), maxSlots)) capacity *= 2;
    this.capacity = capacity;
    this.mask = capacity - 1;
    this.maxTimes = maxTimes;
  }

  /** Forgets every memoised number (O(1): the columns are dropped, allocated again on use). */
  clear(): void {
    this.times = new Float64Array(0);
    this.slotColumns = [];
    this.valueColumns = [];
    this.lastTime = Number.NaN;
    this.lastIndex = -1;
    this.lastSlots = null;
    this.lastValues = null;
  }

  /** The memoised number of a slot at time `t`, or `unset`. */
  get(t: number, slot: number): number {
    if (t !== this.lastTime) this.select(t);
    const cell = slot & this.mask;
    return this.lastSlots![cell] === slot ? this.lastValues![cell]! : unset;
  }

  /** Memoises the number of a slot at time `t`. */
  set(t: number, slot: number, value: number): void {
    if (t !== this.lastTime) this.select(t);
    const cell = slot & this.mask;
    this.lastSlots![cell] = slot;
    this.lastValues![cell] = value;
  }

  private select(t: number): void {
    const { times } = this;
    // A history walks the weeks in order: the next time is most often the one after the last.
    const next = this.lastIndex + 1;
    if (next < times.length && times[next] === t) {
      this.use(next, t);
      return;
    }
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    if (lo === times.length || times[lo] !== t) {
      if (times.length >= this.maxTimes) {
        this.times = new Float64Array(0);
        this.slotColumns = [];
        this.valueColumns = [];
        lo = 0;
      }
      const grown = new Float64Array(this.times.length + 1);
      grown.set(this.times.subarray(0, lo));
      grown[lo] = t;
      grown.set(this.times.subarray(lo), lo + 1);
      this.times = grown;
      this.slotColumns.splice(lo, 0, new Int32Array(this.capacity).fill(-1));
      this.valueColumns.splice(lo, 0, new Float64Array(this.capacity));
    }
    this.use(lo, t);
  }

  private use(index: number, t: number): void {
    this.lastIndex = index;
    this.lastTime = t;
    this.lastSlots = this.slotColumns[index]!;
    this.lastValues = this.valueColumns[index]!;
  }
}
