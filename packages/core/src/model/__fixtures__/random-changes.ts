/**
 * Random change sequences for the model's property tests: each change is drawn against the data
 * as it stands after the changes before it (attribute sets and clears, reparenting that never
 * makes a cycle, another account type, new accounts, deleted leaf accounts with their activity removed first as the
 * store's cascade does, touchpoints created, moved in time or deleted, tasks created, completed
 * and reopened, usage days written, assignments added and removed), with `seq` from 1 and
 * times a few days before `asOf`, so they fall in the recent-changes window.
 */
import type { Account, AttributeValue, Dataset, Task, Touchpoint, UsageRow } from '../../dataset/schema.ts';
import { createRandom, type Random } from '../../synthetic/prng.ts';
import { applyChangesToDataset } from '../apply-to-dataset.ts';
import { entityKeyOf, type DataChange, type EntityKind, type EntityOf } from '../data-change.ts';

const actor = { kind: 'service' as const, id: 'key-test' };
const dayMs = 86_400_000;

/** What a draw may produce (all by default). */
export type ChangeOp = 'attribute' | 'clear' | 'reparent' | 'retype' | 'newAccount' | 'deleteLeaf' | 'touchpoint' | 'task' | 'usage' | 'assignment';

const allOps: readonly ChangeOp[] = ['attribute', 'attribute', 'clear', 'reparent', 'retype', 'newAccount', 'deleteLeaf', 'touchpoint', 'touchpoint', 'task', 'usage', 'usage', 'assignment'];

function numericValue(random: Random, key: string): AttributeValue {
  if (key === 'renewalDate' || key === 'customerSince') return new Date(Date.UTC(2025, random.int(0, 23), random.int(1, 28))).toISOString().slice(0, 10);
  if (key === 'contractStatus') return random.pick(['active', 'cancelled', 'trial', 'churned']);
  if (key === 'industry') return random.pick(['Retail', 'Banking', 'Health']);
  if (key === 'hasExecutiveSponsor') return random.chance(0.5);
  if (key === 'escalationReason') return random.pick(['Outage', 'Billing']);
  return random.int(0, 200);
}

