/**
 * `LiveTenant`: one tenant's `DatasetModel` in this process plus lookups by entity key (a
 * touchpoint by id, a usage row by `(accountId, date)`) that the writer needs to diff a batch
 * against the current values. The lookups of a kind are built on the first write of that kind
 * and kept current with every change the tenant applies; every change reaches the model through
 * `apply`, which skips changes the model already has (a catch-up after a local write, or two
 * notices of the same commit).
 */
import { createDatasetModel, entitiesOf, entityKeyOf, type DataChange, type Dataset, type DatasetModel, type EntityKind, type EntityOf } from '@successkit/core';
import type { TenantData } from '../data/tenant-data.ts';

/** One tenant's live data in this process. */
export class LiveTenant implements TenantData {
  readonly tenantId: string;
  readonly model: DatasetModel;
  readonly loadedAt: string;
  readonly #tables = new Map<EntityKind, Map<string, unknown>>();

  constructor(dataset: Dataset, seq: number, loadedAt: Date) {
    this.tenantId = dataset.tenant.id;
    this.model = createDatasetModel(dataset, { dataVersion: seq });
    this.loadedAt = loadedAt.toISOString();
  }

  get dataVersion(): number {
    return this.model.dataVersion;
  }

  /** The current entity of `kind` with `key`, or `undefined`. */
  get<K extends EntityKind>(kind: K, key: string): EntityOf[K] | undefined {
    const index = this.model.index;
    switch (kind) {
      case 'accounts':
        return index.accountsById.get(key) as EntityOf[K] | undefined;
      case 'accountTypes':
        return index.accountTypesById.get(key) as EntityOf[K] | undefined;
      case 'attributes':
        return index.attributesByKey.get(key) as EntityOf[K] | undefined;
      case 'users':
        return index.usersById.get(key) as EntityOf[K] | undefined;
      case 'teams':
        return index.teamsById.get(key) as EntityOf[K] | undefined;
      default:
        return this.#table(kind).get(key) as EntityOf[K] | undefined;
    }
  }

  #table(kind: EntityKind): Map<string, unknown> {
    let table = this.#tables.get(kind);
    if (!table) {
      table = new Map();
      for (const row of entitiesOf(this.model.dataset, kind) ?? []) table.set(entityKeyOf(kind, row as never), row);
      this.#tables.set(kind, table);
    }
    return table;
  }

  /** Applies the changes this model has not seen yet (in `seq` order); returns how many it applied. */
  apply(changes: readonly DataChange[]): number {
    const fresh = changes.filter((change) => change.seq > this.model.dataVersion);
    if (fresh.length === 0) return 0;
    this.model.apply(fresh);
    for (const change of fresh) {
      const table = this.#tables.get(change.kind);
      if (!table) continue;
      if (change.new === null) table.delete(change.key);
      else table.set(change.key, change.new);
    }
    // Attribute history rows derived from account changes live in the model's dataset only.
    this.#tables.delete('attributeHistory');
    return fresh.length;
  }
}
