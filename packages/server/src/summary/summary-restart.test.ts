import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from '@successkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createSqliteStores } from '../stores/sqlite-stores.ts';
import { followJob, testCaller, testGenerator, testTenants } from './__fixtures__/summary-test-kit.ts';
import { createSummaryService } from './create-summary-service.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-restart-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const start = (path: string, recoverJobs: 'rerun' | 'fail' = 'rerun') => {
  const stores = createSqliteStores(path);
  const test = testGenerator();
  const service = createSummaryService({ data: testTenants(), stores, queue: createInlineQueue(), generator: test.generator, recoverJobs });
  return { stores, test, service };
};

const interrupted = (id: string, status: Job['status']): Job => ({
  id,
  tenantId: 'acme',
  accountId: 'acc-2',
  configVersion: 1,
  reason: 'generate',
  status,
  stage: status === 'running' ? 'writing' : 'queued',
  progress: 0.3,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  finishedAt: null,
  sections: {},
  summaryId: null,
  error: null,
});

describe('a restart with a real SQLite file', () => {
  it('keeps summaries, config and feedback', async () => {
    const path = join(dir, 'successkit.db');
    const admin = testCaller('acme', 'admin', ['summary:configure']);
    const caller = testCaller();
    const first = start(path);
    await first.service.putConfig(admin, { kpis: ['arr'], ignoreAttributes: ['segment'] });
    const pending = await first.service.getSummary(caller, 'acc-1');
    const summary = await followJob(first.service, caller, pending.state === 'generating' ? pending.jobId : '');
    await first.service.sendFeedback(caller, 'acc-1', { vote: 'up', reason: 'useful' });
    await first.service.close();
    await first.stores.close();

    const second = start(path);
    await second.service.ready;
    expect(await second.service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', summary, myVote: 'up' });
    expect(await second.service.getConfig(admin)).toMatchObject({ version: 2, config: { kpis: ['arr'], ignoreAttributes: ['segment'] }, updatedBy: 'admin' });
    expect(await second.service.feedbackReport(admin)).toEqual({ rows: [{ configVersion: 2, model: 'test-model', up: 1, down: 0, helpfulness: 1 }] });
    expect(second.test.calls).toBe(0);
    expect(second.stores.schemaVersion).toBe(1);
    await second.service.close();
    await second.stores.close();
  });

  it('re-runs jobs a stopped process left queued or running', async () => {
    const path = join(dir, 'successkit.db');
    const before = createSqliteStores(path);
    await before.jobs.create(interrupted('job-running', 'running'));
    await before.close();

    const after = start(path);
    await after.service.ready;
    const summary = await followJob(after.service, testCaller(), 'job-running');
    expect(summary.accountId).toBe('acc-2');
    expect(await after.stores.jobs.get('acme', 'job-running')).toMatchObject({ status: 'succeeded', summaryId: summary.id });
    await after.service.close();
    await after.stores.close();
  });

  it('or marks them failed', async () => {
    const path = join(dir, 'successkit.db');
    const before = createSqliteStores(path);
    await before.jobs.create(interrupted('job-queued', 'queued'));
    await before.close();

    const after = start(path, 'fail');
    await after.service.ready;
    expect(await after.stores.jobs.get('acme', 'job-queued')).toMatchObject({ status: 'failed', error: { status: 503 } });
    expect(after.test.calls).toBe(0);
    await after.service.close();
    await after.stores.close();
  });
});
