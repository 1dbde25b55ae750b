/**
 * The `JobQueue` contract: runs summary generation jobs. Payloads hold ids only, never account
 * data. The embedded default runs jobs in process; the scale-out one is BullMQ with separate
 * workers (retries with backoff, stalled-job recovery, per-tenant rate limit).
 */

/** What a queued job carries: ids only. */
export interface QueuedJob {
  jobId: string;
  tenantId: string;
  accountId: string;
  configVersion: number;
  reason: 'generate' | 'refresh' | 'refresher';
  /** Set by queues that retry (BullMQ): this run's attempt, 1 for the first. */
  attempt?: number;
  /**
   * Set by queues that retry: whether a rejection of this run fails the job for good. When it
   * is `false`, the queue runs the job again later, so the handler should not record the job
   * as failed. Absent means there is no retry.
   */
  finalAttempt?: boolean;
}

/** Runs one job; rejects to fail (or retry) it. */
export type JobHandler = (job: QueuedJob, signal: AbortSignal) => Promise<void>;

/** Queues and runs generation jobs. */
export interface JobQueue {
  /**
   * Adds a job. Jobs are deduplicated per `dedupeKey` (cache key and generation): when one with
   * the same key is queued or running, its id is returned with `deduplicated: true`.
   */
  enqueue(job: QueuedJob, dedupeKey: string): Promise<{ jobId: string; deduplicated: boolean }>;
  /** Starts processing with this handler (in-process queues and workers; an API-only process does not call it). */
  process(handler: JobHandler): Promise<void>;
  /** Resolves when the queue's backend answers. */
  ping(): Promise<void>;
  /** Stops taking jobs; running jobs finish (or are handed back) before it resolves. */
  close(): Promise<void>;
}
