/**
 * The simulator's change generator: pure and seeded, so the same seed, world and clock give the
 * same batches. Each batch holds one to three changes a customer-success team would see during
 * a day — today's usage of an account growing or a new usage day, a touchpoint logged by
 * someone assigned to the account, a task completed (or a follow-up task added), an attribute
 * moving (ARR, NPS, license utilization, open tickets, a renewal date pushed out) and, rarely,
 * an account moving to another parent of the same type (never into its own subtree). Every id
 * it names comes from the world; it never changes the same entity twice in one batch.
 */
import type { Account, AttributeValue, Task, Touchpoint, UsageRow } from '@successkit/core';
import { isAncestorOrSelf, type SimulatedBatch, type SimulationWorld } from './simulation-world.ts';

/** A seeded uniform source in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The change generator of one run. */
export interface ChangeGenerator {
  /** The next batch at `now`, built on the world as it is (apply accepted batches to it). */
  next(world: SimulationWorld, now: Date): SimulatedBatch;
}

type Kind = 'usage' | 'touchpoint' | 'completeTask' | 'addTask' | 'attribute' | 'reparent';
const weights: Record<Kind, number> = { usage: 34, touchpoint: 28, completeTask: 14, addTask: 6, attribute: 16, reparent: 2 };

/**
 * Creates a generator; `runId` keeps the ids of new touchpoints and tasks apart from other runs.
 *
 * @example
 * ```ts
 * const generator = createChangeGenerator({ seed: 7, runId: 'lq2x' });
 * const batch = generator.next(world, new Date()); // { upserts: { usage: [...], touchpoints: [...] } }
 * ```
 */
