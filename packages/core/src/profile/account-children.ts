/**
 * The children view (`GET /v1/accounts/:id/children`): the subtree one level down, each child
 * with its own and rolled-up values of every rolled-up attribute the caller may see, and its
 * current health.
 */
import type { AccountChildren } from '../api/account-view.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { createHealthEngine } from '../health/health-engine.ts';
import type { Hierarchy } from '../hierarchy/hierarchy.ts';
import type { Rollups } from '../hierarchy/rollups.ts';
import { accountRef, type AccountViewOptions } from './account-profile.ts';

/**
 * Builds the children view of one account at `asOf` (ISO time).
 *
 * @throws {Error} for an unknown account id.
 * @example
 * ```ts
 * const view = buildAccountChildren(index, hierarchy, rollups, 'acme', asOf, { includeRestricted: false });
 * view.children.map((c) => [c.name, c.values.arr?.rolledUp]);
 * ```
 */
export function buildAccountChildren(
  index: DatasetIndex,
  hierarchy: Hierarchy,
  rollups: Rollups,
  accountId: string,
  asOf: string,
  options: AccountViewOptions,
): AccountChildren {
  if (!index.accountsById.has(accountId)) throw new Error(`unknown account "${accountId}"`);
  const keys = new Set(rollups.rolledUpKeys);
  const attributes = index.dataset.attributes
    .filter((a) => keys.has(a.key) && (options.includeRestricted || !a.restricted))
    .map((a) => ({ key: a.key, label: a.label, type: a.type }));
  const engine = createHealthEngine(index);
  const t = Date.parse(asOf);
  return {
    parentId: accountId,
    attributes,
    children: hierarchy.children(accountId).map((id) => {
      const health = engine.scoreAt(id, t);
      return {
        ...accountRef(index, id),
        childCount: hierarchy.children(id).length,
        values: Object.fromEntries(attributes.map((a) => [a.key, { own: rollups.own(id, a.key), rolledUp: rollups.rolledUp(id, a.key) }])),
        health: health ? { score: health.score, band: health.band } : null,
      };
    }),
  };
}
