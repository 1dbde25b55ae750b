/**
 * `DatasetIndex`: a parsed dataset with the lookups every computation needs, built once in O(n):
 * records by id, and activity grouped per account (touchpoints, tasks, usage sorted by date,
 * attribute history sorted by time). Computations take the index, never the raw arrays, so
 * nothing is scanned twice.
 */
import type {
  Account,
  AccountType,
  Asset,
  Assignment,
  AttributeChange,
  AttributeDefinition,
  CollectionRecord,
  Contact,
  Dataset,
  EndUser,
  HealthProfile,
  Task,
  Team,
  Ticket,
  Touchpoint,
  UsageRow,
  User,
} from './schema.ts';
import { IdTable } from './id-table.ts';

/** Lookups over a dataset. Treat as read-only. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly accountsById: ReadonlyMap<string, Account>;
  /**
   * The index of an account in `dataset.accounts` (its slot), `-1` for an unknown id: computations
   * that keep per-account numbers in typed arrays address them by slot.
   */
  accountSlot(accountId: string): number;
  readonly accountTypesById: ReadonlyMap<string, AccountType>;
  readonly attributesByKey: ReadonlyMap<string, AttributeDefinition>;
  readonly usersById: ReadonlyMap<string, User>;
  readonly teamsById: ReadonlyMap<string, Team>;
  /** Health profile per account type id. */
  readonly healthProfileByType: ReadonlyMap<string, HealthProfile>;
  /** Direct children ids per account id (accounts without children are absent). */
  readonly childrenById: ReadonlyMap<string, readonly string[]>;
  readonly contactsByAccount: ReadonlyMap<string, readonly Contact[]>;
  readonly assignmentsByAccount: ReadonlyMap<string, readonly Assignment[]>;
  readonly assignmentsByUser: ReadonlyMap<string, readonly Assignment[]>;
  readonly touchpointsByAccount: ReadonlyMap<string, readonly Touchpoint[]>;
  readonly tasksByAccount: ReadonlyMap<string, readonly Task[]>;
  /** Usage rows per account, sorted by date ascending. */
  readonly usageByAccount: ReadonlyMap<string, readonly UsageRow[]>;
  /** Attribute changes per account, sorted by time ascending. */
  readonly historyByAccount: ReadonlyMap<string, readonly AttributeChange[]>;
  /** Version 2: support tickets per account (dataset order). */
  readonly ticketsByAccount: ReadonlyMap<string, readonly Ticket[]>;
  /** Version 2: documents and links per account (dataset order). */
  readonly assetsByAccount: ReadonlyMap<string, readonly Asset[]>;
  /** Version 2: collection records per account (dataset order). */
  readonly collectionsByAccount: ReadonlyMap<string, readonly CollectionRecord[]>;
  /** Version 2: end users per account (dataset order). */
  readonly endUsersByAccount: ReadonlyMap<string, readonly EndUser[]>;
}

function group<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** Builds the lookups of a parsed dataset. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const childrenById = new Map<string, string[]>();
  for (const account of dataset.accounts) {
    if (account.parentId === null) continue;
    const list = childrenById.get(account.parentId);
    if (list) list.push(account.id);
    else childrenById.set(account.parentId, [account.id]);
  }
  const contactsByAccount = new Map<string, Contact[]>();
  for (const contact of dataset.contacts) {
    for (const accountId of contact.accountIds) {
      const list = contactsByAccount.get(accountId);
      if (list) list.push(contact);
      else contactsByAccount.set(accountId, [contact]);
    }
  }
  const usageByAccount = group(dataset.usage, (row) => row.accountId);
  for (const rows of usageByAccount.values()) rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const historyByAccount = group(dataset.attributeHistory, (row) => row.accountId);
  for (const rows of historyByAccount.values()) rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const accountSlots = new IdTable(dataset.accounts.length, (i) => dataset.accounts[i]!.id);
  return {
    dataset,
    accountsById: byId(dataset.accounts),
    accountSlot: (accountId) => accountSlots.indexOf(accountId),
    accountTypesById: byId(dataset.accountTypes),
    attributesByKey: new Map(dataset.attributes.map((a) => [a.key, a])),
    usersById: byId(dataset.users),
    teamsById: byId(dataset.teams),
    healthProfileByType: new Map(dataset.healthProfiles.map((p) => [p.accountTypeId, p])),
    childrenById,
    contactsByAccount,
    assignmentsByAccount: group(dataset.assignments, (a) => a.accountId),
    assignmentsByUser: group(dataset.assignments, (a) => a.userId),
    touchpointsByAccount: group(dataset.touchpoints, (t) => t.accountId),
    tasksByAccount: group(dataset.tasks, (t) => t.accountId),
    usageByAccount,
    historyByAccount,
    ticketsByAccount: group(dataset.tickets ?? [], (t) => t.accountId),
    assetsByAccount: group(dataset.assets ?? [], (a) => a.accountId),
    collectionsByAccount: group(dataset.collections ?? [], (c) => c.accountId),
    endUsersByAccount: group(dataset.endUsers ?? [], (u) => u.accountId),
  };
}