export function createChangeGenerator(options: { seed: number; runId: string }): ChangeGenerator {
  const random = seededRandom(options.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let counter = 0;
  const newId = (prefix: string) => `sim-${prefix}-${options.runId}-${++counter}`;

  const choose = (): Kind => {
    let r = random() * Object.values(weights).reduce((a, b) => a + b, 0);
    for (const [kind, weight] of Object.entries(weights) as Array<[Kind, number]>) if ((r -= weight) < 0) return kind;
    return 'usage';
  };

  const workerFor = (world: SimulationWorld, accountId: string) => pick(world.assigned.get(accountId) ?? world.workers);

  const usage = (world: SimulationWorld, now: Date): UsageRow | null => {
    if (world.lastUsage.size === 0) return null;
    const accountId = pick([...world.lastUsage.keys()]);
    const last = world.lastUsage.get(accountId)!;
    const today = now.toISOString().slice(0, 10);
    if (last.date === today) {
      // Later in the same day: a few more people signed in, more events.
      const activeUsers = last.activeUsers + int(0, 2);
      return { ...last, activeUsers, events: (last.events ?? activeUsers * 8) + int(5, 40) };
    }
    const activeUsers = Math.max(0, Math.round(last.activeUsers * (0.85 + random() * 0.35)));
    const modules = last.modules ? Object.fromEntries(Object.keys(last.modules).map((m) => [m, int(0, activeUsers * 6)])) : undefined;
    return { accountId, date: today, activeUsers, events: activeUsers * int(4, 18), ...(modules ? { modules } : {}) };
  };

  const touchpoint = (world: SimulationWorld, now: Date): Touchpoint | null => {
    if (world.workers.length === 0) return null;
    const accountId = pick(world.activeAccounts);
    const flow = pick(world.flows);
    const type = pick(world.touchpointTypes);
    const sentiment = pick(['positive', 'positive', 'neutral', 'neutral', 'neutral', 'negative'] as const);
    return { id: newId('tp'), accountId, userId: workerFor(world, accountId), flow, type, at: now.toISOString(), subject: `${flow} ${type}`, sentiment };
  };

  const completeTask = (world: SimulationWorld, now: Date): Task | null => {
    if (world.openTasks.size === 0) return null;
    return { ...pick([...world.openTasks.values()]), completedAt: now.toISOString() };
  };

  const addTask = (world: SimulationWorld, now: Date): Task | null => {
    if (world.workers.length === 0) return null;
    const accountId = pick(world.activeAccounts);
    const flow = pick(world.flows);
    const dueAt = new Date(now.getTime() + int(2, 21) * 86_400_000).toISOString();
    return { id: newId('task'), accountId, userId: workerFor(world, accountId), flow, title: `Follow up: ${flow}`, dueAt, completedAt: null };
  };

  const attribute = (world: SimulationWorld, now: Date): Account | null => {
    if (world.movable.length === 0) return null;
    const { definition, holders } = pick(world.movable);
    const account = world.accounts.get(pick(holders));
    if (!account) return null;
    const value = movedValue(definition.type, definition.key, account.attributes[definition.key] ?? null, now, random);
    if (value === null) return null;
    return { ...account, attributes: { [definition.key]: value } };
  };

  const reparent = (world: SimulationWorld): Account | null => {
    const movable = [...world.accounts.values()].filter((a) => a.parentId !== null);
    if (movable.length === 0) return null;
    const account = pick(movable);
    const parentType = world.accounts.get(account.parentId!)?.typeId;
    const candidates = (world.accountsByType.get(parentType ?? '') ?? []).filter(
      (id) => id !== account.parentId && world.accounts.has(id) && !isAncestorOrSelf(world, account.id, id),
    );
    if (candidates.length === 0) return null;
    return { ...account, parentId: pick(candidates), attributes: {} };
  };

  return {
    next(world, now) {
      const batch: SimulatedBatch = { upserts: {} };
      const used = new Set<string>();
      const add = <K extends keyof SimulatedBatch['upserts']>(list: K, key: string, item: NonNullable<SimulatedBatch['upserts'][K]>[number] | null) => {
        if (!item || used.has(`${list}:${key}`)) return false;
        used.add(`${list}:${key}`);
        ((batch.upserts[list] ??= []) as unknown[]).push(item);
        return true;
      };
      const size = int(1, 3);
      for (let tries = 0; used.size < size && tries < 12; tries++) {
        const kind = choose();
        if (kind === 'usage') {
          const row = usage(world, now);
          add('usage', row ? `${row.accountId}|${row.date}` : '', row);
        } else if (kind === 'touchpoint') {
          const item = touchpoint(world, now);
          add('touchpoints', item?.id ?? '', item);
        } else if (kind === 'completeTask' || kind === 'addTask') {
          const item = kind === 'completeTask' ? completeTask(world, now) : addTask(world, now);
          add('tasks', item?.id ?? '', item);
        } else {
          const item = kind === 'attribute' ? attribute(world, now) : reparent(world);
          add('accounts', item?.id ?? '', item);
        }
      }
      return batch;
    },
  };
}

/** A plausible next value of an attribute, or `null` to leave it. */
export function movedValue(type: string, key: string, old: AttributeValue, now: Date, random: () => number): AttributeValue {
  if (type === 'date') {
    // A renewal pushed out: a few weeks later, or a year on when it has passed.
    const base = typeof old === 'string' && !Number.isNaN(Date.parse(old)) ? Date.parse(old) : now.getTime();
    const next = base < now.getTime() ? base + 365 * 86_400_000 : base + Math.round(7 + random() * 60) * 86_400_000;
    return new Date(next).toISOString().slice(0, 10);
  }
  if (typeof old !== 'number') return null;
  if (key === 'nps') return Math.max(-100, Math.min(100, Math.round(old + (random() - 0.5) * 16)));
  if (type === 'percent') return Math.max(0, Math.min(100, Math.round((old + (random() - 0.5) * 8) * 10) / 10));
  if (type === 'currency') return Math.max(0, Math.round((old * (0.95 + random() * 0.12)) / 100) * 100);
  return Math.max(0, Math.round(old + (random() - 0.5) * Math.max(2, Math.abs(old) * 0.2)));
}
