/**
 * Small pieces the profile views share: users and health as list rows, key info attributes
 * (restricted ones at the caller's working level only), times and days, and offset cursors.
 */
import type { AccountSearchItem, UserRef } from '../api/profile-api.ts';
import type { AttributeType } from '../dataset/schema.ts';
import { bandOf } from '../health/health-band.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { ProfileQueryError } from './profile-query-error.ts';

/** One day in ms. */
export const dayMs = 86_400_000;

/** `{ id, name }` of a user; the id stands in for the name of a user not in the data. */
export function userRef(model: Pick<DatasetModel, 'index'>, userId: string): UserRef {
  return { id: userId, name: model.index.usersById.get(userId)?.name ?? userId };
}

/** The account's overall health score and band at `t` (ms), `null` without a health profile. */
export function healthBrief(model: Pick<DatasetModel, 'health'>, accountId: string, t: number): AccountSearchItem['health'] {
  const profile = model.health.profileOf(accountId);
  if (!profile) return null;
  const score = model.health.scoreValueAt(accountId, t);
  return { score, band: bandOf(score, profile.bands) };
}

/** The key info attribute definitions, with whether each rolls up: work out once per request. */
export interface KeyInfo {
  readonly defs: readonly { key: string; label: string; type: AttributeType; restricted: boolean; rolls: boolean }[];
}

/** The model's key info definitions (see `keyAttributes`). */
export function keyInfoOf(model: Pick<DatasetModel, 'index' | 'rollups'>): KeyInfo {
  const rolled = new Set(model.rollups.rolledUpKeys);
  return {
    defs: model.index.dataset.attributes
      .filter((def) => def.category === 'keyInfo')
      .map((def) => ({ key: def.key, label: def.label, type: def.type, restricted: def.restricted ?? false, rolls: rolled.has(def.key) })),
  };
}

/** The key info attributes of an account, with own and rolled-up values. */
export function keyAttributes(model: Pick<DatasetModel, 'rollups'>, keyInfo: KeyInfo, accountId: string, seeRestricted: boolean): AccountSearchItem['keyAttributes'] {
  const out: AccountSearchItem['keyAttributes'] = [];
  for (const def of keyInfo.defs) {
    if (def.restricted && !seeRestricted) continue;
    const own = model.rollups.own(accountId, def.key);
    out.push(def.rolls
      ? { key: def.key, label: def.label, type: def.type, own, rolledUp: model.rollups.rolledUp(accountId, def.key), restricted: def.restricted }
      : { key: def.key, label: def.label, type: def.type, own, restricted: def.restricted });
  }
  return out;
}

const times = new Map<string, WeakMap<object, number>>();

/**
 * `Date.parse` of a record's time field (`touchpoint.at`, `task.completedAt`…), remembered per
 * record object and field: records are replaced, never changed, when data changes, so a
 * remembered time never goes stale. `null` or missing is `+Infinity` (never).
 */
export function timeOfRecord<T extends object>(record: T, field: keyof T & string): number {
  let byRecord = times.get(field);
  if (!byRecord) {
    byRecord = new WeakMap();
    times.set(field, byRecord);
  }
  let t = byRecord.get(record);
  if (t === undefined) {
    const value = record[field];
    t = typeof value === 'string' ? Date.parse(value) : Number.POSITIVE_INFINITY;
    byRecord.set(record, t);
  }
  return t;
}

/** A page of `items` from an offset cursor (`"0"`, `"20"`…), with the cursor of the next page. */
export function pageOf<T>(items: readonly T[], cursor: string | undefined, limit: number): { items: T[]; nextCursor: string | null } {
  const start = cursor === undefined ? 0 : Number(cursor);
  if (!Number.isSafeInteger(start) || start < 0 || (start > 0 && start >= items.length)) {
    throw new ProfileQueryError('cursor', `cursor ${JSON.stringify(cursor)} is past the end of the list (${items.length} items)`);
  }
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

/** Lower case without accents, for name matching (`"Zürich"` → `"zurich"`). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const folded = new WeakMap<{ name: string }, string>();

/** `foldText` of an account's name, remembered per account object (replaced, never changed, on a change). */
export function foldedName(account: { name: string }): string {
  let name = folded.get(account);
  if (name === undefined) {
    name = foldText(account.name);
    folded.set(account, name);
  }
  return name;
}

/** Compares ISO strings (or `null`, which sorts last) ascending. */
export function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
