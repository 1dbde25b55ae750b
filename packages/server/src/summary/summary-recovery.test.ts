import type { JobEvent } from '@successkit/core';
import { describe, expect, it } from 'vitest';
import { createMemoryStores } from '../stores/memory-stores.ts';
import { sampleJob } from '../stores/stores.contract.ts';
import { failUnfinishedJob } from './summary-recovery.ts';

const at = '2026-03-02T12:00:00.000Z';

describe('failUnfinishedJob', () => {
  it('fails a job left running or queued, with a problem, and tells its listeners', async () => {
    const stores = createMemoryStores();
    for (const status of ['running', 'queued'] as const) {
      const job = sampleJob({ status, stage: status === 'running' ? 'writing' : 'queued' });
      await stores.jobs.create(job);
      const events: JobEvent[] = [];
      const stop = await stores.events.subscribe(job.id, (event) => void events.push(event));
      expect(await failUnfinishedJob(stores, job.tenantId, job.id, at, 'The job was given up after 3 attempt(s) (Error).')).toBe(true);
      await stop();
      const stored = await stores.jobs.get(job.tenantId, job.id);
      expect(stored).toMatchObject({ status: 'failed', stage: 'failed', finishedAt: at, error: { status: 503, detail: 'The job was given up after 3 attempt(s) (Error).' } });
      expect(events.map((e) => e.type)).toContain('failed');
      expect(await stores.jobs.findActive({ tenantId: job.tenantId, accountId: job.accountId, configVersion: job.configVersion })).toBeNull();
    }
  });

  it('leaves a finished job (and an unknown one) alone', async () => {
    const stores = createMemoryStores();
    const done = sampleJob({ status: 'succeeded', stage: 'done', finishedAt: at });
    const failed = sampleJob({ status: 'failed', stage: 'failed', finishedAt: at, error: { type: 'x', title: 'X', status: 502, detail: 'first reason' } });
    await stores.jobs.create(done);
    await stores.jobs.create(failed);
    expect(await failUnfinishedJob(stores, done.tenantId, done.id, at, 'late')).toBe(false);
    expect(await failUnfinishedJob(stores, failed.tenantId, failed.id, at, 'late')).toBe(false);
    expect(await failUnfinishedJob(stores, 'tenant-a', 'no-such-job', at, 'late')).toBe(false);
    expect((await stores.jobs.get(done.tenantId, done.id))?.status).toBe('succeeded');
    expect((await stores.jobs.get(failed.tenantId, failed.id))?.error?.detail).toBe('first reason');
  });
});
