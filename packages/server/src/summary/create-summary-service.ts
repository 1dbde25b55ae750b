/**
 * `createSummaryService`: the summary engine behind the HTTP routes. Serves the cached summary
 * of (tenant, account, config version) while it is younger than 12 hours; on a miss or after
 * expiry it starts — or joins — the one generation job of the key and answers "generating"
 * with the last good summary. Jobs run through the queue (see summary-job-runner.ts), report
 * progress on the event bus and survive a restart (re-run or marked failed).
 *
 * The cached path is kept cheap: the stores hand out frozen summaries without copying, "opened"
 * is written at most once per key per `openedThrottleMs` (the refresher only needs the day), and
 * the input fingerprint behind `dataChanged` is memoized; the caller's own vote is one keyed lookup.
 * Answers and job events are trimmed for their reader (withheld-for-reader.ts): the withheld
 * statements go to admins only.
 */
import type { Clock, Job, JobEvent, JobQueue, Stores, SummaryGenerator, SummaryResponse } from '@successkit/core';
import type { Caller } from '../auth/caller.ts';
import type { TenantData, TenantDataProvider } from '../data/tenant-data.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { createDataChangedSince, type ChangeSource } from './data-changed-since.ts';
import { createSummaryRefresher, type RefresherOptions, type SummaryRefresher } from './summary-refresher.ts';
import { isExpired } from './summary-core.ts';
import { createJobStarter } from './summary-job-starter.ts';
import { createSummaryJobRunner } from './summary-job-runner.ts';
import { recoverInterruptedJobs, type RecoveryMode } from './summary-recovery.ts';
import { createOpenedRecorder } from './summary-opened.ts';
import { createSummaryRuntime, type SummaryLimits, type SummaryLogger } from './summary-runtime.ts';
import { createFeedbackReport } from './feedback-report.ts';
import { createSummaryConfiguration } from './summary-configuration.ts';
import { createSummaryFeedback } from './summary-feedback.ts';
import { createSummaryPreview } from './summary-preview.ts';
import { assertAccount, tenantOf } from './summary-tenant.ts';
import type { SummaryPending, SummaryService } from './summary-service.ts';
import { answerForReader, eventForReader, summaryForReader } from './withheld-for-reader.ts';

/** Options of the summary service. */
export interface SummaryServiceOptions {
  data: TenantDataProvider;
  stores: Stores;
  queue: JobQueue;
  generator: SummaryGenerator;
  /** The clock (default: the system clock). */
  clock?: Clock;
  limits?: Partial<SummaryLimits>;
  refresher?: RefresherOptions;
  /** Run jobs in this process (default true); an API-only process behind BullMQ workers says false. */
  processJobs?: boolean;
  /** What to do at start with jobs left queued or running (default `rerun` when processing jobs). */
  recoverJobs?: RecoveryMode;
  /** After a failed attempt, an expired summary is served as `expired` for this long before retrying (default 60 s). */
  failureCooldownMs?: number;
  /** A summary's "opened" time (read by the refresher) is stored at most once per key in this window (default 60 s). */
  openedThrottleMs?: number;
  logger?: SummaryLogger;
  /** The tenants' change log (`RecordStore.changesAfter`), for `dataChangedSince`; without it that is always `null`. */
  changes?: ChangeSource | undefined;
}

/** The service plus what its owner and tests need. */
export interface SummaryEngine extends SummaryService {
  /** Resolves once interrupted jobs were recovered and the queue is processing. */
  ready: Promise<void>;
  refresher: SummaryRefresher;
}

/**
 * Creates the summary service.
 *
 * @example
 * ```ts
 * const service = createSummaryService({
 *   data, stores: createSqliteStores('successkit.db'), queue: createInlineQueue(), generator: createGeneratorFromEnv(process.env),
 * });
 * const answer = await service.getSummary(caller, 'acc-1'); // 200 summary, or 202 with a job id
 * ```
 */
