/**
 * The account profile view (`GET /v1/accounts/:id`): the account's place in the hierarchy, its
 * attributes with own and rolled-up values, health now and over 52 weeks, lifecycle stages and
 * recent changes. The server's route only checks access and calls this.
 */
import type { AccountProfile } from '../api/account-view.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { computeHealthHistory } from '../health/health-history.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { lifecycleStages } from './lifecycle.ts';
import { recentChanges } from './recent-changes.ts';
import { AccountNotFoundError } from '../errors/account-not-found-error.ts';

/** What a profile view may show. */
export interface AccountViewOptions {
  /**
   * Whether attributes marked `restricted` are shown (and their recent changes): a flag, or per
   * account — the caller's working level (`restrictedAccess` in `working-level.ts`: accounts the
   * caller is assigned to, or every account for an admin).
   */
  includeRestricted: boolean | ((accountId: string) => boolean);
  /** Days of the recent-changes window (default 30). */
  recentDays?: number;
  /** Weeks of health history (default 52). */
  historyWeeks?: number;
}

/** Whether the options let restricted attributes of `accountId` be shown. */
export function restrictedVisible(options: Pick<AccountViewOptions, 'includeRestricted'>, accountId: string): boolean {
  return typeof options.includeRestricted === 'function' ? options.includeRestricted(accountId) : options.includeRestricted;
}

/** `{ id, name, typeId, typeName }` of an account. */
export function accountRef(index: DatasetIndex, id: string): AccountProfile['account']['path'][number] {
  const account = index.accountsById.get(id);
  if (!account) throw new AccountNotFoundError(id);
  return { id, name: account.name, typeId: account.typeId, typeName: index.accountTypesById.get(account.typeId)?.name ?? account.typeId };
}

/**
 * Builds the profile view of one account at `asOf` (ISO time).
 *
 * @throws {Error} for an unknown account id.
 * @example
 * ```ts
 * const profile = buildAccountProfile(model, 'acme', asOf, { includeRestricted: false });
 * profile.attributes.find((a) => a.key === 'arr')?.rolledUp;
 * ```
 */
export function buildAccountProfile(model: DatasetModel, accountId: string, asOf: string, options: AccountViewOptions): AccountProfile {
  const { index, hierarchy, rollups, health: engine } = model;
  const account = index.accountsById.get(accountId);
  if (!account) throw new AccountNotFoundError(accountId);
  const seeRestricted = restrictedVisible(options, accountId);
  const visible = index.dataset.attributes.filter((a) => seeRestricted || !a.restricted);
  const visibleKeys = new Set(visible.map((a) => a.key));
  return {
    account: {
      ...accountRef(index, accountId),
      parentId: account.parentId,
      depth: hierarchy.depth(accountId),
      childCount: hierarchy.children(accountId).length,
      path: hierarchy.pathToRoot(accountId).reverse().map((id) => accountRef(index, id)),
    },
    attributes: visible.map((def) => ({
      key: def.key,
      label: def.label,
      type: def.type,
      category: def.category,
      own: rollups.own(accountId, def.key),
      ...(def.rollup === undefined ? {} : { rolledUp: rollups.rolledUp(accountId, def.key) }),
      rollup: def.rollup ?? null,
      pii: def.pii ?? false,
      restricted: def.restricted ?? false,
      ...(def.editable ? { editable: true } : {}),
    })),
    health: {
      current: engine.scoreAt(accountId, Date.parse(asOf)),
      history: computeHealthHistory(model, accountId, asOf, options.historyWeeks ?? 52),
    },
    lifecycle: lifecycleStages(account),
    recentChanges: recentChanges(model, accountId, asOf, options.recentDays ?? 30).filter((c) => visibleKeys.has(c.key) || !index.attributesByKey.has(c.key)),
    asOf,
  };
}
