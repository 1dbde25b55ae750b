/**
 * `createMemoryStores`: every store of core's `Stores` contract in memory, for tests and
 * throw-away runs. Values are copied and deep-frozen once when written, and reads hand out the
 * stored (frozen) object itself, so a cached read costs no copy and no caller can change stored
 * state (a write to a returned value throws). Lookups on the read path are O(1) map hits: the
 * summary of a key, the active job of a key, a user's vote on a summary.
 */
import type {
  Feedback,
  Job,
  StoredSummary,
  Stores,
  SummaryConfig,
  SummaryKey,
  VersionedSummaryConfig,
} from '@successkit/core';
import { createInProcessEventBus } from './in-process-event-bus.ts';
import { InvalidStateError, type Clock } from '@successkit/core';

/** Options of the memory stores. */
export interface MemoryStoresOptions {
  /** The clock of lock expiry (default: the system clock). */
  clock?: Clock;
}

/** An unambiguous map key of a summary key (the tenant and account ids are length-prefixed). */
const keyOf = (key: SummaryKey): string => `${key.tenantId.length}:${key.tenantId}${key.accountId.length}:${key.accountId}${key.configVersion}`;
const voteKey = (tenantId: string, summaryId: string, userId: string): string =>
  `${tenantId.length}:${tenantId}${summaryId.length}:${summaryId}${userId}`;

/** Freezes a value and everything it holds (values already frozen are left as they are). */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/** A private, frozen copy of a value handed to the store (the caller keeps its own object). */
const own = <T>(value: T): T => deepFreeze(structuredClone(value));
const newer = (a: StoredSummary, b: StoredSummary): boolean => Date.parse(a.generatedAt) >= Date.parse(b.generatedAt);

/**
 * Creates in-memory stores.
 *
 * @example
 * ```ts
 * const stores = createMemoryStores();
 * await stores.config.save('acme', defaultConfig, 'u1', new Date().toISOString());
 * ```
 */
