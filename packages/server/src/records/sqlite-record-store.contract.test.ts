import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeRecordStoreContract } from './record-store.contract.ts';
import { createSqliteRecordStore } from './sqlite-record-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'sk-records-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeRecordStoreContract('sqlite', async () => createSqliteRecordStore(join(dir, `records-${++n}.db`), { pollMs: 20 }), {
  reopen: async (store) => createSqliteRecordStore((store as ReturnType<typeof createSqliteRecordStore>).path, { pollMs: 20 }),
});
