/**
 * Recovery of jobs a stopped process left `queued` or `running`: re-run them (the default for
 * the embedded queue, whose waiting jobs live only in memory) or mark them failed.
 */
import { problemTypeUri, type Stores } from '@successkit/core';
import { keyString } from './summary-keys.ts';
import type { SummaryRuntime } from './summary-runtime.ts';

/** `rerun`: queue interrupted jobs again; `fail`: mark them failed; `off`: leave them (scale-out queues recover their own). */
export type RecoveryMode = 'rerun' | 'fail' | 'off';

/**
 * Marks a job failed unless it already finished: for a queue that gave up on a job without its
 * handler recording why (it stalled more often than allowed, or its last attempt died with the
 * worker). Resolves whether the job changed; a failed job never replaces the last good summary.
 */
export async function failUnfinishedJob(stores: Stores, tenantId: string, jobId: string, at: string, detail: string): Promise<boolean> {
  const job = await stores.jobs.get(tenantId, jobId);
  if (!job || job.status === 'succeeded' || job.status === 'failed') return false;
  const problem = { type: problemTypeUri('unavailable'), title: 'Unavailable', status: 503, detail };
  await stores.jobs.update(tenantId, jobId, { status: 'failed', stage: 'failed', progress: 1, updatedAt: at, finishedAt: at, error: problem });
  await stores.events.publish(jobId, { type: 'failed', problem });
  return true;
}

/** Re-runs or fails every unfinished job; resolves with how many were handled. */
export async function recoverInterruptedJobs(runtime: SummaryRuntime, mode: RecoveryMode): Promise<number> {
  if (mode === 'off') return 0;
  const { stores } = runtime;
  const jobs = await stores.jobs.listUnfinished();
  for (const job of jobs) {
    const at = new Date(runtime.now()).toISOString();
    if (mode === 'fail') {
      await failUnfinishedJob(stores, job.tenantId, job.id, at, 'The job was interrupted by a restart.');
      continue;
    }
    await stores.jobs.update(job.tenantId, job.id, { status: 'queued', stage: 'queued', progress: 0, sections: {}, updatedAt: at });
    const key = { tenantId: job.tenantId, accountId: job.accountId, configVersion: job.configVersion };
    await runtime.queue.enqueue({ jobId: job.id, ...key, reason: job.reason }, `${keyString(key)}:recover:${job.id}`);
  }
  if (jobs.length > 0) runtime.logger.info({ jobs: jobs.length, mode }, 'interrupted summary jobs recovered');
  return jobs.length;
}