/** Draws `count` changes against `dataset`, returning them with the dataset they lead to. */
export function randomChanges(dataset: Dataset, seed: number, count: number, asOf: string, ops: readonly ChangeOp[] = allOps): { changes: DataChange[]; after: Dataset } {
  const random = createRandom(seed);
  let current = dataset;
  const changes: DataChange[] = [];
  const start = Date.parse(asOf) - 5 * dayMs;
  const keys = dataset.attributes.map((a) => a.key);
  let serial = 0;
  const push = <K extends EntityKind>(kind: K, old: EntityOf[K] | null, row: EntityOf[K] | null): void => {
    const seq = changes.length + 1;
    const change = { seq, at: new Date(start + seq * 60_000).toISOString(), actor, kind, key: entityKeyOf(kind, (row ?? old)!), old, new: row } as DataChange;
    changes.push(change);
    current = applyChangesToDataset(current, [change]);
  };
  const randomTime = (): string => new Date(Date.parse(asOf) - random.int(0, 40 * 24) * 3_600_000).toISOString();

  while (changes.length < count) {
    const accounts = current.accounts;
    const account = random.pick(accounts);
    const op = random.pick(ops);
    if (op === 'attribute' || op === 'clear') {
      const key = random.pick(keys);
      const attributes = { ...account.attributes };
      if (op === 'clear') delete attributes[key];
      else attributes[key] = numericValue(random, key);
      push('accounts', account, { ...account, attributes });
    } else if (op === 'reparent') {
      const below = new Set([account.id]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const a of accounts) if (a.parentId !== null && below.has(a.parentId) && !below.has(a.id)) grew = below.add(a.id) !== null;
      }
      const candidates = accounts.filter((a) => !below.has(a.id));
      const parentId = candidates.length === 0 || random.chance(0.2) ? null : random.pick(candidates).id;
      if (parentId !== account.parentId) push('accounts', account, { ...account, parentId });
    } else if (op === 'retype') {
      const typeId = random.pick(current.accountTypes).id;
      if (typeId !== account.typeId) push('accounts', account, { ...account, typeId });
    } else if (op === 'newAccount') {
      const id = `chg-acct-${seed}-${serial++}`;
      const row: Account = { id, name: `New ${id}`, typeId: account.typeId, parentId: random.chance(0.7) ? account.id : null, attributes: { arr: random.int(0, 500), seats: random.int(1, 50) } };
      push('accounts', null, row);
    } else if (op === 'deleteLeaf') {
      if (accounts.some((a) => a.parentId === account.id) || accounts.length < 3) continue;
      // The cascade, as the store writes it: the account's rows go first, each a change.
      for (const t of current.touchpoints.filter((x) => x.accountId === account.id)) push('touchpoints', t, null);
      for (const t of current.tasks.filter((x) => x.accountId === account.id)) push('tasks', t, null);
      for (const u of current.usage.filter((x) => x.accountId === account.id)) push('usage', u, null);
      for (const a of current.assignments.filter((x) => x.accountId === account.id)) push('assignments', a, null);
      for (const h of current.attributeHistory.filter((x) => x.accountId === account.id)) push('attributeHistory', h, null);
      for (const c of current.contacts.filter((x) => x.accountIds.includes(account.id))) {
        const rest = c.accountIds.filter((id) => id !== account.id);
        push('contacts', c, rest.length > 0 ? { ...c, accountIds: rest } : null);
      }
      push('accounts', current.accounts.find((a) => a.id === account.id)!, null);
    } else if (op === 'touchpoint') {
      const existing = current.touchpoints.filter((t) => t.accountId === account.id);
      const user = random.pick(current.users);
      if (existing.length > 0 && random.chance(0.4)) {
        const old = random.pick(existing);
        if (random.chance(0.5)) push('touchpoints', old, null);
        else push('touchpoints', old, { ...old, at: randomTime(), flow: random.pick(['onboarding', 'adoption', 'renewal']), userId: user.id });
      } else {
        const row: Touchpoint = { id: `chg-tp-${seed}-${serial++}`, accountId: account.id, userId: user.id, flow: random.pick(['onboarding', 'adoption', 'renewal']), type: 'call', at: randomTime() };
        push('touchpoints', null, row);
      }
    } else if (op === 'task') {
      const existing = current.tasks.filter((t) => t.accountId === account.id);
      if (existing.length > 0 && random.chance(0.6)) {
        const old = random.pick(existing);
        push('tasks', old, { ...old, completedAt: old.completedAt === null ? randomTime() : null });
      } else {
        const row: Task = { id: `chg-task-${seed}-${serial++}`, accountId: account.id, userId: random.pick(current.users).id, flow: 'renewal', title: 'Follow up', dueAt: randomTime(), completedAt: random.chance(0.5) ? randomTime() : null };
        push('tasks', null, row);
      }
    } else if (op === 'usage') {
      const date = new Date(Date.parse(asOf) - random.int(-1, 45) * dayMs).toISOString().slice(0, 10);
      const old = current.usage.find((u) => u.accountId === account.id && u.date === date) ?? null;
      const row: UsageRow = { accountId: account.id, date, activeUsers: random.int(0, 60), events: random.int(0, 500) };
      if (old && random.chance(0.2)) push('usage', old, null);
      else push('usage', old, row);
    } else {
      const role = random.pick(['CSM', 'AE', 'Onboarding']);
      const userId = random.pick(current.users).id;
      const old = current.assignments.find((a) => a.accountId === account.id && a.userId === userId && a.role === role) ?? null;
      if (old) push('assignments', old, null);
      else push('assignments', null, { accountId: account.id, userId, role });
    }
  }
  return { changes: changes.slice(0, count), after: applyChangesToDataset(dataset, changes.slice(0, count)) };
}
