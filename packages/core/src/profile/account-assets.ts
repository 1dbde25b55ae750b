/**
 * The documents and links of an account (`GET /v1/accounts/:id/assets`, version-2 `assets`),
 * newest first. URLs are http(s) only (the dataset refuses anything else); `addedBy` names the
 * user when it is a user id, else shows the text as given.
 */
import type { AccountAssets } from '../api/profile-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';

/**
 * The assets view of one account.
 *
 * @example
 * ```ts
 * buildAccountAssets(model, 'acme').assets.filter((a) => a.kind === 'document');
 * ```
 */
export function buildAccountAssets(model: DatasetModel, accountId: string): AccountAssets {
  const { index } = model;
  const assets = [...(index.assetsByAccount.get(accountId) ?? [])]
    .sort((a, b) => Date.parse(b.addedAt) - Date.parse(a.addedAt) || (a.id < b.id ? -1 : 1))
    .map((a) => ({
      id: a.id,
      name: a.name,
      url: a.url,
      kind: a.kind ?? 'link',
      addedBy: a.addedBy === undefined ? null : { id: a.addedBy, name: index.usersById.get(a.addedBy)?.name ?? a.addedBy },
      addedAt: a.addedAt,
    }));
  return { dataVersion: model.dataVersion, accountId, assets };
}
