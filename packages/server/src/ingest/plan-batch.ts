/**
 * `planBatch`: the changes a checked batch makes — one per entity whose value differs from the
 * stored one (a repeat of a batch plans nothing), upserts first in `ingestKinds` order, then
 * deletes. Deleting an account also deletes its activity: its touchpoints, tasks, usage rows,
 * assignments, attribute history, tickets, assets, collection records and end users, and unlinks it from its contacts (a contact linked to
 * other accounts stays; one linked only to it stays with no accounts) — each as a change of its own,
 * before the account's, so the log alone replays to the same data.
 */
import { entityKeyOf, type Contact, type DataChange, type EntityKind, type EntityOf } from '@successkit/core';
import type { BatchItem } from './batch-items.ts';
import type { BatchView } from './batch-view.ts';

/** A change before its `seq` is known. */
type PlannedChange = Omit<DataChange, 'seq' | 'at' | 'actor'>;

/** What a batch changes. */
export interface BatchPlan {
  changes: PlannedChange[];
  /** Changes per kind. */
  applied: Partial<Record<EntityKind, number>>;
  /** Items that change nothing (values already stored, deletes of absent keys). */
  unchanged: number;
}

/** Deep equality of JSON values, key order ignored. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const cascadeKinds = ['touchpoints', 'tasks', 'usage', 'assignments', 'attributeHistory', 'tickets', 'assets', 'collections', 'endUsers'] as const;

/** The changes of a batch that `checkBatch` found no problem in. */
export function planBatch(view: BatchView, items: readonly BatchItem[]): BatchPlan {
  const changes: PlannedChange[] = [];
  const applied: Partial<Record<EntityKind, number>> = {};
  let unchanged = 0;
  const push = (change: PlannedChange) => {
    changes.push(change);
    applied[change.kind] = (applied[change.kind] ?? 0) + 1;
  };
  const done = new Set<string>();

  for (const item of items) {
    if (item.value === null) continue;
    const id = `${item.kind}\u0000${item.key}`;
    if (done.has(id)) continue;
    done.add(id);
    const value = view.upserts.get(item.kind)!.get(item.key)!.value as EntityOf[EntityKind];
    const old = view.tenant.get(item.kind, item.key) ?? null;
    if (old !== null && sameJson(old, value)) unchanged += 1;
    else push({ kind: item.kind, key: item.key, old, new: value });
  }

  const deleted = new Set<string>();
  const remove = (kind: EntityKind, key: string, old: unknown) => {
    const id = `${kind}\u0000${key}`;
    if (deleted.has(id)) return;
    deleted.add(id);
    push({ kind, key, old: old as EntityOf[EntityKind], new: null });
  };
  const index = view.tenant.model.index;
  // Deletes in the reverse order of upserts: activity before the accounts it belongs to.
  const deletes = items.filter((item) => item.value === null).reverse();
  deletes.sort((a, b) => kindRank(b.kind) - kindRank(a.kind));
  for (const item of deletes) {
    const old = view.tenant.get(item.kind, item.key);
    if (old === undefined || deleted.has(`${item.kind}\u0000${item.key}`)) {
      unchanged += 1;
      continue;
    }
    if (item.kind === 'accounts') {
      const lists = {
        touchpoints: index.touchpointsByAccount.get(item.key),
        tasks: index.tasksByAccount.get(item.key),
        usage: index.usageByAccount.get(item.key),
        assignments: index.assignmentsByAccount.get(item.key),
        attributeHistory: index.historyByAccount.get(item.key),
        tickets: index.ticketsByAccount.get(item.key),
        assets: index.assetsByAccount.get(item.key),
        collections: index.collectionsByAccount.get(item.key),
        endUsers: index.endUsersByAccount.get(item.key),
      };
      for (const kind of cascadeKinds) for (const row of lists[kind] ?? []) remove(kind, entityKeyOf(kind, row as never), row);
      for (const contact of index.contactsByAccount.get(item.key) ?? []) {
        if (view.deletes.get('contacts')?.has(contact.id) || deleted.has(`contacts\u0000${contact.id}`)) continue;
        const current = (changes.find((c) => c.kind === 'contacts' && c.key === contact.id)?.new as Contact | undefined) ?? contact;
        const next: Contact = { ...current, accountIds: current.accountIds.filter((id) => id !== item.key) };
        if (next.accountIds.length === current.accountIds.length) continue;
        push({ kind: 'contacts', key: contact.id, old: current, new: next });
      }
    }
    remove(item.kind, item.key, old);
  }
  return { changes, applied, unchanged };
}

const rank: Partial<Record<EntityKind, number>> = {
  accountTypes: 0, attributes: 1, healthProfiles: 2, teams: 3, users: 4, accounts: 5, contacts: 6, assignments: 7, touchpoints: 8, tasks: 9, usage: 10,
};
function kindRank(kind: EntityKind): number {
  return rank[kind] ?? 11;
}
