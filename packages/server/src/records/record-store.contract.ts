/**
 * The shared contract suite of the store of record (core contracts/record-store.ts): one set of
 * vitest cases every implementation — SQLite, PostgreSQL — must pass. A store's test file calls
 * `describeRecordStoreContract('sqlite', () => createSqliteRecordStore(...))`; each case gets a
 * fresh, empty store. `reopen` (optional) opens a second store on the same database, for the
 * cases that watch another process's commits.
 */
import { entityKeyOf, tenantMetaName, type Account, type DataChange, type EntityWrite, type RecordStore, type Touchpoint } from '@successkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDataset } from '../__fixtures__/test-datasets.ts';

/** Options of the contract suite. */
export interface RecordStoreContractOptions {
  /** Opens another store on the same database as the last `makeStore` (a second process). */
  reopen?: (store: RecordStore) => Promise<RecordStore>;
  /** Longest wait for `watch` notices, in ms (default 3000). */
  waitMs?: number;
}

const actor = { kind: 'service', id: 'key-1' } as const;
const at = '2026-03-02T12:00:00.000Z';

/** Writes `dataset` as a first snapshot (no changes) under its tenant. */
export async function writeSnapshot(store: RecordStore, tenant: string): Promise<void> {
  const dataset = testDataset(tenant);
  await store.transaction(tenant, async (tx) => {
    const writes: EntityWrite[] = [];
    for (const kind of ['accountTypes', 'attributes', 'users', 'teams', 'accounts', 'assignments', 'touchpoints', 'tasks', 'usage'] as const) {
      for (const value of dataset[kind]) writes.push({ kind, key: entityKeyOf(kind, value as never), value } as EntityWrite);
    }
    await tx.setMeta(tenantMetaName, JSON.stringify(dataset.tenant));
    await tx.commit(writes, []);
  });
}

function touchpoint(id: string, accountId = 'acc-root'): Touchpoint {
  return { id, accountId, userId: 'u-lead', flow: 'Adoption', type: 'Call', at };
}

