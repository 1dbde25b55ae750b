/**
 * The attribute changes of an account (`GET /v1/accounts/:id/changes?from=&to=`): every row of
 * its attribute history with `from ≤ at ≤ to` (default: the 30 days up to `asOf`, the window
 * of "recent changes"), newest first, old → new, and who made it (version-2 `actor`). Changes of
 * restricted attributes only at the caller's working level; of attributes no longer defined, never.
 */
import type { AccountChanges, AttributeChangeEntry } from '../api/profile-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { ProfileQueryError } from './profile-query-error.ts';
import { dayMs } from './view-parts.ts';

/** Query of `buildAccountChanges`. */
export interface AccountChangesOptions {
  asOf: string;
  from?: string;
  to?: string;
  /** Only this attribute. */
  key?: string;
  /** Whether restricted attributes of this account may be shown. */
  includeRestricted: boolean;
}

/**
 * The changes view of one account.
 *
 * @throws {ProfileQueryError} when `from` is after `to`.
 * @example
 * ```ts
 * buildAccountChanges(model, 'acme', { asOf, from: '2026-01-01', includeRestricted: false }).changes[0]?.by?.name;
 * ```
 */
export function buildAccountChanges(model: DatasetModel, accountId: string, options: AccountChangesOptions): AccountChanges {
  const { index } = model;
  const to = Date.parse(options.to ?? options.asOf);
  const from = options.from === undefined ? to - 30 * dayMs : Date.parse(options.from);
  if (from > to) throw new ProfileQueryError('from', `from (${new Date(from).toISOString()}) is after to (${new Date(to).toISOString()})`);
  const changes: (AttributeChangeEntry & { t: number })[] = [];
  for (const row of index.historyByAccount.get(accountId) ?? []) {
    const t = Date.parse(row.at);
    if (t < from || t > to || (options.key !== undefined && row.key !== options.key)) continue;
    const def = index.attributesByKey.get(row.key);
    if (!def || (def.restricted && !options.includeRestricted)) continue;
    const by = row.actor ? { kind: row.actor.kind, id: row.actor.id, name: row.actor.kind === 'user' ? (index.usersById.get(row.actor.id)?.name ?? row.actor.id) : row.actor.id } : null;
    changes.push({ key: row.key, label: def.label, type: def.type, old: row.old, new: row.new, at: row.at, by, t });
  }
  changes.sort((a, b) => b.t - a.t || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    dataVersion: model.dataVersion,
    accountId,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    changes: changes.map(({ t: _t, ...change }) => change),
  };
}
