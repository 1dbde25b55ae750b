import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSummaryConfig } from '@successkit/core';
import { createSqliteStores } from './sqlite-stores.ts';
import { isoFromNow, sampleJob, sampleSummary } from './stores.contract.ts';

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
    const a = createSqliteStores(path, { clock: () => new Date(now) });
    const b = createSqliteStores(path, { clock: () => new Date(now) });
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
    await pastRecheckWindow();
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
    await pastRecheckWindow();
    expect(await a.config.get('tenant-a')).toMatchObject({ version: 3, updatedBy: 'u2', config: { enabled: false } });
    await a.close();
    await b.close();
  });
});

describe('createSqliteStores read cache', () => {
  const key = { tenantId: 'tenant-a', accountId: 'acc-1', configVersion: 1 };

  it('reads its own writes at once: summaries, jobs, votes, configs', async () => {
    const stores = createSqliteStores(join(dir, 'sk.db'), { readCache: { recheckMs: 60_000 } });
    expect(await stores.summaries.get(key)).toBeNull();
    expect(await stores.jobs.findActive(key)).toBeNull();
    expect(await stores.feedback.get('tenant-a', 'sum-1', 'u1')).toBeNull();
    expect(await stores.config.get('tenant-a')).toBeNull();
    const summary = sampleSummary();
    await stores.summaries.put(summary);
    expect((await stores.summaries.get(key))?.id).toBe(summary.id);
    const job = sampleJob();
    await stores.jobs.create(job);
    expect((await stores.jobs.findActive(key))?.id).toBe(job.id);
    await stores.jobs.update('tenant-a', job.id, { status: 'succeeded', stage: 'done', finishedAt: isoFromNow(0) });
    expect(await stores.jobs.findActive(key)).toBeNull();
    const vote = { summaryId: 'sum-1', tenantId: 'tenant-a', accountId: 'acc-1', userId: 'u1', vote: 'up' as const, reason: null, configVersion: 1, model: null, at: isoFromNow(0) };
    await stores.feedback.put(vote);
    expect(await stores.feedback.get('tenant-a', 'sum-1', 'u1')).toEqual(vote);
    await stores.feedback.put({ ...vote, vote: 'down' });
    expect((await stores.feedback.get('tenant-a', 'sum-1', 'u1'))?.vote).toBe('down');
    await stores.config.save('tenant-a', defaultSummaryConfig, 'u1', isoFromNow(0));
    expect((await stores.config.get('tenant-a'))?.version).toBe(2);
    await stores.close();
  });

  it('hands out a fresh job and vote object on every read, as without the cache', async () => {
    const stores = createSqliteStores(join(dir, 'sk.db'));
    await stores.jobs.create(sampleJob());
    const first = await stores.jobs.findActive(key);
    first!.status = 'failed';
    expect((await stores.jobs.findActive(key))?.status).toBe('queued');
    expect(await stores.jobs.findActive(key)).not.toBe(await stores.jobs.findActive(key));
    await stores.close();
  });

  it("sees another connection's job right after any write of its own (taking a lock), even inside the recheck window", async () => {
    const path = join(dir, 'sk.db');
    const a = createSqliteStores(path, { readCache: { recheckMs: 60_000 } });
    const b = createSqliteStores(path);
    expect(await a.jobs.findActive(key)).toBeNull();
    const job = sampleJob();
    await b.jobs.create(job);
    expect(await a.jobs.findActive(key)).toBeNull(); // remembered, inside the window
    expect(await a.locks.acquire('summary-job:x', 'token', 1000)).toBe(true);
    expect((await a.jobs.findActive(key))?.id).toBe(job.id);
    await a.close();
    await b.close();
  });

  it("sees another connection's commits on every read with recheckMs 0", async () => {
    const path = join(dir, 'sk.db');
    const a = createSqliteStores(path, { readCache: { recheckMs: 0 } });
    const b = createSqliteStores(path);
    expect(await a.summaries.get(key)).toBeNull();
    const summary = sampleSummary();
    await b.summaries.put(summary);
    expect((await a.summaries.get(key))?.id).toBe(summary.id);
    await b.feedback.put({ summaryId: summary.id, tenantId: 'tenant-a', accountId: 'acc-1', userId: 'u1', vote: 'up', reason: null, configVersion: 1, model: null, at: isoFromNow(0) });
    expect((await a.feedback.get('tenant-a', summary.id, 'u1'))?.vote).toBe('up');
    await a.close();
    await b.close();
  });

  it('fails reads after close instead of answering from the cache', async () => {
    const stores = createSqliteStores(join(dir, 'sk.db'), { readCache: { recheckMs: 60_000 } });
    await stores.summaries.get(key);
    await stores.close();
    await expect(stores.summaries.get(key)).rejects.toThrow();
  });
});

/** Another connection's commits are seen once the read cache's recheck window (1 ms) has passed. */
const pastRecheckWindow = () => new Promise((resolve) => setTimeout(resolve, 5));

function keyOf(summary: { tenantId: string; accountId: string; configVersion: number }) {
  return { tenantId: summary.tenantId, accountId: summary.accountId, configVersion: summary.configVersion };
}
