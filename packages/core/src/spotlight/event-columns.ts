/**
 * Column helpers for the spotlight index: rows grouped by an owner in CSR layout
 * (`start[o]..start[o + 1]`), and sorting every group by time in place. Sorting packs
 * `(time − min) · length + position` into one float when it stays exact (below 2^53), so the
 * engine's native numeric sort does the work; otherwise it falls back to a comparator.
 */

/** Sorts each `start[o]..start[o + 1]` segment of `time` ascending, permuting `columns` alike. */
export function sortSegmentsByTime(start: Int32Array, time: Float64Array, columns: readonly (Int32Array | Float64Array)[]): void {
  let longest = 0;
  for (let o = 0; o + 1 < start.length; o++) longest = Math.max(longest, start[o + 1]! - start[o]!);
  const keys = new Float64Array(longest);
  const order = new Int32Array(longest);
  const scratch = new Float64Array(longest);
  for (let o = 0; o + 1 < start.length; o++) {
    const lo = start[o]!;
    const n = start[o + 1]! - lo;
    if (n < 2) continue;
    let min = Infinity;
    let max = -Infinity;
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const t = time[lo + i]!;
      if (i > 0 && t < time[lo + i - 1]!) sorted = false;
      if (t < min) min = t;
      if (t > max) max = t;
    }
    if (sorted) continue;
    const packable = Number.isInteger(min) && Number.isInteger(max) && (max - min + 1) * n < 2 ** 53;
    if (packable) {
      const k = keys.subarray(0, n);
      for (let i = 0; i < n; i++) k[i] = (time[lo + i]! - min) * n + i;
      k.sort();
      for (let i = 0; i < n; i++) order[i] = k[i]! % n;
    } else {
      const o2 = Array.from({ length: n }, (_, i) => i).sort((a, b) => time[lo + a]! - time[lo + b]!);
      for (let i = 0; i < n; i++) order[i] = o2[i]!;
    }
    for (const column of [time, ...columns]) {
      for (let i = 0; i < n; i++) scratch[i] = column[lo + order[i]!]!;
      for (let i = 0; i < n; i++) column[lo + i] = scratch[i]!;
    }
  }
}

/**
 * Regroups rows by owner (stable counting sort; rows whose owner is −1 are left out): the CSR
 * start array and, in that layout, the original row of each position.
 */
export function regroup(owners: number, owner: Int32Array): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(owners + 1);
  for (let i = 0; i < owner.length; i++) if (owner[i]! >= 0) start[owner[i]! + 1]!++;
  for (let o = 0; o < owners; o++) start[o + 1]! += start[o]!;
  const fill = start.slice(0, owners);
  const order = new Int32Array(start[owners]!);
  for (let i = 0; i < owner.length; i++) if (owner[i]! >= 0) order[fill[owner[i]!]!++] = i;
  return { start, order };
}

/** `values` reordered: position `k` gets `values[order[k]]` (plain loops: `TypedArray.from` with a map is slow). */
export function gather<T extends Int32Array | Float64Array>(values: T, order: Int32Array): T {
  const out = (values instanceof Float64Array ? new Float64Array(order.length) : new Int32Array(order.length)) as T;
  for (let k = 0; k < order.length; k++) out[k] = values[order[k]!]!;
  return out;
}
