/**
 * Storage contracts of the server (DESIGN.md "Stores and queue"): the summary cache, jobs,
 * feedback, configuration versions, usage and budgets, the distributed single-flight lock and
 * the job-event bus. The embedded default implements them on SQLite (`node:sqlite`) and in
 * process; the scale-out implementation on Redis. One shared test suite runs against each.
 *
 * Every method is async and may reject with a store error when the backend is unreachable;
 * the HTTP boundary turns that into `503 unavailable`.
 */
import type { Feedback, Job, JobEvent, StoredSummary } from '../api/summary-api.ts';
import type { SummaryConfig, VersionedSummaryConfig } from '../summary/config-schema.ts';

/** What a cached summary is keyed by. */
export interface SummaryKey {
  tenantId: string;
  accountId: string;
  configVersion: number;
}

/** The summary cache: shared by the whole tenant, one current summary per key. */
export interface SummaryStore {
  /** The newest summary for the key, whatever its age (the caller applies the 12-hour rule). */
  get(key: SummaryKey): Promise<StoredSummary | null>;
  /** The newest summary of the account under any config version (the "last good" one). */
  latestForAccount(tenantId: string, accountId: string): Promise<StoredSummary | null>;
  getById(tenantId: string, id: string): Promise<StoredSummary | null>;
  /** Stores a summary as the newest for its key. */
  put(summary: StoredSummary): Promise<void>;
  /** Keys of summaries opened since `since` (for the refresher). */
  recentlyOpened(since: string): Promise<SummaryKey[]>;
  /** Records that a summary was opened now. */
  touch(key: SummaryKey, at: string): Promise<void>;
}

/** Generation jobs and their state. */
export interface JobStore {
  create(job: Job): Promise<void>;
  get(tenantId: string, id: string): Promise<Job | null>;
  /** Merges a change into a job and returns the updated job. */
  update(tenantId: string, id: string, patch: Partial<Job>): Promise<Job | null>;
  /** The queued or running job for a key, if any. */
  findActive(key: SummaryKey): Promise<Job | null>;
  /** The last finished job for a key (to report why the last attempt failed). */
  findLastFinished(key: SummaryKey): Promise<Job | null>;
  /** Jobs left queued or running (after a restart). */
  listUnfinished(): Promise<Job[]>;
}

/** Like / dislike per user per summary. */
export interface FeedbackStore {
  /** Stores a vote, replacing the user's earlier vote on the same summary. */
  put(feedback: Feedback): Promise<void>;
  get(tenantId: string, summaryId: string, userId: string): Promise<Feedback | null>;
  /** Every vote of a tenant (for the helpfulness report). */
  list(tenantId: string): Promise<Feedback[]>;
}

/** Versioned summary configuration per tenant. */
export interface ConfigStore {
  /** The current version, or `null` when the tenant never saved one (use the defaults, version 1). */
  get(tenantId: string): Promise<VersionedSummaryConfig | null>;
  /** Saves a new version (current + 1) and returns it. */
  save(tenantId: string, config: SummaryConfig, userId: string, at: string): Promise<VersionedSummaryConfig>;
}

/** Model usage and cost per tenant per UTC day, for budgets. */
export interface UsageStore {
  /** Adds tokens and cost to the tenant's day and returns the day's totals. */
  add(tenantId: string, day: string, tokens: number, costUsd: number): Promise<{ tokens: number; costUsd: number }>;
  get(tenantId: string, day: string): Promise<{ tokens: number; costUsd: number }>;
}

/**
 * A lock for single-flight across processes: acquired with a random token and an expiry,
 * released only by its holder (compare-and-delete).
 */
export interface LockStore {
  /** Returns true when the lock was taken with this token. */
  acquire(name: string, token: string, ttlMs: number): Promise<boolean>;
  /** Releases the lock if `token` still holds it; returns whether it did. */
  release(name: string, token: string): Promise<boolean>;
  /** Extends the lock if `token` still holds it. */
  extend(name: string, token: string, ttlMs: number): Promise<boolean>;
  /**
   * Optional: resolves when the lock is free (released, expired or never taken), at the latest
   * after `timeoutMs`; `true` when it was seen free. Implementations wake waiters when the lock
   * is released (Redis: pub/sub), so callers need not poll.
   */
  waitForRelease?(name: string, timeoutMs: number): Promise<boolean>;
}

/** Job progress and partial sections, fanned out to every API process. */
export interface EventBus {
  publish(jobId: string, event: JobEvent): Promise<void>;
  /** Subscribes to a job's events; the returned function unsubscribes. */
  subscribe(jobId: string, listener: (event: JobEvent) => void): Promise<() => Promise<void>>;
}

/** All the stores a server runs on. */
export interface Stores {
  summaries: SummaryStore;
  jobs: JobStore;
  feedback: FeedbackStore;
  config: ConfigStore;
  usage: UsageStore;
  locks: LockStore;
  events: EventBus;
  /** Resolves when the backend answers (for `/readyz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
