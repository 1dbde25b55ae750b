import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores } from './sqlite-stores.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-sqlite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSqliteStores', () => {
  it('uses one WAL file with recorded, numbered migrations applied once', async () => {
    const path = join(dir, 'sk.db');
    await (createSqliteStores(path)).close();
    const reopened = createSqliteStores(path);
    expect(reopened.schemaVersion).toBe(1);
    await reopened.close();
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('SELECT version FROM migrations').all()).toEqual([{ version: 1 }]);
    db.close();
  });

  it('lets a lock expire, and only its holder release or extend it, across two connections', async () => {
    let now = 1_000;
    const path = join(dir, 'sk.db');
    const a = createSqliteStores(path, { now: () => now });
    const b = createSqliteStores(path, { now: () => now });
    expect(await a.locks.acquire('k', 'ta', 100)).toBe(true);
    expect(await b.locks.acquire('k', 'tb', 100)).toBe(false);
    expect(await b.locks.release('k', 'tb')).toBe(false);
    expect(await a.locks.extend('k', 'ta', 100)).toBe(true);
    now += 150;
    expect(await b.locks.acquire('k', 'tb', 100)).toBe(true);
    expect(await a.locks.release('k', 'ta')).toBe(false);
    expect(await b.locks.release('k', 'tb')).toBe(true);
    await a.close();
    await b.close();
  });
});
