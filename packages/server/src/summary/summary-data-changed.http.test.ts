/**
 * Summaries know when data changed, over real HTTP on 127.0.0.1 with the SQLite summary store
 * and the SQLite change log: a summary stores the `seq` it was generated from; after a change
 * in the account's subtree its answer carries `dataChangedSince` (and stays `fresh`: the TTL is
 * unchanged); a hard refresh writes a summary at the new `seq`, whose answer has none. The last
 * case goes through `POST /v1/ingest` with a service key on a server serving from the store of record.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOfflineGenerator, type DataChange, type RecordStore, type Stores } from '@successkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, waitForJob } from '../__fixtures__/http-helpers.ts';
import { testDataset, testNow } from '../__fixtures__/test-datasets.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';
import { staticTenantData } from '../data/static-tenant-data.ts';
import type { TenantData } from '../data/tenant-data.ts';
import { tenantDataFromDataset } from '../data/tenant-data-from-dataset.ts';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createSqliteRecordStore } from '../records/sqlite-record-store.ts';
import { createSqliteStores } from '../stores/sqlite-stores.ts';
import { startRecordsTestServer } from '../records/__fixtures__/records-test-server.ts';
import { createSummaryService } from './create-summary-service.ts';

describe('summary answers over HTTP: dataChangedSince', () => {
  let dir: string;
  let records: RecordStore;
  let stores: Stores;
  let tenant: TenantData;
  let server: TestServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sk-summary-changed-'));
    records = createSqliteRecordStore(join(dir, 'successkit.db'));
    await records.migrate();
    stores = createSqliteStores(join(dir, 'successkit.db'));
    tenant = tenantDataFromDataset(testDataset('alpha'), testNow);
    const data = staticTenantData([tenant]);
    const summaries = createSummaryService({
      data,
      stores,
      queue: createInlineQueue(),
      generator: createOfflineGenerator(),
      clock: () => testNow,
      changes: (tenantId, after, limit) => records.changesAfter(tenantId, after, limit),
    });
    server = await startTestServer({ data, stores, summaries });
  });
  afterEach(async () => {
    await server.close();
    await stores.close();
    await records.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Commits a touchpoint to the log, then applies it to the model (as the writer does). */
  async function logTouchpoint(id: string, accountId: string, at: string): Promise<number> {
    return records.transaction('alpha', async (tx) => {
      const seq = (await tx.latestSeq()) + 1;
      const value = { id, accountId, userId: 'u-csm', flow: 'Adoption', type: 'call', at };
      const change: DataChange = { seq, at, actor: { kind: 'service', id: 'key-1' }, kind: 'touchpoints', key: id, old: null, new: value };
      await tx.commit([{ kind: 'touchpoints', key: id, value }], [change]);
      tenant.model.apply([change]);
      return seq;
    });
  }

  async function readySummary(token: string, accountId: string) {
    const first = await call(server.base, 'GET', `/v1/accounts/${accountId}/summary`, token);
    if (first.status === 202) await waitForJob(server.base, token, first.body.jobId);
    const answer = await call(server.base, 'GET', `/v1/accounts/${accountId}/summary`, token);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }

  it('stores the seq, reports changes in the subtree after it, and refresh clears them', async () => {
    const token = await server.token({ seat: 'practitioner' });
    await logTouchpoint('tp-before', 'acc-alpha-1', '2026-03-02T10:00:00.000Z');
    const first = await readySummary(token, 'acc-root');
    expect(first.summary.dataVersion).toBe(1);
    expect(first.dataChangedSince).toBeNull();

    await logTouchpoint('tp-a', 'acc-alpha-2', '2026-03-02T11:00:00.000Z');
    await logTouchpoint('tp-b', 'acc-alpha-3', '2026-03-02T11:30:00.000Z');
    const changed = await call(server.base, 'GET', '/v1/accounts/acc-root/summary', token);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ state: 'fresh', summary: { id: first.summary.id, dataVersion: 1 } });
    expect(changed.body.dataChangedSince).toEqual({ changes: 2, latestAt: '2026-03-02T11:30:00.000Z' });

    // A sibling's summary is not touched by them.
    const sibling = await readySummary(token, 'acc-alpha-1');
    expect(sibling.summary.dataVersion).toBe(3);
    await logTouchpoint('tp-c', 'acc-alpha-4', '2026-03-02T11:45:00.000Z');
    expect((await call(server.base, 'GET', '/v1/accounts/acc-alpha-1/summary', token)).body.dataChangedSince).toBeNull();

    const refresh = await call(server.base, 'POST', '/v1/accounts/acc-root/summary/refresh', token);
    expect(refresh.status).toBe(202);
    await waitForJob(server.base, token, refresh.body.jobId);
    const refreshed = await call(server.base, 'GET', '/v1/accounts/acc-root/summary', token);
    expect(refreshed.body.summary.id).not.toBe(first.summary.id);
    expect(refreshed.body.summary.dataVersion).toBe(4);
    expect(refreshed.body.dataChangedSince).toBeNull();
  });

  it('keeps the seq in the SQLite summary store across a reopen', async () => {
    const token = await server.token({ seat: 'practitioner' });
    await logTouchpoint('tp-before', 'acc-alpha-1', '2026-03-02T10:00:00.000Z');
    const first = await readySummary(token, 'acc-alpha-1');
    const reopened = createSqliteStores(join(dir, 'successkit.db'));
    try {
      const stored = await reopened.summaries.getById('alpha', first.summary.id);
      expect(stored?.dataVersion).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});

describe('summary answers over HTTP: dataChangedSince after POST /v1/ingest', () => {
  it('reports the batch ingested into the subtree, and not to a sibling', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-summary-ingest-'));
    const stores = createSqliteStores(join(dir, 'summaries.db'));
    const server = await startRecordsTestServer({ server: { stores } });
    try {
      const token = await server.token({ seat: 'practitioner' });
      const ready = async (accountId: string) => {
        const first = await call(server.base, 'GET', `/v1/accounts/${accountId}/summary`, token);
        if (first.status === 202) await waitForJob(server.base, token, first.body.jobId);
        return call(server.base, 'GET', `/v1/accounts/${accountId}/summary`, token);
      };
      const root = await ready('acc-root');
      const sibling = await ready('acc-alpha-1');
      expect(root.body.dataChangedSince).toBeNull();
      const before = root.body.summary.dataVersion as number;
      expect(before).toBeGreaterThanOrEqual(0);

      const at = '2026-03-02T11:15:00.000Z';
      const batch = {
        upserts: {
          touchpoints: [{ id: 'tp-ingested', accountId: 'acc-alpha-2', userId: 'u-csm', flow: 'Adoption', type: 'call', at }],
          usage: [{ accountId: 'acc-alpha-2', date: '2026-03-02', activeUsers: 9 }],
        },
      };
      const ingest = await fetch(`${server.base}/v1/ingest`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.keys.alpha}`, 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
      expect(ingest.status).toBe(200);
      const { seq } = (await ingest.json()) as { seq: number };
      expect(seq).toBe(before + 2);

      const changed = await call(server.base, 'GET', '/v1/accounts/acc-root/summary', token);
      expect(changed.body).toMatchObject({ state: 'fresh', summary: { id: root.body.summary.id } });
      expect(changed.body.dataChangedSince).toMatchObject({ changes: 2 });
      expect(Date.parse(changed.body.dataChangedSince.latestAt)).not.toBeNaN();
      expect((await call(server.base, 'GET', '/v1/accounts/acc-alpha-1/summary', token)).body).toMatchObject({
        summary: { id: sibling.body.summary.id },
        dataChangedSince: null,
      });
    } finally {
      await server.close();
      await stores.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
