/**
 * `createJobStarter`: starts (or joins) the one generation job of a cache key. Single-flight in
 * three layers: concurrent callers in this process share one promise (`SingleFlight`); across
 * processes a short lock in `stores.locks` guards "look for an active job, else create one";
 * and the queue deduplicates on the cache key plus a generation counter (the last finished job).
 * Before a new job, the per-request input-size limit (422) and the tenant's daily budget (429)
 * are checked, so a caller hears about them at once.
 */
import { randomUUID } from 'node:crypto';
import type { Job, QueuedJob, SummaryKey, VersionedSummaryConfig } from '@successkit/core';
import type { TenantData } from '../data/tenant-data.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { inputTokensOf } from './input-tokens.ts';
import { SingleFlight } from './summary-core.ts';
import { keyString, secondsToNextUtcDay, utcDay } from './summary-keys.ts';
import type { SummaryRuntime } from './summary-runtime.ts';
import { newQueuedJob } from './new-queued-job.ts';

/** Starts or joins the job of a key. */
export type JobStarter = (
  tenant: TenantData,
  config: VersionedSummaryConfig,
  accountId: string,
  reason: QueuedJob['reason'],
) => Promise<Job>;

const lockTtlMs = 15_000;
/** How long a caller keeps waiting for another process to create the job before a 503. */
const joinTimeoutMs = 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates the job starter of a summary service. */
export function createJobStarter(runtime: SummaryRuntime): JobStarter {
  const { stores } = runtime;
  const flights = new SingleFlight<Job>();

  const checkLimits = async (tenant: TenantData, config: VersionedSummaryConfig, accountId: string) => {
    const prepared = runtime.prepare(tenant, accountId, config, new Date(runtime.now()).toISOString());
    const tokens = inputTokensOf(prepared);
    if (tokens > runtime.limits.maxInputTokens)
      throw new HttpProblem(
        'input-too-large',
        `The summary input is about ${tokens} tokens, above the limit of ${runtime.limits.maxInputTokens}. Exclude attributes or categories in the summary settings.`,
      );
    const { dailyBudgetUsd, dailyTokens } = runtime.limits;
    if (dailyBudgetUsd === undefined && dailyTokens === undefined) return;
    const now = runtime.now();
    const used = await stores.usage.get(tenant.tenantId, utcDay(now));
    if ((dailyBudgetUsd !== undefined && used.costUsd >= dailyBudgetUsd) || (dailyTokens !== undefined && used.tokens >= dailyTokens))
      throw new HttpProblem('budget-exceeded', "The tenant's daily summary budget is spent; it resets at midnight UTC.", {
        retryAfter: secondsToNextUtcDay(now),
      });
  };

  const create = async (key: SummaryKey, tenant: TenantData, config: VersionedSummaryConfig, reason: QueuedJob['reason']) => {
    const lockName = `summary-job:${keyString(key)}`;
    const token = randomUUID();
    const deadline = performance.now() + joinTimeoutMs;
    while (!(await stores.locks.acquire(lockName, token, lockTtlMs))) {
      // Another process is creating the job: join it once its lock is released.
      const left = deadline - performance.now();
      if (left <= 0) throw new HttpProblem('unavailable', 'Could not start the summary job; try again.', { retryAfter: 1 });
      if (stores.locks.waitForRelease) await stores.locks.waitForRelease(lockName, Math.min(left, lockTtlMs));
      else await sleep(25 + Math.random() * 25);
      const other = await stores.jobs.findActive(key);
      if (other) return other;
    }
    try {
      const active = await stores.jobs.findActive(key);
      if (active) return active;
      await checkLimits(tenant, config, key.accountId);
      const at = new Date(runtime.now()).toISOString();
      const job = newQueuedJob(
        { id: randomUUID(), tenantId: key.tenantId, accountId: key.accountId, configVersion: key.configVersion, reason },
        at,
      );
      await stores.jobs.create(job);
      const generation = (await stores.jobs.findLastFinished(key))?.id ?? 'first';
      const queued: QueuedJob = { jobId: job.id, ...key, reason };
      const { jobId, deduplicated } = await runtime.queue.enqueue(queued, `${keyString(key)}:${generation}`);
      if (deduplicated && jobId !== job.id) {
        await stores.jobs.update(key.tenantId, job.id, { status: 'failed', stage: 'failed', finishedAt: at, progress: 1 });
        return (await stores.jobs.get(key.tenantId, jobId)) ?? job;
      }
      runtime.logger.info({ jobId: job.id, tenantId: key.tenantId, reason }, 'summary job queued');
      return job;
    } finally {
      await stores.locks.release(lockName, token).catch(() => false);
    }
  };

  return (tenant, config, accountId, reason) => {
    const key = { tenantId: tenant.tenantId, accountId, configVersion: config.version };
    return flights.run(keyString(key), async () => (await stores.jobs.findActive(key)) ?? create(key, tenant, config, reason));
  };
}
