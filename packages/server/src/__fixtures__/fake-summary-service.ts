/**
 * A small in-test `SummaryService` for route tests that must not depend on the summary engine:
 * per-tenant maps, jobs finished by `finishJob` (so a test controls when events happen), and
 * `enabled: false` in the config answered with 403 `feature-disabled`.
 */
import type { Feedback, Job, JobEvent, StoredSummary, SummaryConfig } from '@successkit/core';
import { summaryConfigSchema } from '@successkit/core';
import type { Caller } from '../auth/caller.ts';
import { HttpProblem } from '../http/http-problem.ts';
import type { SummaryService } from '../summary/summary-service.ts';

/** The fake, with hooks for tests. */
export interface FakeSummaryService extends SummaryService {
  /** Publishes a stage, a section and `done` for a running job and stores its summary. */
  finishJob(jobId: string): Promise<void>;
  listenerCount(jobId: string): number;
}

/** Creates the fake. */
export function createFakeSummaryService(now: () => Date = () => new Date()): FakeSummaryService {
  const summaries = new Map<string, StoredSummary>();
  const jobs = new Map<string, Job>();
  const listeners = new Map<string, Set<(event: JobEvent) => void>>();
  const configs = new Map<string, { version: number; config: SummaryConfig }>();
  const feedback: Feedback[] = [];
  let seq = 0;
  const key = (tenant: string, account: string) => `${tenant}\u0000${account}`;
  const configOf = (tenant: string) => configs.get(tenant) ?? { version: 1, config: summaryConfigSchema.parse({}) };
  const assertEnabled = (caller: Caller) => {
    if (!configOf(caller.tenantId).config.enabled) throw new HttpProblem('feature-disabled', 'account summaries are switched off for this tenant');
  };
  const emit = (jobId: string, event: JobEvent) => listeners.get(jobId)?.forEach((listener) => listener(event));
  const startJob = (caller: Caller, accountId: string, reason: Job['reason']): Job => {
    const at = now().toISOString();
    const job: Job = {
      id: `job-${++seq}`, tenantId: caller.tenantId, accountId, configVersion: configOf(caller.tenantId).version, reason,
      status: 'running', stage: 'writing', progress: 0.5, createdAt: at, updatedAt: at, finishedAt: null, sections: {}, summaryId: null, error: null,
    };
    jobs.set(job.id, job);
    return job;
  };
  const config = (caller: Caller) => ({ ...configOf(caller.tenantId), updatedAt: now().toISOString(), updatedBy: null, attributes: [] });

  return {
    async getSummary(caller, accountId) {
      assertEnabled(caller);
      const summary = summaries.get(key(caller.tenantId, accountId));
      if (summary) {
        const vote = feedback.find((f) => f.summaryId === summary.id && f.userId === caller.userId)?.vote ?? null;
        return { state: 'fresh', summary, dataChanged: false, dataChangedSince: null, myVote: vote, jobId: null };
      }
      const running = [...jobs.values()].find((j) => j.tenantId === caller.tenantId && j.accountId === accountId && j.status === 'running');
      const job = running ?? startJob(caller, accountId, 'generate');
      return { state: 'generating', jobId: job.id, lastGood: null, lastError: null };
    },
    async refresh(caller, accountId) {
      assertEnabled(caller);
      const job = startJob(caller, accountId, 'refresh');
      return { state: 'generating', jobId: job.id, lastGood: summaries.get(key(caller.tenantId, accountId)) ?? null, lastError: null };
    },
    async getJob(caller, jobId) {
      const job = jobs.get(jobId);
      return job && job.tenantId === caller.tenantId ? job : null;
    },
    async subscribeJob(caller, jobId, listener) {
      const job = jobs.get(jobId);
      if (!job || job.tenantId !== caller.tenantId) return null;
      const set = listeners.get(jobId) ?? new Set();
      listeners.set(jobId, set.add(listener));
      return { job: structuredClone(job), unsubscribe: async () => void set.delete(listener) };
    },
    async sendFeedback(caller, accountId, request) {
      assertEnabled(caller);
      const summary = summaries.get(key(caller.tenantId, accountId));
      if (!summary) throw new HttpProblem('conflict', 'there is no summary to rate yet');
      const vote: Feedback = {
        summaryId: summary.id, tenantId: caller.tenantId, accountId, userId: caller.userId, vote: request.vote, reason: request.reason ?? null,
        configVersion: summary.configVersion, model: summary.generator.model, at: now().toISOString(),
      };
      feedback.push(vote);
      return vote;
    },
    async getConfig(caller) {
      return config(caller);
    },
    async putConfig(caller, input) {
      configs.set(caller.tenantId, { version: configOf(caller.tenantId).version + 1, config: summaryConfigSchema.parse(input) });
      return config(caller);
    },
    async preview(_caller, body) {
      return { accountId: body.accountId ?? 'acc-root', messages: [{ role: 'system', content: 'SYSTEM PROMPT TEXT' }], payload: { account: 'ACCOUNT_1' }, tokens: 3 };
    },
    async feedbackReport(caller) {
      const mine = feedback.filter((f) => f.tenantId === caller.tenantId);
      const up = mine.filter((f) => f.vote === 'up').length;
      return { rows: mine.length ? [{ configVersion: 1, model: null, up, down: mine.length - up, helpfulness: up / mine.length }] : [] };
    },
    async close() {},
    async finishJob(jobId) {
      const job = jobs.get(jobId)!;
      const at = now().toISOString();
      const statement = { text: 'Usage grew.', evidence: ['usage.activeUsers'] };
      emit(jobId, { type: 'stage', stage: 'writing', progress: 0.6, at });
      emit(jobId, { type: 'section', section: 'overview', statements: [statement] });
      const summary: StoredSummary = {
        id: `sum-${jobId}`, tenantId: job.tenantId, accountId: job.accountId, configVersion: job.configVersion, generatedAt: at,
        expiresAt: new Date(Date.parse(at) + 12 * 3600_000).toISOString(),
        generator: { kind: 'offline', model: null, label: 'Offline summary (generated without AI)' },
        output: fakeOutput(statement), evidence: {}, inputFingerprint: 'f', usage: null,
      };
      summaries.set(key(job.tenantId, job.accountId), summary);
      Object.assign(job, { status: 'succeeded', stage: 'done', progress: 1, finishedAt: at, summaryId: summary.id });
      emit(jobId, { type: 'done', summary });
    },
    listenerCount: (jobId) => listeners.get(jobId)?.size ?? 0,
  };
}

function fakeOutput(statement: { text: string; evidence: string[] }): StoredSummary['output'] {
  const sections = { overview: [statement], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] };
  return { kpis: [], sections };
}
