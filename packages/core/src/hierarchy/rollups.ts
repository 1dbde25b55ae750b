/**
 * Rollups over the account hierarchy (DESIGN.md "Rollups"): for every attribute with a `rollup`,
 * each account's rolled-up value aggregates the own values of its whole subtree, itself
 * included. `null` and missing values are skipped; an empty subtree rolls up to `0` for `count`
 * and `countDistinct` and to `null` otherwise.
 *
 * Built once in O(n × keys) over typed arrays indexed by pre-order position; `setAttribute`
 * changes one own value and updates only that account's ancestors (see the column files for
 * how `min`/`max`/`latest` and `countDistinct` stay exact). Own values set through
 * `setAttribute` are kept here; the dataset itself is never mutated.
 *
 * Conventions where DESIGN.md is silent: `sum`, `avg` and `weightedAvg` read numbers only;
 * `min`, `max` and `latest` compare numbers and ISO dates (by time) and return the holder's own
 * value unchanged; `weightedAvg` is `null` when the weights of the contributing accounts sum to 0.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { AttributeValue, Rollup } from '../dataset/schema.ts';
import { AdditiveColumn } from './rollup-additive.ts';
import { DistinctColumn } from './rollup-distinct.ts';
import { ExtremeColumn } from './rollup-extreme.ts';
import { loadColumns, type ColumnLoad } from './rollup-load.ts';
import { compileLoader } from './rollup-load-compiled.ts';
import type { Hierarchy } from './hierarchy.ts';
import { TypedArena } from './typed-arena.ts';
import { InvalidStateError } from '../errors/invalid-state-error.ts';

/** Own and rolled-up attribute values of every account. */
export interface Rollups {
  /** Keys of the attributes that have a `rollup`, in definition order. */
  readonly rolledUpKeys: string[];
  /** The account's own value (`null` when missing). Throws for an unknown account. */
  own(accountId: string, key: string): AttributeValue;
  /** The value rolled up over the account's subtree; `null` for a key without a rollup. */
  rolledUp(accountId: string, key: string): AttributeValue;
  /**
   * Sets one account's own value and updates the rollups of its ancestors (and of weighted
   * averages that use `key` as their weight) without a full recompute.
   */
  setAttribute(accountId: string, key: string, value: AttributeValue): void;
}

type Column =
  | { kind: 'additive'; column: AdditiveColumn; weightKey: string | null }
  | { kind: 'extreme'; column: ExtremeColumn }
  | { kind: 'distinct'; column: DistinctColumn };

function columnBytes(rollup: Rollup, n: number): number {
  if (typeof rollup === 'object') return AdditiveColumn.bytes('weightedAvg', n);
  if (rollup === 'sum' || rollup === 'avg' || rollup === 'count') return AdditiveColumn.bytes(rollup, n);
  return rollup === 'countDistinct' ? DistinctColumn.bytes(n) : ExtremeColumn.bytes(n);
}

function makeColumn(rollup: Rollup, hierarchy: Hierarchy, arena: TypedArena): Column {
  if (typeof rollup === 'object') return { kind: 'additive', column: new AdditiveColumn('weightedAvg', hierarchy, arena), weightKey: rollup.weightKey };
  switch (rollup) {
    case 'sum':
    case 'avg':
    case 'count':
      return { kind: 'additive', column: new AdditiveColumn(rollup, hierarchy, arena), weightKey: null };
    case 'min':
      return { kind: 'extreme', column: new ExtremeColumn('min', hierarchy, arena) };
    case 'max':
    case 'latest':
      return { kind: 'extreme', column: new ExtremeColumn('max', hierarchy, arena) };
    case 'countDistinct':
      return { kind: 'distinct', column: new DistinctColumn(hierarchy, arena) };
  }
}

/**
 * Computes every rollup of a dataset.
 *
 * @example
 * ```ts
 * const index = indexDataset(parseDataset(json));
 * const rollups = createRollups(index, buildHierarchy(index));
 * rollups.rolledUp('acme', 'arr'); // Σ arr over Acme's subtree
 * rollups.setAttribute('acme-emea-crm', 'arr', 120_000); // ancestors follow
 * ```
 */
