/**
 * Keeping a `DatasetIndex`'s per-account lookups current after a change of one record, in time
 * proportional to that account's rows: the record leaves the list of its old account and joins
 * the list of its new one (usage kept sorted by date, attribute history by time, a new record
 * after those with the same time, as a stable sort of the appended list would place it).
 * Accounts left without rows are removed from the lookup, as `indexDataset` leaves them out.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { Asset, Assignment, AttributeChange, CollectionRecord, Contact, EndUser, Task, Ticket, Touchpoint, UsageRow } from '../dataset/schema.ts';
import { listKey } from './model-lists.ts';
import type { EntityKind } from './data-change.ts';
import { InvalidArgumentError } from '../errors/invalid-argument-error.ts';

type Lookup<T> = Map<string, T[]>;

function remove<T>(lookup: Lookup<T>, owner: string, kind: EntityKind, key: string): number {
  const list = lookup.get(owner);
  if (!list) return -1;
  const at = list.findIndex((row) => listKey(kind, row) === key);
  if (at < 0) return -1;
  list.splice(at, 1);
  if (list.length === 0) lookup.delete(owner);
  return at;
}

function insert<T>(lookup: Lookup<T>, owner: string, row: T, at: (list: T[]) => number): void {
  const list = lookup.get(owner);
  if (!list) lookup.set(owner, [row]);
  else list.splice(at(list), 0, row);
}

/** The first position whose `rank` is above `value` (after equal ones). */
function after<T>(list: readonly T[], value: number | string, rank: (row: T) => number | string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank(list[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Moves one record of an owner-grouped lookup from its old owner to its new one. An update that
 * keeps the owner keeps the record's place; a record joining an owner goes to the end (or to its
 * sorted place for sorted lookups).
 */
function move<T>(lookup: Lookup<T>, kind: EntityKind, ownerOf: (row: T) => string, old: T | null, row: T | null, sortedAt?: (list: T[], row: T) => number): void {
  const key = listKey(kind, (row ?? old)!);
  let at = -1;
  if (old) at = remove(lookup, ownerOf(old), kind, key);
  if (!row) return;
  // Same owner: the same place (a sorted lookup's rank is part of the key, so it is unchanged).
  if (old && ownerOf(old) === ownerOf(row) && at >= 0) insert(lookup, ownerOf(row), row, () => at);
  else insert(lookup, ownerOf(row), row, (l) => (sortedAt ? sortedAt(l, row) : l.length));
}

const byAccount = (row: { accountId: string }): string => row.accountId;

/** Applies the change of one touchpoint, task, usage row, assignment or history row to the lookups. */
export function updateIndexRows(index: DatasetIndex, kind: EntityKind, old: unknown, row: unknown): void {
  switch (kind) {
    case 'touchpoints':
      move(index.touchpointsByAccount as Lookup<Touchpoint>, kind, byAccount, old as Touchpoint | null, row as Touchpoint | null);
      return;
    case 'tasks':
      move(index.tasksByAccount as Lookup<Task>, kind, byAccount, old as Task | null, row as Task | null);
      return;
    case 'usage':
      move(index.usageByAccount as Lookup<UsageRow>, kind, byAccount, old as UsageRow | null, row as UsageRow | null, (list, r) =>
        after(list, r.date, (x) => x.date),
      );
      return;
    case 'attributeHistory':
      move(index.historyByAccount as Lookup<AttributeChange>, kind, byAccount, old as AttributeChange | null, row as AttributeChange | null, (list, r) =>
        after(list, Date.parse(r.at), (x) => Date.parse(x.at)),
      );
      return;
    case 'assignments':
      move(index.assignmentsByAccount as Lookup<Assignment>, kind, byAccount, old as Assignment | null, row as Assignment | null);
      move(index.assignmentsByUser as Lookup<Assignment>, kind, (a) => a.userId, old as Assignment | null, row as Assignment | null);
      return;
    case 'contacts': {
      const lookup = index.contactsByAccount as Lookup<Contact>;
      const before = old as Contact | null;
      const after_ = row as Contact | null;
      for (const accountId of before?.accountIds ?? []) remove(lookup, accountId, kind, before!.id);
      // A contact joins each of its accounts' lists at the end (dataset order for a new contact).
      for (const accountId of after_?.accountIds ?? []) insert(lookup, accountId, after_!, (l) => l.length);
      return;
    }
    case 'tickets':
      move(index.ticketsByAccount as Lookup<Ticket>, kind, byAccount, old as Ticket | null, row as Ticket | null);
      return;
    case 'assets':
      move(index.assetsByAccount as Lookup<Asset>, kind, byAccount, old as Asset | null, row as Asset | null);
      return;
    case 'collections':
      move(index.collectionsByAccount as Lookup<CollectionRecord>, kind, byAccount, old as CollectionRecord | null, row as CollectionRecord | null);
      return;
    case 'endUsers':
      move(index.endUsersByAccount as Lookup<EndUser>, kind, byAccount, old as EndUser | null, row as EndUser | null);
      return;
    default:
      throw new InvalidArgumentError('kind', `updateIndexRows: ${kind} is not a per-account kind`);
  }
}
