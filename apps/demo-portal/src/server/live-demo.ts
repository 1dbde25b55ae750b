/**
 * The live part of the demo: the portal's tenant lives in a SQLite store of record (the demo
 * dataset file is imported on the first start, and again only when the file changed), and a
 * simulator streams realistic changes into it — usage, touchpoints, completed tasks, ARR, NPS
 * and renewal moves, a rare reparent — through the real ingestion API (`POST /v1/ingest`) with a
 * service key the portal creates for itself, so every view of the portal visibly moves.
 */
import type { RecordStore } from '@successkit/core';
import { createServiceKey, createSqliteRecordStore, importDatasetFiles, runSimulator, type BatchReport } from '@successkit/server';

/** The name of the portal's own service keys (older ones are revoked at each start). */
export const demoKeyName = 'demo-portal';

/** Opens the store of record at `storePath` with the dataset file imported. */
export async function openDemoRecords(dataPath: string, storePath: string): Promise<RecordStore> {
  const records = createSqliteRecordStore(storePath);
  try {
    await records.migrate();
    await importDatasetFiles(records, [dataPath], 'demo portal');
  } catch (error) {
    await records.close();
    throw error;
  }
  return records;
}

/** Creates a service key of the tenant (named `name`), revoking earlier keys of that name. */
export async function demoServiceKey(records: RecordStore, tenantId: string, name = demoKeyName, now = new Date()): Promise<string> {
  for (const key of await records.serviceKeys.list(tenantId)) {
    if (key.name === name && key.revokedAt === null) await records.serviceKeys.revoke(tenantId, key.id, now.toISOString());
  }
  return (await createServiceKey(records, { tenantId, name, now })).secret;
}

/** Options of the demo's simulator. */
export interface DemoSimulatorOptions {
  /** The portal's own fetch handler: batches go through the whole API, in process. */
  fetch: (request: Request) => Response | Promise<Response>;
  records: RecordStore;
  tenantId: string;
  /** Batches per second (default 0.5: one every 2 s). */
  rate?: number;
  seed?: number;
  /** Told about refused batches (the demo logs them; account data is never in them). */
  onRefused?: (report: BatchReport) => void;
}

/** Starts the simulator in the background; `stop` ends it and resolves when it has. */
export async function startDemoSimulator(options: DemoSimulatorOptions): Promise<{ stop(): Promise<void> }> {
  const key = await demoServiceKey(options.records, options.tenantId, `${demoKeyName}-simulator`);
  // Start from the store's data (the seq it reflects), so the feed is not replayed from the start.
  const current = await options.records.load(options.tenantId);
  if (!current) throw new Error(`the store of record has no tenant "${options.tenantId}"`);
  const abort = new AbortController();
  const origin = 'http://demo-portal.internal';
  const running = runSimulator({
    url: origin,
    key,
    dataset: current.dataset,
    datasetSeq: current.seq,
    rate: options.rate ?? 0.5,
    seed: options.seed ?? Date.now() % 100_000,
    signal: abort.signal,
    fetch: (input, init) => Promise.resolve(options.fetch(new Request(input, init))),
    onBatch: (report) => report.seq === null && report.problem !== 'stopped' && options.onRefused?.(report),
  }).catch((error: unknown) => {
    if (!abort.signal.aborted) console.error(`demo simulator stopped: ${(error as Error).message}`);
  });
  return {
    async stop() {
      abort.abort();
      await running;
    },
  };
}