export function createRollups(index: DatasetIndex, hierarchy: Hierarchy): Rollups {
  const accounts = index.dataset.accounts;
  if (accounts.length !== hierarchy.size) throw new InvalidStateError('the hierarchy was built from another dataset');
  const { slotAt } = hierarchy;
  const overrides = new Map<string, Map<number, AttributeValue>>();
  const ownAt = (pos: number, key: string): AttributeValue => {
    const set = overrides.get(key);
    if (set?.has(pos)) return set.get(pos)!;
    return accounts[slotAt[pos]!]!.attributes[key] ?? null;
  };

  const columns = new Map<string, Column>();
  const rolledUpKeys: string[] = [];
  const defs = index.dataset.attributes.filter((d) => d.rollup !== undefined);
  // One arena sized for every column: a single external allocation (see typed-arena.ts).
  const n = hierarchy.size;
  const arena = new TypedArena(defs.reduce((bytes, def) => bytes + columnBytes(def.rollup!, n), 8));
  const load: ColumnLoad = { additive: [], weighted: [], extreme: [], distinct: [] };
  for (const def of defs) {
    if (columns.has(def.key)) continue;
    rolledUpKeys.push(def.key);
    const entry = makeColumn(def.rollup!, hierarchy, arena);
    columns.set(def.key, entry);
    if (entry.kind === 'additive' && entry.weightKey !== null) load.weighted.push({ key: def.key, weightKey: entry.weightKey, column: entry.column });
    else if (entry.kind === 'additive') load.additive.push({ key: def.key, column: entry.column });
    else if (entry.kind === 'extreme') load.extreme.push({ key: def.key, column: entry.column });
    else load.distinct.push({ key: def.key, column: entry.column });
  }
  const compiled = compileLoader(load);
  if (compiled) compiled(accounts, hierarchy.positionOfSlot);
  else loadColumns(accounts, hierarchy.positionOfSlot, load);
  for (const entry of columns.values()) entry.column.aggregate();
  // Weighted averages to update when their weight attribute changes.
  const weightedBy = new Map<string, string[]>();
  for (const [key, entry] of columns) {
    if (entry.kind !== 'additive' || entry.weightKey === null) continue;
    const list = weightedBy.get(entry.weightKey) ?? [];
    list.push(key);
    weightedBy.set(entry.weightKey, list);
  }

  return {
    rolledUpKeys,
    own: (accountId, key) => ownAt(hierarchy.positionOf(accountId), key),
    rolledUp(accountId, key) {
      const pos = hierarchy.positionOf(accountId);
      const entry = columns.get(key);
      if (!entry) return null;
      if (entry.kind === 'extreme') {
        const holder = entry.column.holderAt(pos);
        return holder < 0 ? null : ownAt(holder, key);
      }
      return entry.column.valueAt(pos);
    },
    setAttribute(accountId, key, value) {
      const pos = hierarchy.positionOf(accountId);
      const old = ownAt(pos, key);
      let set = overrides.get(key);
      if (!set) overrides.set(key, (set = new Map()));
      set.set(pos, value);
      const entry = columns.get(key);
      if (entry?.kind === 'additive' && entry.weightKey === key) {
        entry.column.update(pos, old, value, old, value); // weighted by itself
      } else if (entry?.kind === 'additive') {
        const weight = entry.weightKey === null ? null : ownAt(pos, entry.weightKey);
        entry.column.update(pos, old, value, weight, weight);
      } else if (entry) {
        entry.column.update(pos, value);
      }
      for (const weightedKey of weightedBy.get(key) ?? []) {
        const weighted = columns.get(weightedKey);
        if (weighted?.kind !== 'additive' || weightedKey === key) continue;
        const v = ownAt(pos, weightedKey);
        weighted.column.update(pos, v, v, old, value);
      }
    },
  };
}
