/**
 * `dataChangedSince` on a real SQLite change log: which changes count for an account (its own,
 * its subtree's, a move in or out of it; not a sibling's, not tenant-wide ones), the window
 * catching up, summaries older than the window answered from the log (and the answer staying
 * right as the window slides; a long log counted in the background while answers go out at
 * once), and summaries without a `seq`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityKeyOf, type Account, type DataChange, type EntityWrite, type RecordStore, type Touchpoint } from '@successkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDataset } from '../__fixtures__/test-datasets.ts';
import type { TenantData } from '../data/tenant-data.ts';
import { tenantDataFromDataset } from '../data/tenant-data-from-dataset.ts';
import { createSqliteRecordStore } from '../records/sqlite-record-store.ts';
import { createDataChangedSince, type ChangeSource } from './data-changed-since.ts';

const actor = { kind: 'service', id: 'key-1' } as const;

/** A tenant whose model and SQLite change log move together, as the writer keeps them. */
async function liveTenant(store: RecordStore): Promise<{ tenant: TenantData; write(build: (seq: number) => Array<Omit<DataChange, 'seq' | 'actor'>>): Promise<number> }> {
  const tenant = tenantDataFromDataset(testDataset('alpha'));
  return {
    tenant,
    async write(build) {
      return store.transaction('alpha', async (tx) => {
        const first = (await tx.latestSeq()) + 1;
        const changes = build(first).map((c, i) => ({ ...c, seq: first + i, actor }) as DataChange);
        const writes = changes.map((c) => ({ kind: c.kind, key: c.key, value: c.new }) as EntityWrite);
        await tx.commit(writes, changes);
        tenant.model.apply(changes);
        return changes.at(-1)!.seq;
      });
    },
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 12, minute)).toISOString();

function touchpoint(id: string, accountId: string, minute: number): Omit<DataChange, 'seq' | 'actor'> {
  const value: Touchpoint = { id, accountId, userId: 'u-csm', flow: 'Adoption', type: 'call', at: at(minute) };
  return { at: at(minute), kind: 'touchpoints', key: id, old: null, new: value };
}

function accountChange(tenant: TenantData, id: string, patch: Partial<Account>, minute: number): Omit<DataChange, 'seq' | 'actor'> {
  const old = tenant.model.index.accountsById.get(id)!;
  const next = { ...old, ...patch, attributes: { ...old.attributes, ...patch.attributes } };
  return { at: at(minute), kind: 'accounts', key: entityKeyOf('accounts', next), old, new: next };
}

