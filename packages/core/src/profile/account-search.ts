/**
 * Account search by name (`GET /v1/accounts?q=&type=&limit=&cursor=`): case- and
 * accent-insensitive, best match first — the whole name, then a name that starts with `q`, then
 * a word that starts with it, then anywhere — and by name within a rank. Each item carries its
 * breadcrumb, health and key info attributes (restricted ones at the caller's working level).
 */
import type { AccountSearch, AccountSearchItem } from '../api/profile-api.ts';
import type { Account } from '../dataset/schema.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { accountRef } from './account-profile.ts';
import { ProfileQueryError } from './profile-query-error.ts';
import { foldedName, foldText, healthBrief, keyAttributes, keyInfoOf, pageOf } from './view-parts.ts';

/** Query of `searchAccounts`. */
export interface AccountSearchOptions {
  /** Name contains (empty or absent: every account, by name). */
  q?: string;
  /** An account type id. */
  type?: string;
  /** Page size (default 20). */
  limit?: number;
  cursor?: string;
  /** ISO time the health is computed for. */
  asOf: string;
  /** Whether restricted attributes of an account may be shown (the working level). */
  canSeeRestricted: (accountId: string) => boolean;
}

/** 0 whole name, 1 prefix, 2 word prefix, 3 anywhere, -1 no match. */
function rankOf(name: string, q: string): number {
  if (q === '') return 3;
  const at = name.indexOf(q);
  if (at < 0) return -1;
  if (at === 0) return name.length === q.length ? 0 : 1;
  for (let i = at; i >= 0; i = name.indexOf(q, i + 1)) if (!/[\p{L}\p{N}]/u.test(name[i - 1]!)) return 2;
  return 3;
}

/**
 * Finds accounts by name.
 *
 * @throws {ProfileQueryError} for an unknown `type` or a cursor past the end.
 * @example
 * ```ts
 * const page = searchAccounts(model, { q: 'acme', asOf, canSeeRestricted: restrictedAccess(model, viewer) });
 * page.items[0]?.ancestors.map((a) => a.name).join(' › ');
 * ```
 */
export function searchAccounts(model: DatasetModel, options: AccountSearchOptions): AccountSearch {
  const { index, hierarchy } = model;
  const q = foldText((options.q ?? '').trim());
  const type = options.type ?? null;
  if (type !== null && !index.accountTypesById.has(type)) throw new ProfileQueryError('type', `unknown account type "${type}"`);
  const matches: { account: Account; rank: number; name: string }[] = [];
  for (const account of index.accountsById.values()) {
    if (type !== null && account.typeId !== type) continue;
    const name = foldedName(account);
    const rank = rankOf(name, q);
    if (rank >= 0) matches.push({ account, rank, name });
  }
  matches.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.account.id < b.account.id ? -1 : 1));
  const page = pageOf(matches, options.cursor, options.limit ?? 20);
  const t = Date.parse(options.asOf);
  const keyInfo = keyInfoOf(model);
  const items = page.items.map(({ account }): AccountSearchItem => ({
    ...accountRef(index, account.id),
    parentId: account.parentId,
    ancestors: hierarchy.pathToRoot(account.id).slice(1).reverse().map((id) => accountRef(index, id)),
    childCount: hierarchy.children(account.id).length,
    health: healthBrief(model, account.id, t),
    keyAttributes: keyAttributes(model, keyInfo, account.id, options.canSeeRestricted(account.id)),
  }));
  return { dataVersion: model.dataVersion, q: options.q ?? '', type, total: matches.length, items, nextCursor: page.nextCursor };
}
