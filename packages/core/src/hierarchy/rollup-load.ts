/**
 * The generic load pass of a full rollup (the compiled one, rollup-load-compiled.ts, is used
 * where it can be): one walk over the accounts, in dataset order, reading every attribute object
 * once and handing each value to the columns that need it.
 *
 * Written for a million accounts: `for…in` over an attribute object reads its values through
 * V8's enum cache (no key array allocated per account), and the key → reader lookup is skipped
 * while accounts list their keys in the same order as the account before (objects parsed from
 * JSON usually do). Each column group is called from its own loop, so every call site sees one
 * class and is inlined.
 */
import type { Account } from '../dataset/schema.ts';
import type { AdditiveColumn } from './rollup-additive.ts';
import type { DistinctColumn } from './rollup-distinct.ts';
import type { ExtremeColumn } from './rollup-extreme.ts';

/**
 * The columns to fill, each with the attribute key(s) it reads. A key has at most one own
 * column (one rollup per attribute); it may also be the weight of weighted averages.
 */
export interface ColumnLoad {
  /** `sum`, `avg` and `count` columns and their key. */
  additive: { key: string; column: AdditiveColumn }[];
  /** `weightedAvg` columns, their key and their weight key. */
  weighted: { key: string; weightKey: string; column: AdditiveColumn }[];
  /** `min`, `max` and `latest` columns. */
  extreme: { key: string; column: ExtremeColumn }[];
  /** `countDistinct` columns. */
  distinct: { key: string; column: DistinctColumn }[];
}

/**
 * Reads every account's own values into the columns (`positionOfSlot` maps an index of
 * `accounts` to its pre-order position).
 */
export function loadColumns(accounts: readonly Account[], positionOfSlot: Int32Array, load: ColumnLoad): void {
  // Each distinct key read gets a cell: which own column reads it (its kind and index), and
  // whether a weighted average needs its number once the whole account has been read.
  const cellOf = new Map<string, number>();
  const kinds: number[] = [];
  const targets: number[] = [];
  const cell = (key: string): number => {
    let at = cellOf.get(key);
    if (at === undefined) {
      cellOf.set(key, (at = cellOf.size));
      kinds.push(noColumn);
      targets.push(0);
    }
    return at;
  };
  const claim = (key: string, kind: number, target: number) => {
    const at = cell(key);
    kinds[at] = kind;
    targets[at] = target;
  };
  load.additive.forEach(({ key, column }, i) => claim(key, column.fn === 'count' ? countKind : sumKind, i));
  load.extreme.forEach(({ key }, i) => claim(key, extremeKind, i));
  load.distinct.forEach(({ key }, i) => claim(key, distinctKind, i));
  const weighted = load.weighted.map(({ key, weightKey, column }) => ({ at: cell(key), weightAt: cell(weightKey), column }));
  const kindOf = Int32Array.from(kinds);
  const targetOf = Int32Array.from(targets);
  const keepOf = new Uint8Array(cellOf.size);
  for (const w of weighted) keepOf[w.at] = keepOf[w.weightAt] = 1;
  const kept = Int32Array.from([...keepOf.keys()].filter((at) => keepOf[at] === 1));
  const totals = load.additive.map((l) => l.column.total);
  const counts = load.additive.map((l) => l.column.count);
  const extreme = load.extreme.map((l) => l.column);
  const distinct = load.distinct.map((l) => l.column);
  // Finite numbers of the current account, per kept cell (NaN: missing), for weighted averages.
  const numeric = new Float64Array(cellOf.size);
  // The keys of the account before, by order, and their cells.
  const seenKeys = new Array<string>(64).fill('');
  const seenCells = new Array<number>(64).fill(-1);

  for (let slot = 0; slot < accounts.length; slot++) {
    const attributes = accounts[slot]!.attributes;
    const pos = positionOfSlot[slot]!;
    for (let i = 0; i < kept.length; i++) numeric[kept[i]!] = Number.NaN;
    let j = 0;
    for (const key in attributes) {
      if (j === seenKeys.length) {
        seenKeys.push('');
        seenCells.push(-1);
      }
      if (seenKeys[j] !== key) {
        seenKeys[j] = key;
        seenCells[j] = cellOf.get(key) ?? -1;
      }
      const at = seenCells[j++]!;
      if (at < 0) continue;
      const value = attributes[key];
      const target = targetOf[at]!;
      switch (kindOf[at]) {
        case sumKind:
          if (typeof value === 'number' && value - value === 0) {
            totals[target]![pos] = value;
            counts[target]![pos] = 1;
          }
          break;
        case countKind:
          if (value !== null && value !== undefined) counts[target]![pos] = 1;
          break;
        case extremeKind:
          extreme[target]!.loadValue(pos, value);
          break;
        case distinctKind:
          distinct[target]!.loadValue(pos, value);
          break;
      }
      if (keepOf[at] === 1 && typeof value === 'number' && value - value === 0) numeric[at] = value;
    }
    for (let i = 0; i < weighted.length; i++) {
      const w = weighted[i]!;
      w.column.loadWeighted(pos, numeric[w.at]!, numeric[w.weightAt]!);
    }
  }
}

const noColumn = 0;
const sumKind = 1; // sum and avg: total and count
const countKind = 2;
const extremeKind = 3;
const distinctKind = 4;