describe('dataChangedSince', () => {
  let dir: string;
  let store: RecordStore;
  let reads: number;
  let source: ChangeSource;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sk-changed-'));
    store = createSqliteRecordStore(join(dir, 'records.db'));
    await store.migrate();
    reads = 0;
    source = (tenantId, after, limit) => {
      reads += 1;
      return store.changesAfter(tenantId, after, limit);
    };
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts changes of the account and its subtree after the seq, not of siblings or the tenant', async () => {
    const { tenant, write } = await liveTenant(store);
    const changed = createDataChangedSince({ changes: source });
    expect(await changed.compute(tenant, 'acc-root', 0)).toBeNull();

    const since = await write(() => [touchpoint('tp-new-1', 'acc-alpha-1', 1)]);
    expect(await changed.compute(tenant, 'acc-root', since)).toBeNull();
    await write(() => [
      touchpoint('tp-new-2', 'acc-alpha-2', 5),
      accountChange(tenant, 'acc-alpha-2', { attributes: { arr: 9999 } }, 7),
      { at: at(9), kind: 'teams', key: 'team-2', old: null, new: { id: 'team-2', name: 'Second' } },
    ]);
    expect(await changed.compute(tenant, 'acc-root', since)).toEqual({ changes: 2, latestAt: at(7) });
    expect(await changed.compute(tenant, 'acc-alpha-2', since)).toEqual({ changes: 2, latestAt: at(7) });
    expect(await changed.compute(tenant, 'acc-alpha-1', since)).toBeNull();
    // Everything after seq 0, the first touchpoint included.
    expect(await changed.compute(tenant, 'acc-root', 0)).toEqual({ changes: 3, latestAt: at(7) });
    expect(await changed.compute(tenant, 'acc-alpha-1', 0)).toEqual({ changes: 1, latestAt: at(1) });
  });

  it('counts a move for the subtree it left and the one it joined', async () => {
    const { tenant, write } = await liveTenant(store);
    const changed = createDataChangedSince({ changes: source });
    // acc-alpha-2 becomes a child of acc-alpha-1, then acc-alpha-3 moves under acc-alpha-2.
    const since = await write(() => [accountChange(tenant, 'acc-alpha-2', { parentId: 'acc-alpha-1' }, 1)]);
    expect(tenant.model.hierarchy.parent('acc-alpha-2')).toBe('acc-alpha-1');
    await write(() => [accountChange(tenant, 'acc-alpha-3', { parentId: 'acc-alpha-2' }, 2)]);
    expect(await changed.compute(tenant, 'acc-alpha-1', since)).toEqual({ changes: 1, latestAt: at(2) });
    expect(await changed.compute(tenant, 'acc-alpha-2', since)).toEqual({ changes: 1, latestAt: at(2) });
    // Moving acc-alpha-3 back to the root: acc-alpha-1's subtree lost it, so that counts too.
    await write(() => [accountChange(tenant, 'acc-alpha-3', { parentId: 'acc-root' }, 3)]);
    expect(await changed.compute(tenant, 'acc-alpha-1', since)).toEqual({ changes: 2, latestAt: at(3) });
    expect(await changed.compute(tenant, 'acc-alpha-4', since)).toBeNull();
  });

  it('answers summaries older than the window from the log, and stays right as it slides', async () => {
    const { tenant, write } = await liveTenant(store);
    const changed = createDataChangedSince({ changes: source, windowSize: 4, pageSize: 3 });
    const since = await write(() => [touchpoint('tp-0', 'acc-alpha-1', 0)]);
    // 12 changes: every third on acc-alpha-1, the rest on acc-alpha-2.
    for (let i = 1; i <= 12; i++) await write(() => [touchpoint(`tp-${i}`, i % 3 === 0 ? 'acc-alpha-1' : 'acc-alpha-2', i)]);
    expect(await changed.compute(tenant, 'acc-alpha-1', since)).toEqual({ changes: 4, latestAt: at(12) });
    expect(await changed.compute(tenant, 'acc-alpha-2', since)).toEqual({ changes: 8, latestAt: at(11) });
    expect(await changed.compute(tenant, 'acc-root', since)).toEqual({ changes: 12, latestAt: at(12) });
    // Remembered: the same question does not read the log again.
    const before = reads;
    expect(await changed.compute(tenant, 'acc-alpha-1', since)).toEqual({ changes: 4, latestAt: at(12) });
    expect(reads).toBe(before);
    // Six more on acc-alpha-1 push the window past what was counted from the log.
    for (let i = 13; i <= 18; i++) await write(() => [touchpoint(`tp-${i}`, 'acc-alpha-1', i)]);
    expect(await changed.compute(tenant, 'acc-alpha-1', since)).toEqual({ changes: 10, latestAt: at(18) });
    expect(await changed.compute(tenant, 'acc-alpha-2', since)).toEqual({ changes: 8, latestAt: at(11) });
    expect(await changed.compute(tenant, 'acc-alpha-2', 17)).toBeNull();
  });

  it('answers at once from what it counted when the log is long, and counts the rest in the background', async () => {
    const { tenant, write } = await liveTenant(store);
    for (let i = 1; i <= 12; i++) await write(() => [touchpoint(`tp-${i}`, 'acc-alpha-1', i)]);
    // A slow log: every page takes 40 ms; answers wait at most 10 ms for it.
    const slow: ChangeSource = async (tenantId, after, limit) => {
      await new Promise((resolve) => setTimeout(resolve, 40));
      return source(tenantId, after, limit);
    };
    const changed = createDataChangedSince({ changes: slow, windowSize: 2, pageSize: 2, olderWaitMs: 10 });
    const first = await changed.compute(tenant, 'acc-alpha-1', 0);
    // The window's two changes at least, not yet all twelve: it answered before the log was read
    // (a structural check, not a timed one: these machines are shared).
    expect(first!.changes).toBeGreaterThanOrEqual(2);
    expect(first!.changes).toBeLessThan(12);
    expect(first!.latestAt).toBe(at(12));
    let answer = first;
    for (let i = 0; i < 100 && answer!.changes < 12; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await changed.compute(tenant, 'acc-alpha-1', 0);
    }
    expect(answer).toEqual({ changes: 12, latestAt: at(12) });
  });

  it('is null for summaries without a seq, and without a change log', async () => {
    const { tenant, write } = await liveTenant(store);
    await write(() => [touchpoint('tp-new', 'acc-alpha-1', 1)]);
    expect(await createDataChangedSince({ changes: source }).compute(tenant, 'acc-root', undefined)).toBeNull();
    expect(await createDataChangedSince().compute(tenant, 'acc-root', 0)).toBeNull();
    expect(reads).toBe(0);
  });

  it('serves concurrent readers with one catch-up', async () => {
    const { tenant, write } = await liveTenant(store);
    const changed = createDataChangedSince({ changes: source, pageSize: 100 });
    for (let i = 0; i < 5; i++) await write(() => [touchpoint(`tp-c${i}`, 'acc-alpha-3', i)]);
    const answers = await Promise.all(['acc-root', 'acc-alpha-3', 'acc-alpha-4'].map((id) => changed.compute(tenant, id, 0)));
    expect(answers).toEqual([{ changes: 5, latestAt: at(4) }, { changes: 5, latestAt: at(4) }, null]);
    expect(reads).toBe(1);
  });
});
