/**
 * `dataChangedSince` (summaries know when data changed) on a real SQLite change log of 1M rows
 * (a 1,000-account tenant; touchpoints spread over its accounts):
 *
 * - `server.summary.changed-since-window-heap`: heap growth once the index has caught up with the
 *   tenant (its window holds the latest 10,000 changes, never the log); target < 10 MB.
 * - `server.summary.changed-since-recent-p50`: one answer for a summary 500 changes old (read from
 *   the window, a new `dataVersion` each time so nothing is remembered); target < 5 ms.
 * - `server.summary.changed-since-1m-old-first`: the first answer for a summary 1M changes old
 *   (what is counted within the answer's wait; target < 500 ms), `…-complete`: until the log, read
 *   page by page in the background from its seq to the window, is counted, and `…-again` once
 *   remembered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateDataset } from '@successkit/core/synthetic';
import { median, recordFigure } from '@successkit/bench-kit';
import { tenantDataFromDataset } from '../src/data/tenant-data-from-dataset.ts';
import { createRecordWriter } from '../src/ingest/record-writer.ts';
import { importDataset } from '../src/records/import-dataset.ts';
import { createSqliteRecordStore } from '../src/records/sqlite-record-store.ts';
import { storeTenantData } from '../src/records/store-tenant-data.ts';
import { createDataChangedSince } from '../src/summary/data-changed-since.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
};
const asOf = '2026-03-02T12:00:00Z';
const rows = 1_000_000;
const dir = mkdtempSync(join(tmpdir(), 'successkit-changed-since-bench-'));
const path = join(dir, 'changes.db');

const dataset = generateDataset({ seed: 5, accounts: 1_000, asOf, days: 30, usageDays: 7 });
{
  const records = createSqliteRecordStore(path);
  await importDataset(records, createRecordWriter({ store: records, tenants: storeTenantData(records) }), dataset, 'bench');
  await records.close();
  // 1M touchpoint changes, each on one of the tenant's accounts in turn.
  const db = new DatabaseSync(path);
  db.exec('BEGIN');
  db.exec('CREATE TEMP TABLE ids (n INTEGER PRIMARY KEY, id TEXT)');
  const insert = db.prepare('INSERT INTO ids (n, id) VALUES (?, ?)');
  dataset.accounts.forEach((account, n) => insert.run(n, account.id));
  db.prepare(
    `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)
     INSERT INTO record_changes (tenant_id, seq, at, actor_kind, actor_id, kind, key, account_id, old, new)
     SELECT ?, i, ?, 'service', 'bench', 'touchpoints', 'tp-b' || i, ids.id, NULL,
       json_object('id', 'tp-b' || i, 'accountId', ids.id, 'userId', 'u', 'flow', 'adoption', 'type', 'call', 'at', ?)
     FROM s JOIN ids ON ids.n = s.i % ?`,
  ).run(rows, dataset.tenant.id, asOf, asOf, dataset.accounts.length);
  db.prepare('UPDATE record_tenants SET seq = ? WHERE tenant_id = ?').run(rows, dataset.tenant.id);
  db.exec('COMMIT');
  db.close();
}

const records = createSqliteRecordStore(path);
const tenant = tenantDataFromDataset(dataset, new Date(asOf), rows);
const root = dataset.accounts.find((a) => a.parentId === null)!.id;
const changed = createDataChangedSince({ changes: (t, after, limit) => records.changesAfter(t, after, limit) });

// 1. Catching up keeps a window, not the log.
const before = heap();
const first = await changed.compute(tenant, root, rows - 500);
const growth = (heap() - before) / 1024 / 1024;
if (!first || first.changes < 1) throw new Error('expected changes in the root subtree');
recordFigure({
  name: 'server.summary.changed-since-window-heap',
  median: Math.round(growth * 10) / 10,
  unit: 'MB',
  target: '< 10 MB',
  met: growth < 10,
  note: `heap growth after catching up with a ${rows.toLocaleString('en-US')}-row change log (window of the latest 10,000 changes)`,
});

// 2. A recent summary: answered from the window (a moving dataVersion defeats the memo).
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const moving = { ...tenant, dataVersion: rows - (i % 100), model: tenant.model };
  const started = performance.now();
  await changed.compute(moving, dataset.accounts[i % dataset.accounts.length]!.id, rows - 600);
  times.push(performance.now() - started);
}
const p50 = median(times);
recordFigure({
  name: 'server.summary.changed-since-recent-p50',
  median: Math.round(p50 * 1000) / 1000,
  unit: 'ms',
  target: '< 5 ms',
  met: p50 < 5,
  note: '200 answers for summaries ~600 changes old, each against another dataVersion (not remembered)',
});

// 3. A summary older than the window: answered at once with what is counted so far; the log is
// read page by page in the background, once, then remembered.
const inRoot = new Set(tenant.model.hierarchy.subtree(root));
const share = dataset.accounts.filter((a) => inRoot.has(a.id)).length;
const exact = Math.round((rows * share) / dataset.accounts.length);
const heapBefore = heap();
const again = () => ({ ...tenant, dataVersion: rows, model: tenant.model, loadedAt: `again-${performance.now()}` });
let started = performance.now();
await changed.compute(tenant, root, 0);
const firstMs = performance.now() - started;
let answer = await changed.compute(again(), root, 0);
while (!answer || Math.abs(answer.changes - exact) > share) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  answer = await changed.compute(again(), root, 0);
}
const completeMs = performance.now() - started;
const oldHeap = (heap() - heapBefore) / 1024 / 1024;
started = performance.now();
await changed.compute(again(), root, 0);
const againMs = performance.now() - started;
recordFigure({
  name: 'server.summary.changed-since-1m-old-first',
  median: Math.round(firstMs),
  unit: 'ms',
  target: '< 500 ms',
  met: firstMs < 500,
  note: `first answer for a summary ${rows.toLocaleString('en-US')} changes old (the changes counted so far; the count goes on in the background)`,
});
recordFigure({ name: 'server.summary.changed-since-1m-old-complete', median: Math.round(completeMs), unit: 'ms', note: `until that count is exact (the log paged from the summary's seq; heap growth ${oldHeap.toFixed(1)} MB)` });
recordFigure({ name: 'server.summary.changed-since-1m-old-again', median: Math.round(againMs * 1000) / 1000, unit: 'ms', note: 'the same summary again, from the remembered stretch and the window' });

await records.close();
rmSync(dir, { recursive: true, force: true });
