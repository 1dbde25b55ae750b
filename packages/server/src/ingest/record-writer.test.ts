import { applyChangesToDataset, buildAccountChildren, buildAccountProfile, type Dataset } from '@successkit/core';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDataset, testNow } from '../__fixtures__/test-datasets.ts';
import { importDataset } from '../records/import-dataset.ts';
import { createSqliteRecordStore } from '../records/sqlite-record-store.ts';
import { storeTenantData } from '../records/store-tenant-data.ts';
import type { BatchItem } from './batch-items.ts';
import { IngestInvalidError } from './ingest-errors.ts';
import { createRecordWriter } from './record-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'sk-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const actor = { kind: 'service', id: 'key-test' } as const;

async function setup(dataset: Dataset = testDataset('alpha')) {
  const store = createSqliteRecordStore(join(dir, `writer-${++n}.db`));
  const tenants = storeTenantData(store);
  const writer = createRecordWriter({ store, tenants, clock: () => testNow });
  await importDataset(store, writer, dataset, 'fixture');
  return { store, tenants, writer, close: async () => { tenants.close(); await store.close(); } };
}

const upsert = (kind: BatchItem['kind'], key: string, value: object, i = 0): BatchItem => ({ kind, key, value: value as never, path: `/upserts/${kind}/${i}` });
const remove = (kind: BatchItem['kind'], key: string, i = 0): BatchItem => ({ kind, key, value: null, path: `/deletes/${kind}/${i}` });

