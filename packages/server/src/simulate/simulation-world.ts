/**
 * What the simulator knows of a tenant's data, so every change it sends names ids that exist:
 * the accounts (with their parents and attributes), who is assigned where, the open tasks, each
 * account's latest usage day, the flows and touchpoint types in use, and which accounts hold the
 * attributes it moves (ARR, NPS, renewal date…). Built once from the current dataset, then kept
 * up to date with each batch the server accepted (`applyBatch`).
 */
import {
  findAttributeByMeaning,
  InvalidStateError,
  type Account,
  type AttributeDefinition,
  type Dataset,
  type Task,
  type UsageRow,
} from '@successkit/core';

/** An ingest batch as the simulator sends it (`POST /v1/ingest` upserts). */
export interface SimulatedBatch {
  upserts: {
    accounts?: Account[];
    touchpoints?: Dataset['touchpoints'];
    tasks?: Task[];
    usage?: UsageRow[];
  };
}

/** The simulator's view of the tenant. */
export interface SimulationWorld {
  tenantId: string;
  accounts: Map<string, Account>;
  /** Account ids by account type. */
  accountsByType: Map<string, string[]>;
  /** Users who log work (practitioners and contributors), and the ones assigned to each account. */
  workers: string[];
  assigned: Map<string, string[]>;
  openTasks: Map<string, Task>;
  /** The latest usage row of each account that has usage. */
  lastUsage: Map<string, UsageRow>;
  /** Accounts with touchpoints (where work is logged), or every account when none has. */
  activeAccounts: string[];
  flows: string[];
  touchpointTypes: string[];
  /** Attributes the simulator moves, with the accounts holding a value of each. */
  movable: Array<{ definition: AttributeDefinition; holders: string[] }>;
}

/** The attributes worth moving: contract value, renewal date, NPS, utilization, open tickets. */
function movableAttributes(dataset: Dataset): AttributeDefinition[] {
  const byMeaning = ['contractValue', 'renewalDate', 'licenseUtilization']
    .map((meaning) => findAttributeByMeaning(dataset.attributes, meaning as never))
    .filter((a): a is AttributeDefinition => Boolean(a));
  const byKey = dataset.attributes.filter((a) => ['nps', 'supportTickets'].includes(a.key) && (a.type === 'number' || a.type === 'percent'));
  return [...new Map([...byMeaning, ...byKey].map((a) => [a.key, a])).values()].filter((a) => !a.pii && !a.restricted);
}

/** Builds the world from the tenant's current dataset. */
export function worldFromDataset(dataset: Dataset): SimulationWorld {
  const accounts = new Map(dataset.accounts.map((a) => [a.id, a]));
  const accountsByType = new Map<string, string[]>();
  for (const account of dataset.accounts) accountsByType.set(account.typeId, [...(accountsByType.get(account.typeId) ?? []), account.id]);
  const workers = dataset.users.filter((u) => u.seat !== 'viewer').map((u) => u.id);
  const assigned = new Map<string, string[]>();
  for (const a of dataset.assignments ?? []) if (workers.includes(a.userId)) assigned.set(a.accountId, [...(assigned.get(a.accountId) ?? []), a.userId]);
  const lastUsage = new Map<string, UsageRow>();
  for (const row of dataset.usage ?? []) {
    const known = lastUsage.get(row.accountId);
    if (!known || known.date < row.date) lastUsage.set(row.accountId, row);
  }
  const touchpoints = dataset.touchpoints ?? [];
  const active = [...new Set(touchpoints.map((t) => t.accountId))].filter((id) => accounts.has(id));
  const movable = movableAttributes(dataset).map((definition) => ({
    definition,
    holders: dataset.accounts.filter((a) => a.attributes[definition.key] !== null && a.attributes[definition.key] !== undefined).map((a) => a.id),
  }));
  const flows = [...new Set([...touchpoints.map((t) => t.flow), ...(dataset.tasks ?? []).map((t) => t.flow)])];
  return {
    tenantId: dataset.tenant.id,
    accounts,
    accountsByType,
    workers,
    assigned,
    openTasks: new Map((dataset.tasks ?? []).filter((t) => t.completedAt === null && accounts.has(t.accountId)).map((t) => [t.id, t])),
    lastUsage: new Map([...lastUsage].filter(([id]) => accounts.has(id))),
    activeAccounts: active.length > 0 ? active : [...accounts.keys()],
    flows: flows.length > 0 ? flows : ['adoption'],
    touchpointTypes: [...new Set(touchpoints.map((t) => t.type))].slice(0, 20).concat(touchpoints.length ? [] : ['call']),
    movable: movable.filter((m) => m.holders.length > 0),
  };
}

/** Records a batch the server accepted, so the next ones build on it. */
export function applyBatch(world: SimulationWorld, batch: SimulatedBatch): void {
  for (const account of batch.upserts.accounts ?? []) {
    const old = world.accounts.get(account.id);
    const merged: Account = old ? { ...old, ...account, attributes: { ...old.attributes, ...account.attributes } } : account;
    if (old && old.typeId !== merged.typeId) throw new InvalidStateError('the simulator never changes an account type');
    world.accounts.set(account.id, merged);
  }
  for (const task of batch.upserts.tasks ?? []) {
    if (task.completedAt === null) world.openTasks.set(task.id, task);
    else world.openTasks.delete(task.id);
  }
  for (const row of batch.upserts.usage ?? []) world.lastUsage.set(row.accountId, row);
}

/** Whether `ancestor` is `id` or above it in the world's tree. */
export function isAncestorOrSelf(world: SimulationWorld, ancestor: string, id: string): boolean {
  for (let current: string | null = id, steps = 0; current !== null && steps <= world.accounts.size; steps++) {
    if (current === ancestor) return true;
    current = world.accounts.get(current)?.parentId ?? null;
  }
  return false;
}
