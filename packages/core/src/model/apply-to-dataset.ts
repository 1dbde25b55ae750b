/**
 * The reference meaning of a change sequence: `applyChangesToDataset(dataset, changes)` is the
 * dataset a store of record holds after those changes (a creation inserts, an update replaces
 * the record with the same key, a deletion removes it, and account changes append their
 * attribute history). It rebuilds each touched list, so it costs O(dataset): the incremental
 * `DatasetModel` must agree with a model built from its result, which the property tests check.
 */
import type { Dataset } from '../dataset/schema.ts';
import { attributeChangesOf } from './attribute-history.ts';
import { entityKeyOf, type DataChange, type EntityKind, type EntityOf } from './data-change.ts';

/**
 * A new dataset with the changes applied in order; the input is not modified. Cascades (the
 * activity of a deleted account) are changes of their own in the log, never implied here.
 */
export function applyChangesToDataset(dataset: Dataset, changes: readonly DataChange[]): Dataset {
  const lists = new Map<EntityKind, Map<string, unknown>>();
  const listOf = (kind: EntityKind): Map<string, unknown> => {
    let list = lists.get(kind);
    if (!list) {
      list = new Map(((dataset[kind] ?? []) as readonly EntityOf[typeof kind][]).map((row) => [entityKeyOf(kind, row), row]));
      lists.set(kind, list);
    }
    return list;
  };
  for (const change of changes) {
    const list = listOf(change.kind);
    if (change.new === null) list.delete(change.key);
    else list.set(change.key, change.new);
    for (const row of attributeChangesOf(change)) listOf('attributeHistory').set(entityKeyOf('attributeHistory', row), row);
  }
  const next = { ...dataset } as Record<EntityKind, unknown[]> & Dataset;
  for (const [kind, list] of lists) (next as unknown as Record<string, unknown[]>)[kind] = [...list.values()];
  return next;
}