export function createSummaryService(options: SummaryServiceOptions): SummaryEngine {
  const clock = options.clock;
  const now = clock ? () => clock().getTime() : Date.now;
  const runtime = createSummaryRuntime({ ...options, now });
  const { stores } = runtime;
  const startJob = createJobStarter(runtime);
  const runJob = createSummaryJobRunner(runtime);
  const refresher = createSummaryRefresher(runtime, startJob, options.refresher ?? { enabled: false });
  const failureCooldownMs = options.failureCooldownMs ?? 60_000;
  const processJobs = options.processJobs ?? true;
  const ready = (async () => {
    if (!processJobs) return;
    await options.queue.process(runJob);
    await recoverInterruptedJobs(runtime, options.recoverJobs ?? 'rerun');
  })();
  ready.catch((error: unknown) => runtime.logger.error({ error: (error as Error).name }, 'summary job recovery failed'));

  const enabledConfig = async (tenant: TenantData) => {
    const config = await runtime.currentConfig(tenant);
    if (!config.config.enabled) throw new HttpProblem('feature-disabled', 'Account summaries are switched off for this tenant.');
    return config;
  };

  const pending = async (job: Job, tenantId: string, accountId: string, configVersion: number): Promise<SummaryPending> => {
    const key = { tenantId, accountId, configVersion };
    const [lastGood, lastFinished] = await Promise.all([
      stores.summaries.get(key).then((s) => s ?? stores.summaries.latestForAccount(tenantId, accountId)),
      stores.jobs.findLastFinished(key),
    ]);
    return { state: 'generating', jobId: job.id, lastGood, lastError: lastFinished?.status === 'failed' ? lastFinished.error : null };
  };

  const touch = createOpenedRecorder(stores, options.openedThrottleMs ?? 60_000);
  const changedSince = createDataChangedSince({ changes: options.changes });

  /** The summary answer as stored (every withheld item); `getSummary` trims it for the reader. */
  async function answer(caller: Caller, accountId: string): Promise<SummaryResponse> {
    const tenant = await tenantOf(runtime, caller);
    assertAccount(tenant, accountId);
    const config = await enabledConfig(tenant);
    const key = { tenantId: tenant.tenantId, accountId, configVersion: config.version };
    const now = runtime.now();
    const [summary, active] = await Promise.all([stores.summaries.get(key), stores.jobs.findActive(key), touch(key, now)]);
    const ready = async (state: 'fresh' | 'expired', jobId: string | null): Promise<SummaryResponse> => {
      const current = runtime.prepare(tenant, accountId, config, summary!.generatedAt);
      const [vote, dataChangedSince] = await Promise.all([
        stores.feedback.get(tenant.tenantId, summary!.id, caller.userId),
        changedSince.compute(tenant, accountId, summary!.dataVersion),
      ]);
      const dataChanged = current.fingerprint !== summary!.inputFingerprint;
      return { state, summary: summary!, dataChanged, dataChangedSince, myVote: vote?.vote ?? null, jobId };
    };
    if (summary && !isExpired(summary, now)) return ready('fresh', active?.id ?? null);
    if (summary && !active) {
      const last = await stores.jobs.findLastFinished(key);
      const failedAt = last?.status === 'failed' && last.finishedAt ? Date.parse(last.finishedAt) : NaN;
      if (failedAt > Date.parse(summary.generatedAt) && now - failedAt < failureCooldownMs) return ready('expired', null);
    }
    const job = active ?? (await startJob(tenant, config, accountId, 'generate'));
    return pending(job, tenant.tenantId, accountId, config.version);
  }

  return {
    ready,
    refresher,
    ...createSummaryConfiguration(runtime),
    ...createSummaryPreview(runtime),
    ...createSummaryFeedback(runtime),
    ...createFeedbackReport(runtime),
    async getSummary(caller, accountId): Promise<SummaryResponse> {
      return answerForReader(await answer(caller, accountId), caller);
    },
    async refresh(caller, accountId) {
      const tenant = await tenantOf(runtime, caller);
      assertAccount(tenant, accountId);
      const config = await enabledConfig(tenant);
      const job = await startJob(tenant, config, accountId, 'refresh');
      return answerForReader(await pending(job, tenant.tenantId, accountId, config.version), caller);
    },
    async getJob(caller, jobId) {
      return stores.jobs.get(caller.tenantId, jobId);
    },
    async subscribeJob(caller, jobId, listener) {
      // Subscribe first and buffer, so nothing published between the snapshot and the
      // subscription is lost; buffered events are delivered after the caller got the snapshot.
      let buffer: JobEvent[] | null = [];
      const unsubscribe = await stores.events.subscribe(jobId, (event) => (buffer ? buffer.push(event) : listener(eventForReader(event, caller))));
      const job = await stores.jobs.get(caller.tenantId, jobId);
      if (!job) {
        await unsubscribe();
        return null;
      }
      setImmediate(() => {
        void (async () => {
          const early = buffer ?? [];
          buffer = null;
          const ended = early.some((e) => e.type === 'done' || e.type === 'failed');
          for (const event of early) listener(eventForReader(event, caller));
          if (ended) return;
          // A job that had already ended gets its terminal event, so every stream ends the same way.
          if (job.status === 'succeeded' && job.summaryId) {
            const summary = await stores.summaries.getById(job.tenantId, job.summaryId);
            if (summary) listener({ type: 'done', summary: summaryForReader(summary, caller) });
          } else if (job.status === 'failed' && job.error) listener({ type: 'failed', problem: job.error });
        })().catch(() => undefined);
      });
      return { job, unsubscribe };
    },
    async close() {
      refresher.stop();
      touch.clear();
      if (processJobs) await options.queue.close();
    },
  };
}