describe('the record writer', () => {
  it('writes attribute history with an account change, kept by the store', async () => {
    const { store, tenants, writer, close } = await setup();
    const account = testDataset('alpha').accounts[1]!;
    const { answer } = await writer.write('alpha', [upsert('accounts', account.id, { ...account, attributes: { nps: 99, licenses: null } })], actor);
    expect(answer).toEqual({ seq: 1, applied: { accounts: 1 }, unchanged: 0 });
    const loaded = (await store.load('alpha'))!;
    const history = loaded.dataset.attributeHistory.filter((row) => row.accountId === account.id);
    expect(history).toEqual([
      { accountId: account.id, key: 'licenses', at: testNow.toISOString(), old: 5, new: null },
      { accountId: account.id, key: 'nps', at: testNow.toISOString(), old: 0, new: 99 },
    ]);
    expect(loaded.dataset.accounts[1]!.attributes).toEqual({ ...account.attributes, nps: 99, licenses: null });
    expect((await tenants.get('alpha'))!.model.dataset.attributeHistory).toEqual(loaded.dataset.attributeHistory);
    await close();
  });

  it('refuses deleting a user or an account type still in use, naming the uses', async () => {
    const { writer, close } = await setup();
    const error = await writer.write('alpha', [remove('users', 'u-csm'), remove('accountTypes', 'product', 1)], actor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestInvalidError);
    const problems = (error as IngestInvalidError).problems;
    expect(problems.map((p) => p.path)).toEqual(['/deletes/users/0', '/deletes/accountTypes/1']);
    expect(problems.find((p) => p.path === '/deletes/users/0')!.message).toMatch(/assignments.*touchpoints|touchpoints.*assignments/);
    await close();
  });

  it('refuses giving an attribute a type its stored values do not fit', async () => {
    const { writer, close } = await setup();
    const nps = testDataset('alpha').attributes.find((a) => a.key === 'nps')!;
    const error = await writer.write('alpha', [upsert('attributes', 'nps', { ...nps, type: 'string' })], actor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestInvalidError);
    expect((error as IngestInvalidError).problems.map((p) => p.path)).toEqual(Array(6).fill('/upserts/attributes/0/type'));
    expect((await writer.write('alpha', [upsert('attributes', 'nps', { ...nps, label: 'Net promoter score' })], actor)).answer.applied).toEqual({ attributes: 1 });
    await close();
  });

  it('unlinks a deleted account from its contacts', async () => {
    const dataset = testDataset('alpha');
    dataset.contacts = [
      { id: 'c-1', name: 'Pat', accountIds: ['acc-alpha-4', 'acc-alpha-5'] },
      { id: 'c-2', name: 'Sam', accountIds: ['acc-alpha-4'] },
    ];
    const { store, writer, close } = await setup(dataset);
    const { answer } = await writer.write('alpha', [remove('accounts', 'acc-alpha-4')], actor);
    expect(answer.applied.contacts).toBe(2);
    const contacts = (await store.load('alpha'))!.dataset.contacts;
    expect(contacts).toEqual([
      { id: 'c-1', name: 'Pat', accountIds: ['acc-alpha-5'] },
      { id: 'c-2', name: 'Sam', accountIds: [] },
    ]);
    await close();
  });

  it('property: after random batches the model equals a model rebuilt from the store, and the log replays to the store', async () => {
    const base = testDataset('alpha');
    const accountIds = base.accounts.map((a) => a.id);
    const childIds = accountIds.slice(1);
    const item = fc.oneof(
      fc.record({ k: fc.constant('touchpoint' as const), id: fc.integer({ min: 0, max: 6 }), account: fc.constantFrom(...accountIds), sentiment: fc.constantFrom('positive', 'negative') }),
      fc.record({ k: fc.constant('arr' as const), account: fc.constantFrom(...accountIds), value: fc.option(fc.integer({ min: 0, max: 5_000 })) }),
      fc.record({ k: fc.constant('usage' as const), account: fc.constantFrom(...childIds), day: fc.integer({ min: 1, max: 4 }), users: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ k: fc.constant('deleteTouchpoint' as const), id: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ k: fc.constant('deleteLeaf' as const), account: fc.constantFrom(...childIds) }),
      fc.record({ k: fc.constant('newLeaf' as const), account: fc.constantFrom(...childIds) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(item, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (batches) => {
        const { store, tenants, writer, close } = await setup(base);
        try {
          for (const batch of batches) {
            const live = (await tenants.get('alpha'))!;
            const items: BatchItem[] = [];
            const seen = new Set<string>();
            batch.forEach((entry, i) => {
              let next: BatchItem;
              if (entry.k === 'touchpoint') next = upsert('touchpoints', `tp-r${entry.id}`, { id: `tp-r${entry.id}`, accountId: entry.account, userId: 'u-lead', flow: 'Adoption', type: 'call', at: '2026-03-01T00:00:00Z', sentiment: entry.sentiment }, i);
              else if (entry.k === 'arr') {
                const current = live.get('accounts', entry.account);
                if (!current) return;
                next = upsert('accounts', entry.account, { ...current, attributes: { arr: entry.value } }, i);
              } else if (entry.k === 'usage') next = upsert('usage', JSON.stringify([entry.account, `2026-02-0${entry.day}`]), { accountId: entry.account, date: `2026-02-0${entry.day}`, activeUsers: entry.users }, i);
              else if (entry.k === 'deleteTouchpoint') next = remove('touchpoints', `tp-r${entry.id}`, i);
              else if (entry.k === 'deleteLeaf') next = remove('accounts', entry.account, i);
              else next = upsert('accounts', entry.account, { id: entry.account, name: 'Again', typeId: 'product', parentId: 'acc-root', attributes: { arr: 1 } }, i);
              if (seen.has(`${next.kind}:${next.key}`)) return;
              seen.add(`${next.kind}:${next.key}`);
              items.push(next);
            });
            await writer.write('alpha', items, actor).catch((error: unknown) => {
              if (!(error instanceof IngestInvalidError)) throw error; // e.g. activity on an account deleted in the same batch
            });
          }
          const live = (await tenants.get('alpha'))!;
          const loaded = (await store.load('alpha'))!;
          expect(live.dataVersion).toBe(loaded.seq);
          // The log replays the first snapshot into what the store holds.
          const replayed = applyChangesToDataset(base, await store.changesAfter('alpha', 0, 1_000_000));
          for (const kind of ['accounts', 'touchpoints', 'usage', 'tasks', 'assignments', 'attributeHistory'] as const) {
            expect(live.model.dataset[kind]).toEqual(loaded.dataset[kind]);
            expect(replayed[kind]).toEqual(loaded.dataset[kind]);
          }
          const rebuilt = (await (async () => {
            const other = storeTenantData(store);
            const tenant = (await other.get('alpha'))!;
            other.close();
            return tenant;
          })())!;
          for (const account of live.model.dataset.accounts) {
            const asOf = testNow.toISOString();
            expect(buildAccountProfile(live.model, account.id, asOf, { includeRestricted: true })).toEqual(buildAccountProfile(rebuilt.model, account.id, asOf, { includeRestricted: true }));
          }
          expect(buildAccountChildren(live.model, 'acc-root', testNow.toISOString(), { includeRestricted: true })).toEqual(buildAccountChildren(rebuilt.model, 'acc-root', testNow.toISOString(), { includeRestricted: true }));
        } finally {
          await close();
        }
      }),
      { numRuns: 25, seed: 16 },
    );
  }, 120_000);
});
