/**
 * The collections of an account (`GET /v1/accounts/:id/collections`, version-2 `collections`):
 * records grouped by collection (e.g. CRM `opportunities`), collections and records sorted by
 * name, with the field keys in first-seen order for table columns.
 */
import type { AccountCollection, AccountCollections } from '../api/profile-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);

/**
 * The collections view of one account.
 *
 * @example
 * ```ts
 * buildAccountCollections(model, 'acme').collections.find((c) => c.collection === 'opportunities')?.items;
 * ```
 */
export function buildAccountCollections(model: DatasetModel, accountId: string): AccountCollections {
  const groups = new Map<string, AccountCollection>();
  for (const record of [...(model.index.collectionsByAccount.get(accountId) ?? [])].sort(byName)) {
    let group = groups.get(record.collection);
    if (!group) {
      group = { collection: record.collection, fields: [], items: [] };
      groups.set(record.collection, group);
    }
    for (const key of Object.keys(record.fields)) if (!group.fields.includes(key)) group.fields.push(key);
    group.items.push({ id: record.id, name: record.name, fields: { ...record.fields } });
  }
  const collections = [...groups.values()].sort((a, b) => (a.collection < b.collection ? -1 : 1));
  return { dataVersion: model.dataVersion, accountId, collections };
}
