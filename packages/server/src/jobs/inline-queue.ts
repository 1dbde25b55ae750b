/**
 * `createInlineQueue`: the embedded default `JobQueue`, running jobs in this process with a
 * small concurrency limit. Jobs are deduplicated per key while queued or running; `close()`
 * stops taking jobs and waits for the running ones to finish. Jobs still waiting at close stay
 * `queued` in the job store, where the summary service finds them again on the next start.
 */
import type { JobHandler, JobQueue, QueuedJob } from '@successkit/core';
import { QueueClosedError } from './queue-closed-error.ts';

/** Options of the inline queue. */
export interface InlineQueueOptions {
  /** Jobs run at the same time (default 2). */
  concurrency?: number;
  /** Told when a handler rejects (the handler records the failure itself). */
  onError?: (error: unknown, job: QueuedJob) => void;
}


/**
 * Creates an in-process job queue.
 *
 * @example
 * ```ts
 * const queue = createInlineQueue({ concurrency: 2 });
 * await queue.process(async (job) => { await generate(job); });
 * await queue.enqueue({ jobId: 'j1', tenantId: 't', accountId: 'a', configVersion: 1, reason: 'generate' }, 't:a:1:0');
 * await queue.close();
 * ```
 */
export function createInlineQueue(options: InlineQueueOptions = {}): JobQueue & { size(): { waiting: number; running: number } } {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const waiting: Array<{ job: QueuedJob; dedupeKey: string }> = [];
  const byKey = new Map<string, string>();
  const running = new Set<Promise<void>>();
  const controller = new AbortController();
  let handler: JobHandler | null = null;
  let closed = false;

  const pump = (): void => {
    while (handler && !closed && running.size < concurrency && waiting.length > 0) {
      const { job, dedupeKey } = waiting.shift()!;
      const run = (async () => {
        try {
          await handler!(job, controller.signal);
        } catch (error) {
          options.onError?.(error, job);
        } finally {
          byKey.delete(dedupeKey);
        }
      })();
      running.add(run);
      void run.finally(() => {
        running.delete(run);
        pump();
      });
    }
  };

  return {
    async enqueue(job, dedupeKey) {
      if (closed) throw new QueueClosedError();
      const existing = byKey.get(dedupeKey);
      if (existing) return { jobId: existing, deduplicated: true };
      byKey.set(dedupeKey, job.jobId);
      waiting.push({ job, dedupeKey });
      queueMicrotask(pump);
      return { jobId: job.jobId, deduplicated: false };
    },
    async process(next) {
      handler = next;
      queueMicrotask(pump);
    },
    async ping() {
      if (closed) throw new QueueClosedError();
    },
    async close() {
      closed = true;
      waiting.length = 0;
      await Promise.allSettled([...running]);
    },
    size() {
      return { waiting: waiting.length, running: running.size };
    },
  };
}
