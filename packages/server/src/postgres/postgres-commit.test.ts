/**
 * One commit of the PostgreSQL store: writes to the same key inside one batch fold into their
 * final effect in the order a one-by-one apply gives (`applyChangesToDataset` is the
 * reference), batches larger than one statement's rows go in several statements and stay whole,
 * and a record's JSON text comes back exactly as written (key order included).
 */
import { applyChangesToDataset, entityKeyOf, type DataChange, type EntityWrite, type Touchpoint } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, usePostgres, type TestPostgres } from '../../test/postgres/postgres-server.ts';
import { testDataset } from '../__fixtures__/test-datasets.ts';
import { writeSnapshot } from '../records/record-store.contract.ts';
import { foldWrites, rowsPerStatement } from './postgres-commit.ts';
import { createPostgresRecordStore, type PostgresRecordStore } from './postgres-record-store.ts';

const at = '2026-03-02T12:00:00.000Z';
const tp = (id: string, subject = id): Touchpoint => ({ id, accountId: 'acc-root', userId: 'u-lead', flow: 'Adoption', type: 'Call', at, subject });
const write = (key: string, value: Touchpoint | null): EntityWrite => ({ kind: 'touchpoints', key, value });

describe('foldWrites', () => {
  it('keeps the last value of a key in its first place, and moves a key re-created after a delete to the end', () => {
    const folded = foldWrites([write('a', tp('a', '1')), write('b', tp('b')), write('a', tp('a', '2')), write('c', tp('c')), write('b', null), write('b', tp('b', 'again'))]);
    expect(folded.map((row) => [row.key, row.deleteFirst, (row.value as Touchpoint | null)?.subject ?? null])).toEqual([
      ['a', false, '2'],
      ['c', false, 'c'],
      ['b', true, 'again'],
    ]);
  });

  it('turns an upsert followed by a delete into a delete of the stored row', () => {
    expect(foldWrites([write('a', tp('a')), write('a', null)])).toEqual([{ kind: 'touchpoints', key: 'a', deleteFirst: true, value: null }]);
  });
});

describe.skipIf(!postgresAvailable())('commits on PostgreSQL', () => {
  let pg: TestPostgres;
  let store: PostgresRecordStore;
  beforeAll(async () => {
    pg = await usePostgres();
    store = createPostgresRecordStore(pg.url, { reconcileMs: 0 });
    await store.migrate();
    await writeSnapshot(store, 'alpha');
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await pg?.dispose();
  });

  it('lists records after a batch as applyChangesToDataset does, across several statements', async () => {
    const before = (await store.load('alpha'))!.dataset;
    const many = Array.from({ length: rowsPerStatement + 7 }, (_, i) => tp(`tp-many-${i}`));
    const writes: EntityWrite[] = [write('tp-1', null), ...many.map((t) => write(t.id, t)), write('tp-0', tp('tp-0', 'edited')), write('tp-1', tp('tp-1', 'back'))];
    const changes: DataChange[] = writes.map((w, i) => ({
      seq: i + 1,
      at,
      actor: { kind: 'service', id: 'k' },
      kind: 'touchpoints',
      key: w.key,
      old: null,
      new: w.value,
    })) as DataChange[];
    await store.transaction('alpha', (tx) => tx.commit(writes, changes));
    const loaded = (await store.load('alpha'))!;
    const expected = applyChangesToDataset(before, changes);
    expect(loaded.seq).toBe(changes.length);
    expect(loaded.dataset.touchpoints.map((t) => entityKeyOf('touchpoints', t))).toEqual(expected.touchpoints.map((t) => entityKeyOf('touchpoints', t)));
    expect(loaded.dataset.touchpoints).toEqual(expected.touchpoints);
    expect((await store.changesAfter('alpha', 0, 100_000)).length).toBe(changes.length);
  }, 60_000);

  it('gives records back with their JSON text as written', async () => {
    const account = testDataset('alpha').accounts[0]!;
    const reordered = { attributes: { zeta: 1, alpha: 'x' }, name: account.name, id: account.id, typeId: account.typeId, parentId: null };
    const seq = await store.latestSeq('alpha');
    await store.transaction('alpha', (tx) =>
      tx.commit([{ kind: 'accounts', key: account.id, value: reordered as never }], [{ seq: seq + 1, at, actor: { kind: 'service', id: 'k' }, kind: 'accounts', key: account.id, old: null, new: reordered as never }]),
    );
    const loaded = (await store.load('alpha'))!.dataset.accounts.find((a) => a.id === account.id);
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(reordered));
    const [change] = await store.changesAfter('alpha', seq, 1);
    expect(JSON.stringify(change!.new)).toBe(JSON.stringify(reordered));
  });
});
