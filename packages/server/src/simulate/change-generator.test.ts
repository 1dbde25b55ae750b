/**
 * The change generator on a synthetic tenant: every batch is a valid ingest body naming ids
 * that exist, moves keep the tree a tree (same parent type, never into the own subtree), the
 * mix covers every kind of change, and the same seed and clock give the same batches.
 */
import { ingestRequestSchema, type Dataset } from '@successkit/core';
import { generateDataset } from '@successkit/core/synthetic';
import { describe, expect, it } from 'vitest';
import { createChangeGenerator, movedValue, seededRandom } from './change-generator.ts';
import { applyBatch, isAncestorOrSelf, worldFromDataset, type SimulatedBatch } from './simulation-world.ts';

const asOf = '2026-03-02T12:00:00.000Z';
const dataset: Dataset = generateDataset({ seed: 5, accounts: 60, asOf });

function run(seed: number, batches: number): SimulatedBatch[] {
  const world = worldFromDataset(dataset);
  const generator = createChangeGenerator({ seed, runId: 'test' });
  const out: SimulatedBatch[] = [];
  for (let i = 0; i < batches; i++) {
    const batch = generator.next(world, new Date(Date.parse(asOf) + i * 60_000));
    out.push(batch);
    applyBatch(world, batch);
  }
  return out;
}

describe('createChangeGenerator', () => {
  it('sends valid batches of one to three changes, naming ids that exist', () => {
    const world = worldFromDataset(dataset);
    const generator = createChangeGenerator({ seed: 11, runId: 'r1' });
    const users = new Set(dataset.users.filter((u) => u.seat !== 'viewer').map((u) => u.id));
    const typeOf = new Map(dataset.accounts.map((a) => [a.id, a.typeId]));
    for (let i = 0; i < 300; i++) {
      const batch = generator.next(world, new Date(Date.parse(asOf) + i * 60_000));
      expect(ingestRequestSchema.safeParse(batch).success, JSON.stringify(batch)).toBe(true);
      const items = Object.values(batch.upserts).flat();
      expect(items.length).toBeGreaterThanOrEqual(1);
      expect(items.length).toBeLessThanOrEqual(3);
      for (const row of [...(batch.upserts.touchpoints ?? []), ...(batch.upserts.tasks ?? []), ...(batch.upserts.usage ?? [])]) {
        expect(world.accounts.has(row.accountId)).toBe(true);
        // New work is logged by someone who logs work; a completed task keeps its assignee.
        if ('userId' in row && row.id.startsWith('sim-')) expect(users.has(row.userId)).toBe(true);
        if ('userId' in row) expect(dataset.users.some((u) => u.id === row.userId)).toBe(true);
      }
      for (const account of batch.upserts.accounts ?? []) {
        const before = world.accounts.get(account.id)!;
        expect(account.typeId).toBe(before.typeId);
        if (account.parentId !== before.parentId) {
          expect(typeOf.get(account.parentId!)).toBe(typeOf.get(before.parentId!));
          expect(isAncestorOrSelf(world, account.id, account.parentId!)).toBe(false);
        }
      }
      applyBatch(world, batch);
    }
  });

  it('covers usage, touchpoints, completed and new tasks, attribute moves and a reparent', () => {
    const batches = run(3, 400);
    type Upserts = Required<SimulatedBatch['upserts']>;
    const all = <K extends keyof Upserts>(kind: K): Upserts[K][number][] => batches.flatMap((b) => (b.upserts[kind] ?? []) as Upserts[K][number][]);
    const originalParent = new Map(dataset.accounts.map((a) => [a.id, a.parentId]));
    expect(all('usage').length).toBeGreaterThan(50);
    expect(all('touchpoints').length).toBeGreaterThan(40);
    expect(all('tasks').filter((t) => t.completedAt !== null).length).toBeGreaterThan(10);
    expect(all('tasks').filter((t) => t.completedAt === null).length).toBeGreaterThan(3);
    const attributeMoves = all('accounts').filter((a) => Object.keys(a.attributes).length > 0);
    expect(new Set(attributeMoves.flatMap((a) => Object.keys(a.attributes)))).toEqual(new Set(['arr', 'renewalDate', 'licenseUtilization', 'nps', 'supportTickets']));
    expect(all('accounts').some((a) => Object.keys(a.attributes).length === 0 && a.parentId !== originalParent.get(a.id))).toBe(true);
    // Touchpoint and new task ids are new and never repeat (a new task may be completed later).
    const ids = [...all('touchpoints'), ...all('tasks').filter((t) => t.completedAt === null)].map((r) => r.id);
    expect(ids.every((id) => id.startsWith('sim-'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same batches for the same seed and clock, others for another seed', () => {
    expect(run(9, 50)).toEqual(run(9, 50));
    expect(run(10, 50)).not.toEqual(run(9, 50));
  });

  it('moves attribute values plausibly', () => {
    const random = seededRandom(1);
    const now = new Date(asOf);
    expect(movedValue('date', 'renewalDate', '2025-01-10', now, random)).toBe('2026-01-10');
    const later = movedValue('date', 'renewalDate', '2026-06-01', now, random) as string;
    expect(later > '2026-06-01' && later < '2026-08-15').toBe(true);
    for (let i = 0; i < 50; i++) {
      const nps = movedValue('number', 'nps', 98, now, random) as number;
      expect(nps).toBeGreaterThanOrEqual(90);
      expect(nps).toBeLessThanOrEqual(100);
      const arr = movedValue('currency', 'arr', 120_000, now, random) as number;
      expect(arr % 100).toBe(0);
      expect(arr).toBeGreaterThan(110_000);
      expect(arr).toBeLessThan(140_000);
      const pct = movedValue('percent', 'licenseUtilization', 1, now, random) as number;
      expect(pct).toBeGreaterThanOrEqual(0);
    }
    expect(movedValue('number', 'seats', null, now, random)).toBeNull();
  });
});
