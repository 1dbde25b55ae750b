/**
 * The children view (`GET /v1/accounts/:id/children`): the subtree one level down, each child
 * with its own and rolled-up values of every rolled-up attribute the caller may see, and its
 * current health.
 */
import type { AccountChildren } from '../api/account-view.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { accountRef, restrictedVisible, type AccountViewOptions } from './account-profile.ts';
import { AccountNotFoundError } from '../errors/account-not-found-error.ts';

/**
 * Builds the children view of one account at `asOf` (ISO time).
 *
 * @throws {Error} for an unknown account id.
 * @example
 * ```ts
 * const view = buildAccountChildren(model, 'acme', asOf, { includeRestricted: false });
 * view.children.map((c) => [c.name, c.values.arr?.rolledUp]);
 * ```
 */
export function buildAccountChildren(model: DatasetModel, accountId: string, asOf: string, options: AccountViewOptions): AccountChildren {
  const { index, hierarchy, rollups, health: engine } = model;
  if (!index.accountsById.has(accountId)) throw new AccountNotFoundError(accountId);
  const keys = new Set(rollups.rolledUpKeys);
  const childIds = hierarchy.children(accountId);
  // Restricted values show on the rows of accounts at the caller's working level only.
  const seeRestricted = new Set(childIds.filter((id) => restrictedVisible(options, id)));
  const defs = index.dataset.attributes.filter((a) => keys.has(a.key) && (!a.restricted || seeRestricted.size > 0));
  const attributes = defs.map((a) => ({ key: a.key, label: a.label, type: a.type }));
  const t = Date.parse(asOf);
  return {
    parentId: accountId,
    attributes,
    children: childIds.map((id) => {
      const health = engine.scoreAt(id, t);
      return {
        ...accountRef(index, id),
        childCount: hierarchy.children(id).length,
        values: Object.fromEntries(
          defs.filter((a) => !a.restricted || seeRestricted.has(id)).map((a) => [a.key, { own: rollups.own(id, a.key), rolledUp: rollups.rolledUp(id, a.key) }]),
        ),
        health: health ? { score: health.score, band: health.band } : null,
      };
    }),
  };
}
