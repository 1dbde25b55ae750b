import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createSqliteStores } from './sqlite-stores.ts';
import { describeStoresContract } from './stores.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'sk-sqlite-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeStoresContract('sqlite', async () => createSqliteStores(join(dir, `stores-${++n}.db`)));
