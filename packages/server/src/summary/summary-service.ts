/**
 * `SummaryService`: everything the HTTP routes ask of account summaries. The routes (auth,
 * validation, problem+json, SSE framing) live in `routes/`; this service owns the cache policy,
 * single-flight, jobs, generation, feedback and configuration. Errors it throws are
 * `HttpProblem`s (see http/http-problem.ts) or plain errors (→ 500).
 */
import type {
  Feedback,
  FeedbackRequest,
  Job,
  JobEvent,
  SummaryConfigInput,
  SummaryConfigResponse,
  SummaryPreview,
  SummaryResponse,
} from '@successkit/core';
import type { Caller } from '../auth/caller.ts';

/** `summaryPendingSchema` answer (202). */
export type SummaryPending = Extract<SummaryResponse, { state: 'generating' }>;

/** What the summary routes call. */
export interface SummaryService {
  /** The cached summary, or a (possibly joined) running job. Starts a job on miss or expiry. */
  getSummary(caller: Caller, accountId: string): Promise<SummaryResponse>;
  /** Hard refresh: a new generation overriding the cache (the route checks the permission). */
  refresh(caller: Caller, accountId: string): Promise<SummaryPending>;
  /** A job of the caller's tenant, or `null`. */
  getJob(caller: Caller, jobId: string): Promise<Job | null>;
  /**
   * Subscribes to a job's events. Returns the job as it is now (sent first as a `job` event)
   * and an unsubscribe function, or `null` for an unknown job. Unsubscribing never cancels it.
   */
  subscribeJob(
    caller: Caller,
    jobId: string,
    listener: (event: JobEvent) => void,
  ): Promise<{ job: Job; unsubscribe: () => Promise<void> } | null>;
  /** Stores the caller's vote on the account's current summary. */
  sendFeedback(caller: Caller, accountId: string, feedback: FeedbackRequest): Promise<Feedback>;
  getConfig(caller: Caller): Promise<SummaryConfigResponse>;
  /** Validates against the tenant's attributes and saves a new version. */
  putConfig(caller: Caller, config: SummaryConfigInput): Promise<SummaryConfigResponse>;
  /** The exact payload that would leave the server for an account under a draft config. */
  preview(caller: Caller, body: { config: SummaryConfigInput; accountId?: string }): Promise<SummaryPreview>;
  /** Helpfulness by config version and model. */
  feedbackReport(caller: Caller): Promise<{ rows: Array<{ configVersion: number; model: string | null; up: number; down: number; helpfulness: number | null }> }>;
  /** Stops taking work; running jobs finish or are handed back. */
  close(): Promise<void>;
}
