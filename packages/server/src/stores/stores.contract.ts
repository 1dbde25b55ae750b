/**
 * The shared contract suite of the `Stores` interfaces (core contracts/stores.ts): one set of
 * vitest cases that every implementation — memory, SQLite, Redis — must pass. A store's test
 * file calls `describeStoresContract('sqlite', () => createSqliteStores(...))`.
 *
 * Dates in the fixtures are relative to the wall clock, because stores with a TTL (Redis)
 * expire keys by real time. Every wait is bounded.
 */
import type { Feedback, Job, JobEvent, Stores, StoredSummary, SummaryKey } from '@successkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newQueuedJob } from '../summary/new-queued-job.ts';

/** Options of the contract suite. */
export interface StoresContractOptions {
  /** Longest wait for asynchronous effects (events, lock expiry), in ms. 3000 by default. */
  waitMs?: number;
}

const hour = 3_600_000;

/** An ISO time `offsetMs` from now. */
export function isoFromNow(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString();
}

/** A valid stored summary for tests. */
export function sampleSummary(overrides: Partial<StoredSummary> = {}): StoredSummary {
  const generatedAt = overrides.generatedAt ?? isoFromNow(-hour);
  return {
    id: `sum-${Math.random().toString(36).slice(2, 10)}`,
    tenantId: 'tenant-a',
    accountId: 'acc-1',
    configVersion: 1,
    generatedAt,
    expiresAt: new Date(Date.parse(generatedAt) + 12 * hour).toISOString(),
    generator: { kind: 'offline', model: null, label: 'Offline summary (generated without AI)' },
    output: {
      kpis: [{ key: 'arr', label: 'ARR', value: '$120,000' }],
      sections: {
        overview: [{ text: 'ACME is a growing account.', evidence: ['arr'] }],
        usageAndEngagement: [],
        interactions: [{ text: 'No touchpoints.', evidence: [] }],
        sentiment: [],
        risks: [],
        renewal: [],
        nextActions: [],
      },
    },
    evidence: { arr: { label: 'ARR', value: 120000 }, flag: { label: 'Flag', value: null } },
    inputFingerprint: 'fp-1',
    usage: null,
    // The seq of the change log the summary reflects (kept by every store, for dataChangedSince).
    dataVersion: 17,
    ...overrides,
  };
}

/** A valid queued job for tests. */
export function sampleJob(overrides: Partial<Job> = {}): Job {
  const at = isoFromNow(0);
  return {
    ...newQueuedJob(
      { id: `job-${Math.random().toString(36).slice(2, 10)}`, tenantId: 'tenant-a', accountId: 'acc-1', configVersion: 1, reason: 'generate' },
      at,
    ),
    ...overrides,
  };
}

function sampleFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    summaryId: 'sum-1',
    tenantId: 'tenant-a',
    accountId: 'acc-1',
    userId: 'user-1',
    vote: 'up',
    reason: null,
    configVersion: 1,
    model: null,
    at: isoFromNow(0),
    ...overrides,
  };
}

/** Polls `check` until it returns true, at most `ms` (bounded in count and time). */
async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (let i = 0; i < 10_000 && Date.now() < deadline; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(await check(), `condition not met within ${ms} ms`).toBe(true);
}

const keyA: SummaryKey = { tenantId: 'tenant-a', accountId: 'acc-1', configVersion: 1 };

/**
 * Declares the contract suite for one `Stores` implementation. `makeStores` is called before
 * each case and must return empty stores; they are closed after it.
 *
 * @example
 * ```ts
 * describeStoresContract('memory', async () => createMemoryStores());
 * ```
 */