function change<K extends DataChange['kind']>(seq: number, kind: K, key: string, old: DataChange<K>['old'], value: DataChange<K>['new']): DataChange {
  return { seq, at, actor, kind, key, old, new: value } as DataChange;
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Registers the contract cases for one implementation. */
export function describeRecordStoreContract(name: string, makeStore: () => Promise<RecordStore>, options: RecordStoreContractOptions = {}): void {
  const waitMs = options.waitMs ?? 3_000;
  describe(`RecordStore contract: ${name}`, () => {
    let store: RecordStore;
    const extra: RecordStore[] = [];
    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      for (const other of extra.splice(0)) await other.close();
      await store.close();
    });

    it('knows no tenant when empty, and answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      expect(await store.tenants()).toEqual([]);
      expect(await store.load('alpha')).toBeNull();
      expect(await store.latestSeq('alpha')).toBe(0);
      expect(await store.changesAfter('alpha', 0, 10)).toEqual([]);
    });

    it('loads a snapshot as the dataset it was written from, in order, at seq 0', async () => {
      await writeSnapshot(store, 'alpha');
      const loaded = await store.load('alpha');
      const dataset = testDataset('alpha');
      expect(loaded?.seq).toBe(0);
      expect(loaded?.dataset.tenant).toEqual(dataset.tenant);
      expect(loaded?.dataset.version).toBe(2);
      expect(loaded?.dataset.accounts).toEqual(dataset.accounts);
      expect(loaded?.dataset.usage).toEqual(dataset.usage);
      expect(loaded?.dataset.contacts).toEqual([]);
      expect(await store.tenants()).toEqual(['alpha']);
    });

    it('commits writes with their changes; an update keeps its place, a delete removes', async () => {
      await writeSnapshot(store, 'alpha');
      const before = testDataset('alpha').accounts[1]!;
      const after: Account = { ...before, attributes: { ...before.attributes, arr: 9_999 } };
      await store.transaction('alpha', async (tx) => {
        expect(await tx.latestSeq()).toBe(0);
        await tx.commit(
          [
            { kind: 'accounts', key: after.id, value: after },
            { kind: 'touchpoints', key: 'tp-0', value: null },
            { kind: 'touchpoints', key: 'tp-new', value: touchpoint('tp-new') },
          ],
          [change(1, 'accounts', after.id, before, after), change(2, 'touchpoints', 'tp-0', touchpoint('tp-0'), null), change(3, 'touchpoints', 'tp-new', null, touchpoint('tp-new'))],
        );
        expect(await tx.latestSeq()).toBe(3);
      });
      const loaded = await store.load('alpha');
      expect(loaded?.seq).toBe(3);
      expect(loaded?.dataset.accounts[1]).toEqual(after);
      expect(loaded?.dataset.touchpoints.map((t) => t.id)).toEqual(['tp-1', 'tp-2', 'tp-new']);
      const changes = await store.changesAfter('alpha', 0, 10);
      expect(changes.map((c) => c.seq)).toEqual([1, 2, 3]);
      expect(changes[0]).toEqual(change(1, 'accounts', after.id, before, after));
      expect(await store.changesAfter('alpha', 1, 1)).toEqual([changes[1]]);
      expect(await store.latestSeq('alpha')).toBe(3);
    });

    it('refuses a change seq that does not continue the log, and keeps nothing of that transaction', async () => {
      await writeSnapshot(store, 'alpha');
      await expect(
        store.transaction('alpha', (tx) => tx.commit([{ kind: 'touchpoints', key: 'tp-x', value: touchpoint('tp-x') }], [change(2, 'touchpoints', 'tp-x', null, touchpoint('tp-x'))])),
      ).rejects.toThrow();
      expect(await store.latestSeq('alpha')).toBe(0);
      expect((await store.load('alpha'))?.dataset.touchpoints.map((t) => t.id)).not.toContain('tp-x');
    });

    it('rolls back everything when the function throws after committing writes', async () => {
      await writeSnapshot(store, 'alpha');
      await expect(
        store.transaction('alpha', async (tx) => {
          await tx.commit([{ kind: 'touchpoints', key: 'tp-x', value: touchpoint('tp-x') }], [change(1, 'touchpoints', 'tp-x', null, touchpoint('tp-x'))]);
          await tx.setMeta('idem:a', 'answer');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.latestSeq('alpha')).toBe(0);
      expect(await store.changesAfter('alpha', 0, 10)).toEqual([]);
      expect(await store.transaction('alpha', (tx) => tx.getMeta('idem:a'))).toBeNull();
    });

    it('shows a transaction its own changes and none of them to readers until it commits', async () => {
      await writeSnapshot(store, 'alpha');
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const running = store.transaction('alpha', async (tx) => {
        await tx.commit([{ kind: 'touchpoints', key: 'tp-x', value: touchpoint('tp-x') }], [change(1, 'touchpoints', 'tp-x', null, touchpoint('tp-x'))]);
        expect((await tx.changesAfter(0)).map((c) => c.key)).toEqual(['tp-x']);
        await gate;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await store.latestSeq('alpha')).toBe(0);
      expect(await store.changesAfter('alpha', 0, 10)).toEqual([]);
      release();
      await running;
      expect(await store.latestSeq('alpha')).toBe(1);
    });

    it('serialises transactions of a tenant: concurrent writers get consecutive seqs', async () => {
      await writeSnapshot(store, 'alpha');
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.transaction('alpha', async (tx) => {
            const seq = (await tx.latestSeq()) + 1;
            await new Promise((resolve) => setTimeout(resolve, 2));
            await tx.commit([{ kind: 'touchpoints', key: `tp-c${i}`, value: touchpoint(`tp-c${i}`) }], [change(seq, 'touchpoints', `tp-c${i}`, null, touchpoint(`tp-c${i}`))]);
          }),
        ),
      );
      expect((await store.changesAfter('alpha', 0, 100)).map((c) => c.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('keeps tenants apart: entities, seqs, change logs and metadata', async () => {
      await writeSnapshot(store, 'alpha');
      await writeSnapshot(store, 'beta');
      await store.transaction('alpha', async (tx) => {
        await tx.setMeta('fingerprint', 'a');
        await tx.commit([{ kind: 'touchpoints', key: 'tp-x', value: touchpoint('tp-x') }], [change(1, 'touchpoints', 'tp-x', null, touchpoint('tp-x'))]);
      });
      expect(await store.tenants()).toEqual(['alpha', 'beta']);
      expect(await store.latestSeq('beta')).toBe(0);
      expect(await store.changesAfter('beta', 0, 10)).toEqual([]);
      expect((await store.load('beta'))?.dataset.touchpoints.map((t) => t.id)).not.toContain('tp-x');
      expect((await store.load('beta'))?.dataset.tenant.name).toBe('BETA Corp');
      expect(await store.transaction('beta', (tx) => tx.getMeta('fingerprint'))).toBeNull();
      expect(await store.transaction('alpha', (tx) => tx.getMeta('fingerprint'))).toBe('a');
    });

    it('expires metadata at its expiresAt and overwrites on set', async () => {
      await store.transaction('alpha', async (tx) => {
        await tx.setMeta('idem:old', 'x', { expiresAt: new Date(Date.now() - 1_000).toISOString() });
        await tx.setMeta('idem:new', 'y', { expiresAt: new Date(Date.now() + 60_000).toISOString() });
        await tx.setMeta('idem:new', 'z', { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      });
      expect(await store.transaction('alpha', (tx) => tx.getMeta('idem:old'))).toBeNull();
      expect(await store.transaction('alpha', (tx) => tx.getMeta('idem:new'))).toBe('z');
      expect(await store.tenants()).toEqual([]); // metadata alone is not a tenant
    });

    it('keeps service keys by hash, per tenant, and revokes them once', async () => {
      const record = { id: 'key-1', tenantId: 'alpha', name: 'etl', hash: 'a'.repeat(64), createdAt: at, revokedAt: null };
      await store.serviceKeys.create(record);
      await store.serviceKeys.create({ ...record, id: 'key-2', tenantId: 'beta', hash: 'b'.repeat(64) });
      await expect(store.serviceKeys.create({ ...record, id: 'key-3' })).rejects.toThrow();
      expect(await store.serviceKeys.findByHash('a'.repeat(64))).toEqual(record);
      expect(await store.serviceKeys.findByHash('c'.repeat(64))).toBeNull();
      expect((await store.serviceKeys.list('alpha')).map((k) => k.id)).toEqual(['key-1']);
      expect(await store.serviceKeys.revoke('beta', 'key-1', at)).toBe(false);
      expect(await store.serviceKeys.revoke('alpha', 'key-1', at)).toBe(true);
      expect(await store.serviceKeys.revoke('alpha', 'key-1', at)).toBe(false);
      expect((await store.serviceKeys.findByHash('a'.repeat(64)))?.revokedAt).toBe(at);
      expect(await store.tenants()).toEqual([]);
    });

    it('reports commits of another connection to watchers', async () => {
      if (!options.reopen) return;
      await writeSnapshot(store, 'alpha');
      const other = await options.reopen(store);
      extra.push(other);
      const seen: Array<[string, number]> = [];
      const stop = store.watch((tenant, seq) => seen.push([tenant, seq]));
      try {
        await other.transaction('alpha', (tx) => tx.commit([{ kind: 'touchpoints', key: 'tp-w', value: touchpoint('tp-w') }], [change(1, 'touchpoints', 'tp-w', null, touchpoint('tp-w'))]));
        await waitFor(() => seen.some(([tenant, seq]) => tenant === 'alpha' && seq === 1), waitMs);
        await writeSnapshot(other, 'beta');
        await waitFor(() => seen.some(([tenant]) => tenant === 'beta'), waitMs);
      } finally {
        stop();
      }
      expect((await store.changesAfter('alpha', 0, 10)).map((c) => c.key)).toEqual(['tp-w']);
    });
  });
}
