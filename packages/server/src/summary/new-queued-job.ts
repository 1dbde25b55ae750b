/**
 * `newQueuedJob`: the record of a generation job as it is created — queued, nothing written yet.
 * The job starter creates jobs with it; tests and the store contract suite build sample jobs
 * from it, so every new job has the same shape.
 */
import type { Job } from '@successkit/core';

/** What identifies a new job. */
export type NewJobFields = Pick<Job, 'id' | 'tenantId' | 'accountId' | 'configVersion' | 'reason'>;

/** A queued job created at `at` (ISO time). */
export function newQueuedJob(fields: NewJobFields, at: string): Job {
  return {
    ...fields,
    status: 'queued',
    stage: 'queued',
    progress: 0,
    createdAt: at,
    updatedAt: at,
    finishedAt: null,
    sections: {},
    summaryId: null,
    error: null,
  };
}
