/**
 * The summary service over the SQLite store, whose hot reads are cached (stores/sqlite-read-cache.ts):
 * expiry still regenerates, and votes, refreshes and config changes show on the next GET.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSummaryConfig } from '@successkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createSqliteStores } from '../stores/sqlite-stores.ts';
import { followJob, testCaller, testClock, testGenerator, testTenants } from './__fixtures__/summary-test-kit.ts';
import { createSummaryService } from './create-summary-service.ts';

const hours = (n: number) => n * 60 * 60 * 1000;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-cached-reads-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup() {
  const clock = testClock();
  // A long recheck window: only this store's own writes may refresh what it remembers.
  const stores = createSqliteStores(join(dir, 'sk.db'), { clock: clock.date, readCache: { recheckMs: 60_000 } });
  const test = testGenerator();
  const service = createSummaryService({ data: testTenants(), stores, queue: createInlineQueue(), generator: test.generator, clock: clock.date });
  return { clock, stores, test, service, caller: testCaller() };
}

describe('summary service over the SQLite read cache', () => {
  it('regenerates a remembered summary once it is 12 hours old', async () => {
    const { service, caller, clock, test, stores } = setup();
    const pending = await service.getSummary(caller, 'acc-1');
    const first = await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    for (let i = 0; i < 3; i++) expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', summary: { id: first.id } });
    clock.advance(hours(12) - 1);
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', summary: { id: first.id } });
    clock.advance(1);
    const expired = await service.getSummary(caller, 'acc-1');
    expect(expired).toMatchObject({ state: 'generating', lastGood: { id: first.id } });
    const second = await followJob(service, caller, expired.state === 'generating' ? expired.jobId : '');
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', summary: { id: second.id }, jobId: null });
    expect(test.calls).toBe(2);
    await service.close();
    await stores.close();
  });

  it('shows a changed vote, a hard refresh and a new config version on the next GET', async () => {
    const { service, caller, stores } = setup();
    const pending = await service.getSummary(caller, 'acc-1');
    const first = await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ myVote: null });
    await service.sendFeedback(caller, 'acc-1', { vote: 'up' });
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ myVote: 'up' });
    await service.sendFeedback(caller, 'acc-1', { vote: 'down' });
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ myVote: 'down' });
    expect(await service.getSummary(testCaller('acme', 'u-2'), 'acc-1')).toMatchObject({ myVote: null });

    const refresh = await service.refresh(caller, 'acc-1');
    const during = await service.getSummary(caller, 'acc-1');
    expect(during.state === 'generating' || during.jobId === refresh.jobId).toBe(true);
    const refreshed = await followJob(service, caller, refresh.jobId);
    expect(refreshed.id).not.toBe(first.id);
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', summary: { id: refreshed.id }, jobId: null });

    await service.putConfig(testCaller('acme', 'admin', ['summary:configure']), { ...defaultSummaryConfig, enabled: false });
    await expect(service.getSummary(caller, 'acc-1')).rejects.toMatchObject({ problemType: 'feature-disabled' });
    await service.close();
    await stores.close();
  });
});
