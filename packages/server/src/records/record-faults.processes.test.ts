/**
 * Faults of the store of record, for real: a process SIGKILLed while it commits batches of
 * 10,000 touchpoints leaves each batch wholly there or wholly absent and loses none it
 * acknowledged; a commit that fails (a trigger that raises, as a full or failing disk would)
 * answers 503 and changes nothing in memory or on disk.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { call, type Json } from '../__fixtures__/http-helpers.ts';
import { testDataset } from '../__fixtures__/test-datasets.ts';
import { createRecordWriter } from '../ingest/record-writer.ts';
import { startRecordsTestServer } from './__fixtures__/records-test-server.ts';
import { importDataset } from './import-dataset.ts';
import { createSqliteRecordStore } from './sqlite-record-store.ts';
import { storeTenantData } from './store-tenant-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'sk-record-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store of record faults', () => {
  it('SIGKILL during a large batch: every batch is wholly there or wholly absent, and every acknowledged one is there', async () => {
    const path = join(dir, 'killed.db');
    const setup = createSqliteRecordStore(path);
    await importDataset(setup, createRecordWriter({ store: setup, tenants: storeTenantData(setup) }), testDataset('alpha'), 'fixture');
    await setup.close();

    const acknowledged = new Set<number>();
    let started = -1;
    // Each round times its first batch (which also loads the tenant), then kills the second at a
    // share of that time: while it is checked, during its inserts, around its commit.
    for (const [round, share] of [0.1, 0.25, 0.4, 0.6].entries()) {
      const child = spawn(process.execPath, ['--conditions=@successkit/source', fileURLToPath(new URL('./__fixtures__/ingest-child.ts', import.meta.url)), path], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
      await new Promise<void>((resolve) => {
        let text = '';
        let writes = 0;
        let firstAt = 0;
        child.stdout!.on('data', (chunk: Buffer) => {
          text += chunk;
          for (const match of text.matchAll(/committed (\d+)/g)) acknowledged.add(Number(match[1]) + 1_000 * round);
          const writing = [...text.matchAll(/writing (\d+)/g)].length;
          if (writes === 0 && writing > 0) firstAt = Date.now();
          if (writing > writes) {
            writes = writing;
            started = writes;
            // The first batch is let through; the second is killed at `share` of the first's time.
            if (writes === 2) {
              setTimeout(() => {
                child.kill('SIGKILL');
                resolve();
              }, share * (Date.now() - firstAt));
            }
          }
        });
      });
      expect(await exited).toBe('SIGKILL');
      // Rename this round's batches so the next round's ids differ.
      const db = new DatabaseSync(path);
      db.prepare("UPDATE record_entities SET key = ? || key, data = json_set(data, '$.id', ? || json_extract(data, '$.id')) WHERE kind = 'touchpoints' AND key LIKE 'b%'").run(`r${round}-`, `r${round}-`);
      db.close();
    }
    expect(started).toBeGreaterThan(0);

    const store = createSqliteRecordStore(path);
    const loaded = (await store.load('alpha'))!;
    const perBatch = new Map<string, number>();
    for (const tp of loaded.dataset.touchpoints) {
      const match = /^r(\d+)-b(\d+)-/.exec(tp.id);
      if (match) perBatch.set(`${match[1]}:${match[2]}`, (perBatch.get(`${match[1]}:${match[2]}`) ?? 0) + 1);
    }
    console.log("DEBUG", [...perBatch], [...acknowledged]);
    for (const [batch, count] of perBatch) expect([batch, count]).toEqual([batch, 10_000]);
    for (const ack of acknowledged) expect(perBatch.get(`${Math.floor(ack / 1_000)}:${ack % 1_000}`)).toBe(10_000);
    // The log agrees with the entities: one change per stored batch item, seqs without a gap.
    const changes = await store.changesAfter('alpha', 0, 1_000_000);
    expect(changes.length).toBe([...perBatch.values()].reduce((a, b) => a + b, 0));
    expect(changes.every((c, i) => c.seq === i + 1)).toBe(true);
    expect(loaded.seq).toBe(changes.length);
    await store.close();
  }, 120_000);

  it('a failed commit answers 503 and changes nothing in memory or on disk', async () => {
    const ts = await startRecordsTestServer();
    try {
      const viewer = await ts.token({ seat: 'viewer' });
      const before = await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer);
      const failing = new DatabaseSync(ts.path);
      failing.exec("CREATE TRIGGER fail_changes BEFORE INSERT ON record_changes BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;");
      const body = { upserts: { accounts: [{ id: 'acc-alpha-1', name: 'ALPHA Product 1', typeId: 'product', parentId: 'acc-root', attributes: { arr: 99_999 } }] } };
      const ingest = () => fetch(`${ts.base}/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${ts.keys.alpha}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const refused = await ingest();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
      expect(JSON.stringify(await refused.json())).not.toContain('99999');
      expect(await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer)).toEqual(before);
      const onDisk = (await ts.records.load('alpha'))!;
      expect(onDisk.seq).toBe(0);
      expect(onDisk.dataset.accounts.find((a) => a.id === 'acc-alpha-1')!.attributes.arr).toBe(500);
      expect(onDisk.dataset.attributeHistory).toHaveLength(1);

      failing.exec('DROP TRIGGER fail_changes');
      failing.close();
      const accepted = await ingest();
      expect(accepted.status).toBe(200);
      expect(((await accepted.json()) as Json).seq).toBe(1);
      const after = await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer);
      expect(after.body.dataVersion).toBe(1);
      expect(after.body.attributes.find((a: Json) => a.key === 'arr').rolledUp).toBe(1000 + 99_999 + 600 + 700 + 800 + 900);
    } finally {
      await ts.close();
    }
  });
});