export function describeStoresContract(name: string, makeStores: () => Promise<Stores>, options: StoresContractOptions = {}): void {
  const waitMs = options.waitMs ?? 3_000;
  describe(`Stores contract: ${name}`, () => {
    let stores: Stores;
    beforeEach(async () => {
      stores = await makeStores();
    });
    afterEach(async () => {
      await stores.close();
    });

    it('answers ping', async () => {
      await expect(stores.ping()).resolves.toBeUndefined();
    });

    describe('summaries', () => {
      it('returns null for an unknown key or id', async () => {
        expect(await stores.summaries.get(keyA)).toBeNull();
        expect(await stores.summaries.getById('tenant-a', 'nope')).toBeNull();
        expect(await stores.summaries.latestForAccount('tenant-a', 'acc-1')).toBeNull();
      });

      it('stores a summary by key and id, and keeps tenants apart', async () => {
        const summary = sampleSummary();
        await stores.summaries.put(summary);
        expect(await stores.summaries.get(keyA)).toEqual(summary);
        expect(await stores.summaries.getById('tenant-a', summary.id)).toEqual(summary);
        expect(await stores.summaries.get({ ...keyA, tenantId: 'tenant-b' })).toBeNull();
        expect(await stores.summaries.getById('tenant-b', summary.id)).toBeNull();
        expect(await stores.summaries.get({ ...keyA, accountId: 'acc-2' })).toBeNull();
        expect(await stores.summaries.get({ ...keyA, configVersion: 2 })).toBeNull();
      });

      it('replaces the summary of a key with a newer one, keeping the old one by id', async () => {
        const older = sampleSummary({ generatedAt: isoFromNow(-2 * hour) });
        const newer = sampleSummary({ generatedAt: isoFromNow(-hour) });
        await stores.summaries.put(older);
        await stores.summaries.put(newer);
        expect((await stores.summaries.get(keyA))?.id).toBe(newer.id);
        expect((await stores.summaries.getById('tenant-a', older.id))?.id).toBe(older.id);
      });

      it('keeps what it holds when callers change the values they gave or got', async () => {
        const summary = sampleSummary();
        const kept = structuredClone(summary);
        await stores.summaries.put(summary);
        summary.output.kpis[0]!.value = 'changed after put';
        const read = (await stores.summaries.get(keyA))!;
        // Stores may hand out frozen values (a write throws) or private copies (a write is lost).
        try {
          read.output.kpis[0]!.value = 'changed after get';
          (read as { inputFingerprint: string }).inputFingerprint = 'changed';
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
        expect(await stores.summaries.get(keyA)).toEqual(kept);
        expect(await stores.summaries.getById('tenant-a', kept.id)).toEqual(kept);
        expect(await stores.summaries.latestForAccount('tenant-a', 'acc-1')).toEqual(kept);

        const job = sampleJob();
        await stores.jobs.create(job);
        const sections = { overview: [{ text: 'Partial.', evidence: ['arr'] }] };
        const updated = (await stores.jobs.update('tenant-a', job.id, { sections }))!;
        sections.overview[0]!.text = 'changed after update';
        try {
          updated.sections.overview![0]!.evidence.push('changed');
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
        expect((await stores.jobs.get('tenant-a', job.id))?.sections).toEqual({ overview: [{ text: 'Partial.', evidence: ['arr'] }] });
      });

      it('returns a summary past its expiry (the caller applies the 12-hour rule)', async () => {
        const expired = sampleSummary({ generatedAt: isoFromNow(-12.5 * hour) });
        await stores.summaries.put(expired);
        expect(await stores.summaries.get(keyA)).toEqual(expired);
      });

      it('gives the newest summary of an account under any config version', async () => {
        const v1 = sampleSummary({ generatedAt: isoFromNow(-3 * hour) });
        const v2 = sampleSummary({ configVersion: 2, generatedAt: isoFromNow(-hour) });
        await stores.summaries.put(v1);
        await stores.summaries.put(v2);
        expect((await stores.summaries.latestForAccount('tenant-a', 'acc-1'))?.id).toBe(v2.id);
        expect(await stores.summaries.latestForAccount('tenant-a', 'acc-2')).toBeNull();
        expect(await stores.summaries.latestForAccount('tenant-b', 'acc-1')).toBeNull();
      });

      it('lists keys opened since a time, each once', async () => {
        const keyB: SummaryKey = { tenantId: 'tenant-a', accountId: 'acc-2', configVersion: 1 };
        await stores.summaries.touch(keyA, isoFromNow(-3 * hour));
        await stores.summaries.touch(keyB, isoFromNow(-hour));
        await stores.summaries.touch(keyB, isoFromNow(-0.5 * hour));
        const recent = await stores.summaries.recentlyOpened(isoFromNow(-2 * hour));
        expect(recent).toEqual([keyB]);
        const all = await stores.summaries.recentlyOpened(isoFromNow(-4 * hour));
        expect(all).toHaveLength(2);
        expect(all).toEqual(expect.arrayContaining([keyA, keyB]));
      });
    });

    describe('jobs', () => {
      it('creates and reads a job within its tenant', async () => {
        const job = sampleJob();
        await stores.jobs.create(job);
        expect(await stores.jobs.get('tenant-a', job.id)).toEqual(job);
        expect(await stores.jobs.get('tenant-b', job.id)).toBeNull();
        expect(await stores.jobs.get('tenant-a', 'nope')).toBeNull();
      });

      it('merges an update and returns the updated job', async () => {
        const job = sampleJob();
        await stores.jobs.create(job);
        const sections = { overview: [{ text: 'Partial.', evidence: [] }] };
        const updated = await stores.jobs.update('tenant-a', job.id, { status: 'running', stage: 'writing', progress: 0.5, sections });
        const expected: Job = { ...job, status: 'running', stage: 'writing', progress: 0.5, sections };
        expect(updated).toEqual(expected);
        expect(await stores.jobs.get('tenant-a', job.id)).toEqual(expected);
        expect(await stores.jobs.update('tenant-a', 'nope', { progress: 1 })).toBeNull();
        expect(await stores.jobs.update('tenant-b', job.id, { progress: 1 })).toBeNull();
      });

      it('finds the active job of a key until it finishes, then the last finished one', async () => {
        const first = sampleJob();
        await stores.jobs.create(first);
        expect((await stores.jobs.findActive(keyA))?.id).toBe(first.id);
        expect(await stores.jobs.findActive({ ...keyA, configVersion: 2 })).toBeNull();
        expect(await stores.jobs.findLastFinished(keyA)).toBeNull();
        await stores.jobs.update('tenant-a', first.id, { status: 'running', stage: 'writing' });
        expect((await stores.jobs.findActive(keyA))?.status).toBe('running');
        await stores.jobs.update('tenant-a', first.id, { status: 'failed', stage: 'failed', finishedAt: isoFromNow(-60_000) });
        expect(await stores.jobs.findActive(keyA)).toBeNull();
        expect((await stores.jobs.findLastFinished(keyA))?.id).toBe(first.id);

        const second = sampleJob({ reason: 'refresh' });
        await stores.jobs.create(second);
        expect((await stores.jobs.findActive(keyA))?.id).toBe(second.id);
        await stores.jobs.update('tenant-a', second.id, { status: 'succeeded', stage: 'done', progress: 1, finishedAt: isoFromNow(0) });
        expect(await stores.jobs.findActive(keyA)).toBeNull();
        expect((await stores.jobs.findLastFinished(keyA))?.id).toBe(second.id);
      });

      it('lists unfinished jobs only', async () => {
        const queued = sampleJob();
        const running = sampleJob({ accountId: 'acc-2', status: 'running', stage: 'writing' });
        const done = sampleJob({ accountId: 'acc-3' });
        for (const job of [queued, running, done]) await stores.jobs.create(job);
        await stores.jobs.update('tenant-a', done.id, { status: 'succeeded', stage: 'done', finishedAt: isoFromNow(0) });
        const ids = (await stores.jobs.listUnfinished()).map((job) => job.id).sort();
        expect(ids).toEqual([queued.id, running.id].sort());
      });
    });

    describe('feedback', () => {
      it("replaces a user's earlier vote on the same summary", async () => {
        await stores.feedback.put(sampleFeedback({ vote: 'up' }));
        await stores.feedback.put(sampleFeedback({ vote: 'down', reason: 'Too vague' }));
        expect(await stores.feedback.get('tenant-a', 'sum-1', 'user-1')).toMatchObject({ vote: 'down', reason: 'Too vague' });
        expect(await stores.feedback.list('tenant-a')).toHaveLength(1);
      });

      it('keeps votes per user, per summary and per tenant', async () => {
        const votes = [
          sampleFeedback(),
          sampleFeedback({ userId: 'user-2', vote: 'down' }),
          sampleFeedback({ summaryId: 'sum-2', configVersion: 2, model: 'gpt-4.1-mini' }),
          sampleFeedback({ tenantId: 'tenant-b' }),
        ];
        for (const vote of votes) await stores.feedback.put(vote);
        const list = await stores.feedback.list('tenant-a');
        expect(list).toHaveLength(3);
        expect(list).toEqual(expect.arrayContaining(votes.slice(0, 3)));
        expect(await stores.feedback.list('tenant-b')).toEqual([votes[3]]);
        expect(await stores.feedback.get('tenant-a', 'sum-1', 'user-3')).toBeNull();
      });
    });

    describe('config', () => {
      const config = {
        enabled: true,
        kpis: ['arr'],
        categories: { keyInfo: true, valueMetrics: false, health: true, custom: true },
        includeAttributes: [],
        ignoreAttributes: ['notes'],
      };

      it('starts without a saved version; the first save is version 2 (defaults are version 1)', async () => {
        expect(await stores.config.get('tenant-a')).toBeNull();
        const at = isoFromNow(0);
        const saved = await stores.config.save('tenant-a', config, 'admin-1', at);
        expect(saved).toEqual({ version: 2, config, updatedAt: at, updatedBy: 'admin-1' });
        expect(await stores.config.get('tenant-a')).toEqual(saved);
        expect(await stores.config.get('tenant-b')).toBeNull();
      });

      it('bumps the version by one per save, also when saves race', async () => {
        const saves = await Promise.all(
          [1, 2, 3, 4, 5].map((i) => stores.config.save('tenant-a', { ...config, kpis: [`k${i}`] }, `admin-${i}`, isoFromNow(0))),
        );
        expect(saves.map((saved) => saved.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
        const current = await stores.config.get('tenant-a');
        expect(current?.version).toBe(6);
        expect(current).toEqual(saves.find((saved) => saved.version === 6));
      });
    });

    describe('usage', () => {
      it('adds tokens and cost per tenant per day', async () => {
        expect(await stores.usage.get('tenant-a', '2025-03-01')).toEqual({ tokens: 0, costUsd: 0 });
        expect(await stores.usage.add('tenant-a', '2025-03-01', 1200, 0.01)).toEqual({ tokens: 1200, costUsd: 0.01 });
        const total = await stores.usage.add('tenant-a', '2025-03-01', 800, 0.02);
        expect(total.tokens).toBe(2000);
        expect(total.costUsd).toBeCloseTo(0.03, 10);
        expect((await stores.usage.get('tenant-a', '2025-03-01')).costUsd).toBeCloseTo(0.03, 10);
        expect(await stores.usage.get('tenant-a', '2025-03-02')).toEqual({ tokens: 0, costUsd: 0 });
        expect(await stores.usage.get('tenant-b', '2025-03-01')).toEqual({ tokens: 0, costUsd: 0 });
      });

      it('does not lose concurrent additions', async () => {
        await Promise.all(Array.from({ length: 20 }, () => stores.usage.add('tenant-a', '2025-03-01', 10, 0.5)));
        expect(await stores.usage.get('tenant-a', '2025-03-01')).toEqual({ tokens: 200, costUsd: 10 });
      });
    });

    describe('locks', () => {
      it('is held by one token at a time and released only by its holder', async () => {
        expect(await stores.locks.acquire('gen:k', 'token-1', 10_000)).toBe(true);
        expect(await stores.locks.acquire('gen:k', 'token-2', 10_000)).toBe(false);
        expect(await stores.locks.release('gen:k', 'token-2')).toBe(false);
        expect(await stores.locks.acquire('gen:k', 'token-2', 10_000)).toBe(false);
        expect(await stores.locks.release('gen:k', 'token-1')).toBe(true);
        expect(await stores.locks.release('gen:k', 'token-1')).toBe(false);
        expect(await stores.locks.acquire('gen:k', 'token-2', 10_000)).toBe(true);
        expect(await stores.locks.acquire('gen:other', 'token-1', 10_000)).toBe(true);
      });

      it('extends only for its holder', async () => {
        expect(await stores.locks.acquire('gen:k', 'token-1', 10_000)).toBe(true);
        expect(await stores.locks.extend('gen:k', 'token-2', 10_000)).toBe(false);
        expect(await stores.locks.extend('gen:k', 'token-1', 10_000)).toBe(true);
        expect(await stores.locks.extend('gen:none', 'token-1', 10_000)).toBe(false);
      });

      it('expires, after which the old holder can neither release nor extend it', async () => {
        expect(await stores.locks.acquire('gen:k', 'token-1', 150)).toBe(true);
        await eventually(() => stores.locks.acquire('gen:k', 'token-2', 10_000), waitMs);
        expect(await stores.locks.release('gen:k', 'token-1')).toBe(false);
        expect(await stores.locks.extend('gen:k', 'token-1', 10_000)).toBe(false);
        expect(await stores.locks.acquire('gen:k', 'token-3', 10_000)).toBe(false);
      });

      it('wakes waiters when the lock is released (when the store can wait)', async (context) => {
        const waitForRelease = stores.locks.waitForRelease?.bind(stores.locks);
        if (!waitForRelease) return context.skip();
        expect(await waitForRelease('gen:free', 60_000)).toBe(true);
        expect(await stores.locks.acquire('gen:k', 'token-1', 60_000)).toBe(true);
        const waiting = waitForRelease('gen:k', 60_000);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(await stores.locks.release('gen:k', 'token-1')).toBe(true);
        // A 60 s TTL and timeout: only the release can resolve this within the test timeout.
        expect(await waiting).toBe(true);
      });
    });

    describe('events', () => {
      const stage = (progress: number): JobEvent => ({ type: 'stage', stage: 'writing', progress, at: isoFromNow(0) });

      it('delivers a job’s events in order to every subscriber, and stops after unsubscribe', async () => {
        const first: JobEvent[] = [];
        const second: JobEvent[] = [];
        const other: JobEvent[] = [];
        const unsubscribeFirst = await stores.events.subscribe('job-1', (event) => first.push(event));
        const unsubscribeSecond = await stores.events.subscribe('job-1', (event) => second.push(event));
        const unsubscribeOther = await stores.events.subscribe('job-2', (event) => other.push(event));
        const sent = [stage(0.1), stage(0.2), { type: 'section', section: 'overview', statements: [{ text: 'Hi.', evidence: [] }] } as JobEvent];
        for (const event of sent) await stores.events.publish('job-1', event);
        await eventually(() => first.length === 3 && second.length === 3, waitMs);
        expect(first).toEqual(sent);
        expect(second).toEqual(sent);

        await unsubscribeFirst();
        await stores.events.publish('job-1', stage(0.3));
        await eventually(() => second.length === 4, waitMs);
        expect(first).toHaveLength(3);
        expect(other).toEqual([]);
        await unsubscribeSecond();
        await unsubscribeOther();
      });
    });
  });
}
