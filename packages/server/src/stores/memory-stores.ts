/**
 * `createMemoryStores`: every store of core's `Stores` contract in memory, for tests and
 * throw-away runs. Values are copied in and out so callers can never mutate stored state.
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

/** Options of the memory stores. */
export interface MemoryStoresOptions {
  /** Clock for lock expiry (ms since epoch). */
  now?: () => number;
}

const keyOf = (key: SummaryKey): string => JSON.stringify([key.tenantId, key.accountId, key.configVersion]);
const copy = <T>(value: T): T => structuredClone(value);
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
  const now = options.now ?? Date.now;
  const summariesById = new Map<string, StoredSummary>();
  const currentByKey = new Map<string, string>();
  const opened = new Map<string, { key: SummaryKey; at: string }>();
  const jobs = new Map<string, Job>();
  const feedback = new Map<string, Feedback>();
  const configs = new Map<string, VersionedSummaryConfig>();
  const usage = new Map<string, { tokens: number; costUsd: number }>();
  const locks = new Map<string, { token: string; expiresAt: number }>();
  let closed = false;

  const jobKey = (job: Job): string =>
    keyOf({ tenantId: job.tenantId, accountId: job.accountId, configVersion: job.configVersion });
  const active = (job: Job): boolean => job.status === 'queued' || job.status === 'running';
  const liveLock = (name: string) => {
    const lock = locks.get(name);
    return lock && lock.expiresAt > now() ? lock : undefined;
  };

  return {
    summaries: {
      async get(key) {
        const id = currentByKey.get(keyOf(key));
        return id ? copy(summariesById.get(id)!) : null;
      },
      async latestForAccount(tenantId, accountId) {
        let best: StoredSummary | null = null;
        for (const summary of summariesById.values()) {
          if (summary.tenantId !== tenantId || summary.accountId !== accountId) continue;
          if (!best || newer(summary, best)) best = summary;
        }
        return best ? copy(best) : null;
      },
      async getById(tenantId, id) {
        const summary = summariesById.get(id);
        return summary && summary.tenantId === tenantId ? copy(summary) : null;
      },
      async put(summary) {
        summariesById.set(summary.id, copy(summary));
        currentByKey.set(keyOf(summary), summary.id);
      },
      async recentlyOpened(since) {
        const from = Date.parse(since);
        return [...opened.values()].filter((entry) => Date.parse(entry.at) >= from).map((entry) => copy(entry.key));
      },
      async touch(key, at) {
        const clean = { tenantId: key.tenantId, accountId: key.accountId, configVersion: key.configVersion };
        opened.set(keyOf(clean), { key: clean, at });
      },
    },
    jobs: {
      async create(job) {
        jobs.set(job.id, copy(job));
      },
      async get(tenantId, id) {
        const job = jobs.get(id);
        return job && job.tenantId === tenantId ? copy(job) : null;
      },
      async update(tenantId, id, patch) {
        const job = jobs.get(id);
        if (!job || job.tenantId !== tenantId) return null;
        const next = { ...job, ...copy(patch), id: job.id, tenantId: job.tenantId };
        jobs.set(id, next);
        return copy(next);
      },
      async findActive(key) {
        const wanted = keyOf(key);
        for (const job of jobs.values()) if (active(job) && jobKey(job) === wanted) return copy(job);
        return null;
      },
      async findLastFinished(key) {
        const wanted = keyOf(key);
        let best: Job | null = null;
        for (const job of jobs.values()) {
          if (active(job) || jobKey(job) !== wanted) continue;
          if (!best || (job.finishedAt ?? '') >= (best.finishedAt ?? '')) best = job;
        }
        return best ? copy(best) : null;
      },
      async listUnfinished() {
        return [...jobs.values()].filter(active).map(copy);
      },
    },
    feedback: {
      async put(vote) {
        feedback.set(JSON.stringify([vote.tenantId, vote.summaryId, vote.userId]), copy(vote));
      },
      async get(tenantId, summaryId, userId) {
        const vote = feedback.get(JSON.stringify([tenantId, summaryId, userId]));
        return vote ? copy(vote) : null;
      },
      async list(tenantId) {
        return [...feedback.values()].filter((vote) => vote.tenantId === tenantId).map(copy);
      },
    },
    config: {
      async get(tenantId) {
        const config = configs.get(tenantId);
        return config ? copy(config) : null;
      },
      async save(tenantId: string, config: SummaryConfig, userId: string, at: string) {
        const saved: VersionedSummaryConfig = {
          version: (configs.get(tenantId)?.version ?? 1) + 1,
          config: copy(config),
          updatedAt: at,
          updatedBy: userId,
        };
        configs.set(tenantId, saved);
        return copy(saved);
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
      if (closed) throw new Error('memory stores are closed');
    },
    async close() {
      closed = true;
    },
  };
}
