/**
 * A test server on a real SQLite store of record: a fresh file in a temporary folder, the test
 * tenants imported as their first snapshot, a service key per tenant, and `restart()` to open
 * the same file again in a new server (a process restart, minus the process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@successkit/core';
import { createServiceKey } from '../../auth/service-keys.ts';
import { testDataset } from '../../__fixtures__/test-datasets.ts';
import { startTestServer, type TestServer } from '../../__fixtures__/test-server.ts';
import type { SuccessKitOptions } from '../../app.ts';
import { createRecordWriter } from '../../ingest/record-writer.ts';
import { importDataset } from '../import-dataset.ts';
import { createSqliteRecordStore } from '../sqlite-record-store.ts';
import { storeTenantData } from '../store-tenant-data.ts';

/** A test server with a store of record. */
export interface RecordsTestServer extends TestServer {
  path: string;
  records: ReturnType<typeof createSqliteRecordStore>;
  /** The service key secret of each tenant. */
  keys: Record<string, string>;
  /** Stops this server and starts a new one on the same file. */
  restart(): Promise<RecordsTestServer>;
}

/** Starts a server on a new SQLite file holding `datasets` (default: the alpha and beta tenants). */
export async function startRecordsTestServer(
  options: { datasets?: Dataset[]; server?: Partial<SuccessKitOptions>; pollMs?: number } = {},
): Promise<RecordsTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sk-records-'));
  const path = join(dir, 'records.db');
  const records = createSqliteRecordStore(path, { pollMs: options.pollMs ?? 50 });
  const writer = createRecordWriter({ store: records, tenants: storeTenantData(records) });
  const keys: Record<string, string> = {};
  for (const dataset of options.datasets ?? [testDataset('alpha'), testDataset('beta')]) {
    await importDataset(records, writer, dataset, `fixture-${dataset.tenant.id}`);
    keys[dataset.tenant.id] = (await createServiceKey(records, { tenantId: dataset.tenant.id, name: 'test' })).secret;
  }
  return open(dir, path, records, keys, options);
}

async function open(dir: string, path: string, records: ReturnType<typeof createSqliteRecordStore>, keys: Record<string, string>, options: { server?: Partial<SuccessKitOptions>; pollMs?: number }): Promise<RecordsTestServer> {
  const ts = await startTestServer({ data: undefined, records, ...options.server });
  let cleaned = false;
  const server: RecordsTestServer = {
    ...ts,
    path,
    records,
    keys,
    async close() {
      await ts.close();
      await records.close();
      if (!cleaned) rmSync(dir, { recursive: true, force: true });
      cleaned = true;
    },
    async restart() {
      await ts.close();
      await records.close();
      return open(dir, path, createSqliteRecordStore(path, { pollMs: options.pollMs ?? 50 }), keys, options);
    },
  };
  return server;
}