export function createMemoryStores(options: MemoryStoresOptions = {}): Stores {
  const clock = options.clock;
  const now = clock ? () => clock().getTime() : Date.now;
  const summariesById = new Map<string, StoredSummary>();
  const currentByKey = new Map<string, StoredSummary>();
  const latestByAccount = new Map<string, StoredSummary>();
  const opened = new Map<string, { key: SummaryKey; at: string }>();
  const jobs = new Map<string, Job>();
  /** Job ids per summary key, and the subset still queued or running. */
  const jobsByKey = new Map<string, Set<string>>();
  const activeByKey = new Map<string, Set<string>>();
  const feedback = new Map<string, Feedback>();
  const configs = new Map<string, VersionedSummaryConfig>();
  const usage = new Map<string, { tokens: number; costUsd: number }>();
  const locks = new Map<string, { token: string; expiresAt: number }>();
  let closed = false;

  const accountKey = (tenantId: string, accountId: string): string => `${tenantId.length}:${tenantId}${accountId}`;
  const jobKey = (job: Job): string =>
    keyOf({ tenantId: job.tenantId, accountId: job.accountId, configVersion: job.configVersion });
  const active = (job: Job): boolean => job.status === 'queued' || job.status === 'running';
  const addTo = (index: Map<string, Set<string>>, key: string, id: string) => {
    const ids = index.get(key);
    if (ids) ids.add(id);
    else index.set(key, new Set([id]));
  };
  const removeFrom = (index: Map<string, Set<string>>, key: string, id: string) => {
    const ids = index.get(key);
    if (!ids) return;
    ids.delete(id);
    if (ids.size === 0) index.delete(key);
  };
  /** Stores a job and keeps the per-key indexes in step with it (in creation order). */
  const storeJob = (job: Job, previous: Job | undefined) => {
    const key = jobKey(job);
    const previousKey = previous ? jobKey(previous) : null;
    if (previous && previousKey !== key) removeFrom(jobsByKey, previousKey!, previous.id);
    if (previous && (previousKey !== key || !active(job))) removeFrom(activeByKey, previousKey!, previous.id);
    jobs.set(job.id, job);
    addTo(jobsByKey, key, job.id);
    if (active(job)) addTo(activeByKey, key, job.id);
  };
  const liveLock = (name: string) => {
    const lock = locks.get(name);
    return lock && lock.expiresAt > now() ? lock : undefined;
  };

  return {
    summaries: {
      async get(key) {
        return currentByKey.get(keyOf(key)) ?? null;
      },
      async latestForAccount(tenantId, accountId) {
        return latestByAccount.get(accountKey(tenantId, accountId)) ?? null;
      },
      async getById(tenantId, id) {
        const summary = summariesById.get(id);
        return summary && summary.tenantId === tenantId ? summary : null;
      },
      async put(summary) {
        const stored = own(summary);
        summariesById.set(stored.id, stored);
        currentByKey.set(keyOf(stored), stored);
        const account = accountKey(stored.tenantId, stored.accountId);
        const latest = latestByAccount.get(account);
        if (!latest || newer(stored, latest)) latestByAccount.set(account, stored);
      },
      async recentlyOpened(since) {
        const from = Date.parse(since);
        return [...opened.values()].filter((entry) => Date.parse(entry.at) >= from).map((entry) => ({ ...entry.key }));
      },
      async touch(key, at) {
        const clean = { tenantId: key.tenantId, accountId: key.accountId, configVersion: key.configVersion };
        opened.set(keyOf(clean), { key: clean, at });
      },
    },
    jobs: {
      async create(job) {
        storeJob(own(job), jobs.get(job.id));
      },
      async get(tenantId, id) {
        const job = jobs.get(id);
        return job && job.tenantId === tenantId ? job : null;
      },
      async update(tenantId, id, patch) {
        const job = jobs.get(id);
        if (!job || job.tenantId !== tenantId) return null;
        const next = deepFreeze({ ...job, ...structuredClone(patch), id: job.id, tenantId: job.tenantId });
        storeJob(next, job);
        return next;
      },
      async findActive(key) {
        const first = activeByKey.get(keyOf(key))?.values().next();
        return first && !first.done ? jobs.get(first.value)! : null;
      },
      async findLastFinished(key) {
        let best: Job | null = null;
        for (const id of jobsByKey.get(keyOf(key)) ?? []) {
          const job = jobs.get(id)!;
          if (active(job)) continue;
          if (!best || (job.finishedAt ?? '') >= (best.finishedAt ?? '')) best = job;
        }
        return best;
      },
      async listUnfinished() {
        return [...jobs.values()].filter(active);
      },
    },
    feedback: {
      async put(vote) {
        feedback.set(voteKey(vote.tenantId, vote.summaryId, vote.userId), own(vote));
      },
      async get(tenantId, summaryId, userId) {
        return feedback.get(voteKey(tenantId, summaryId, userId)) ?? null;
      },
      async list(tenantId) {
        return [...feedback.values()].filter((vote) => vote.tenantId === tenantId);
      },
    },
    config: {
      async get(tenantId) {
        return configs.get(tenantId) ?? null;
      },
      async save(tenantId: string, config: SummaryConfig, userId: string, at: string) {
        const saved: VersionedSummaryConfig = own({
          version: (configs.get(tenantId)?.version ?? 1) + 1,
          config,
          updatedAt: at,
          updatedBy: userId,
        });
        configs.set(tenantId, saved);
        return saved;
      },
    },
    usage: {
      async add(tenantId, day, tokens, costUsd) {
        const key = JSON.stringify([tenantId, day]);
        const total = usage.get(key) ?? { tokens: 0, costUsd: 0 };
        const next = { tokens: total.tokens + tokens, costUsd: total.costUsd + costUsd };
        usage.set(key, next);
        return { ...next };
      },
      async get(tenantId, day) {
        return { ...(usage.get(JSON.stringify([tenantId, day])) ?? { tokens: 0, costUsd: 0 }) };
      },
    },
    locks: {
      async acquire(name, token, ttlMs) {
        if (liveLock(name)) return false;
        locks.set(name, { token, expiresAt: now() + ttlMs });
        return true;
      },
      async release(name, token) {
        const lock = liveLock(name);
        if (!lock || lock.token !== token) return false;
        locks.delete(name);
        return true;
      },
      async extend(name, token, ttlMs) {
        const lock = liveLock(name);
        if (!lock || lock.token !== token) return false;
        lock.expiresAt = now() + ttlMs;
        return true;
      },
    },
    events: createInProcessEventBus(),
    async ping() {
      if (closed) throw new InvalidStateError('memory stores are closed');
    },
    async close() {
      closed = true;
    },
  };
}
