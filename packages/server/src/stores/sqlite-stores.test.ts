import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSummaryConfig } from '@successkit/core';
import { createSqliteStores } from './sqlite-stores.ts';
import { isoFromNow, sampleSummary } from './stores.contract.ts';

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

describe('createSqliteStores read path', () => {
  it('parses a summary once and hands out the same frozen object, across the three lookups', async () => {
    const stores = createSqliteStores(join(dir, 'sk.db'));
    const summary = sampleSummary();
    await stores.summaries.put(summary);
    const first = await stores.summaries.get(keyOf(summary));
    expect(first).toEqual(summary);
    expect(Object.isFrozen(first) && Object.isFrozen(first!.output.sections.overview[0])).toBe(true);
    expect(await stores.summaries.get(keyOf(summary))).toBe(first);
    expect(await stores.summaries.getById('tenant-a', summary.id)).toBe(first);
    expect(await stores.summaries.latestForAccount('tenant-a', 'acc-1')).toBe(first);
    expect(() => (first!.output.kpis as unknown[]).push('x')).toThrow(TypeError);
    await stores.close();
  });

  it('sees a summary row replaced under the same id, and another connection’s newer summary', async () => {
    const path = join(dir, 'sk.db');
    const a = createSqliteStores(path);
    const b = createSqliteStores(path);
    const summary = sampleSummary();
    await a.summaries.put(summary);
    expect((await a.summaries.get(keyOf(summary)))?.inputFingerprint).toBe('fp-1');
    await a.summaries.put({ ...summary, inputFingerprint: 'fp-2' });
    expect((await a.summaries.get(keyOf(summary)))?.inputFingerprint).toBe('fp-2');
    expect((await b.summaries.get(keyOf(summary)))?.inputFingerprint).toBe('fp-2');
    const newer = sampleSummary({ generatedAt: isoFromNow(0) });
    await b.summaries.put(newer);
    expect((await a.summaries.get(keyOf(summary)))?.id).toBe(newer.id);
    await a.close();
    await b.close();
  });

  it('reads the newest config version, also one saved through another connection', async () => {
    const path = join(dir, 'sk.db');
    const a = createSqliteStores(path);
    const b = createSqliteStores(path);
    expect(await a.config.get('tenant-a')).toBeNull();
    await a.config.save('tenant-a', defaultSummaryConfig, 'u1', isoFromNow(0));
    const v2 = await a.config.get('tenant-a');
    expect(v2?.version).toBe(2);
    expect(await a.config.get('tenant-a')).toBe(v2);
    await b.config.save('tenant-a', { ...defaultSummaryConfig, enabled: false }, 'u2', isoFromNow(0));
    expect(await a.config.get('tenant-a')).toMatchObject({ version: 3, updatedBy: 'u2', config: { enabled: false } });
    await a.close();
    await b.close();
  });
});

function keyOf(summary: { tenantId: string; accountId: string; configVersion: number }) {
  return { tenantId: summary.tenantId, accountId: summary.accountId, configVersion: summary.configVersion };
}
