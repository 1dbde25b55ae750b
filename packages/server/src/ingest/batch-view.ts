/**
 * `BatchView`: the tenant's data as it would be after a batch — the current entities, with the
 * batch's upserts on top (an account upsert merged into the stored account) and its deletes
 * removed — without copying the tenant. The checker asks it whether a referenced entity exists
 * afterwards; the planner asks it for the new value of an upsert.
 */
import { entityKeyOf, type Account, type AccountUpsert, type EntityKind, type EntityOf } from '@successkit/core';
import type { LiveTenant } from '../records/live-tenant.ts';
import type { BatchItem } from './batch-items.ts';

/**
 * An account upsert merged into the stored account: fields given replace, fields left out
 * (`name`, `typeId`, `parentId`, `lifecycle`) keep the stored ones, and `attributes` merge key by
 * key (`null` clears one; a key the stored account does not have and the upsert clears is left
 * out). A new account is taken as given: `checkBatch` reports the fields it lacks.
 */
function mergeAccount(stored: Account | undefined, upsert: AccountUpsert): Account {
  if (!stored) return { ...upsert, attributes: upsert.attributes ?? {} } as Account;
  const attributes = { ...stored.attributes };
  for (const [key, value] of Object.entries(upsert.attributes ?? {})) {
    if (value === null && !(key in attributes)) continue;
    attributes[key] = value;
  }
  const merged: Account = {
    id: upsert.id,
    name: upsert.name ?? stored.name,
    typeId: upsert.typeId ?? stored.typeId,
    parentId: upsert.parentId === undefined ? stored.parentId : upsert.parentId,
    attributes,
  };
  const lifecycle = upsert.lifecycle ?? stored.lifecycle;
  if (lifecycle !== undefined) merged.lifecycle = lifecycle;
  return merged;
}

/** The data after a batch, read through. */
export class BatchView {
  readonly tenant: LiveTenant;
  /** Upserted values (accounts merged) by kind, then key. */
  readonly upserts = new Map<EntityKind, Map<string, BatchItem & { value: object }>>();
  /** Deleted keys by kind. */
  readonly deletes = new Map<EntityKind, Map<string, BatchItem>>();

  constructor(tenant: LiveTenant, items: readonly BatchItem[]) {
    this.tenant = tenant;
    for (const item of items) {
      const target = item.value === null ? this.deletes : this.upserts;
      let byKey = target.get(item.kind);
      if (!byKey) target.set(item.kind, (byKey = new Map()));
      if (byKey.has(item.key)) continue; // duplicates are reported by the checker
      const value = item.kind === 'accounts' && item.value ? mergeAccount(tenant.get('accounts', item.key), item.value as AccountUpsert) : item.value;
      byKey.set(item.key, { ...item, value } as BatchItem & { value: object });
    }
  }

  /** The entity after the batch, or `undefined` when it does not exist then. */
  after<K extends EntityKind>(kind: K, key: string): EntityOf[K] | undefined {
    const upsert = this.upserts.get(kind)?.get(key);
    if (upsert) return upsert.value as EntityOf[K];
    if (this.deletes.get(kind)?.has(key)) return undefined;
    return this.tenant.get(kind, key);
  }

  /** Whether the entity exists after the batch. */
  has(kind: EntityKind, key: string): boolean {
    return this.after(kind, key) !== undefined;
  }

  /** The upserted values of a kind (in batch order). */
  upserted<K extends EntityKind>(kind: K): Array<BatchItem & { value: EntityOf[K] }> {
    return [...(this.upserts.get(kind)?.values() ?? [])] as Array<BatchItem & { value: EntityOf[K] }>;
  }

  /** The deleted keys of a kind (in batch order). */
  deleted(kind: EntityKind): BatchItem[] {
    return [...(this.deletes.get(kind)?.values() ?? [])];
  }

  /** Every entity of a kind after the batch (a full pass: only for rare checks such as deleting a user). */
  *all<K extends EntityKind>(kind: K): Generator<EntityOf[K]> {
    const upserts = this.upserts.get(kind);
    const deletes = this.deletes.get(kind);
    for (const row of (this.tenant.model.dataset[kind] ?? []) as unknown as readonly EntityOf[K][]) {
      const key = entityKeyOf(kind, row);
      if (upserts?.has(key) || deletes?.has(key)) continue;
      yield row;
    }
    for (const item of upserts?.values() ?? []) yield item.value as EntityOf[K];
  }
}
