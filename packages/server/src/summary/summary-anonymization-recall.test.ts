/**
 * Anonymization recall through the whole server pipeline: the core recall corpus (525 values of
 * Presidio's entity kinds, each planted in every text slot of its own account) is summarised
 * through the real `openai` SDK against the stub server, with a pino logger writing to memory
 * and the queue's job payloads recorded. Not one identifying fragment may reach a model request
 * (messages and schema), a log line or a job payload; the reader still gets the real values.
 */
import { datasetSchema, type QueuedJob, type SummaryOutput } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recallCorpus } from '../../../core/src/summary/anonymize/__fixtures__/recall-corpus.ts';
import { leakText, leakedFragments, recallAccountId, recallDataset } from '../../../core/src/summary/anonymize/__fixtures__/recall-dataset.ts';
import { requestPayload, startOpenAIStub, type OpenAIStub, type StubRequest } from '../generators/__fixtures__/openai-stub-server.ts';
import { createOpenAIGenerator } from '../generators/openai-generator.ts';
import { tenantDataFromDataset } from '../data/tenant-data-from-dataset.ts';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createLogger } from '../logging/logger.ts';
import { createMemoryStores } from '../stores/memory-stores.ts';
import { followJob, testCaller } from './__fixtures__/summary-test-kit.ts';
import { createSummaryService } from './create-summary-service.ts';

/** A model that quotes every string of the data back, as models quote subjects and notes. */
function quotingModel(body: StubRequest['body']): string {
  const payload = requestPayload(body) as { points: Record<string, { value: unknown }> };
  const quoted = Object.entries(payload.points).filter(([, p]) => typeof p.value === 'string');
  const say = (text: string, evidence: string[]) => [{ text, evidence }];
  const output: SummaryOutput = {
    kpis: [],
    sections: {
      overview: say(`The record says: ${quoted.map(([, p]) => `"${String(p.value)}"`).join('; ')}.`, quoted.map(([k]) => k)),
      usageAndEngagement: say('Usage is not recorded.', ['account.name']),
      interactions: say('There was one touchpoint.', ['account.name']),
      sentiment: say('Sentiment is not recorded.', ['account.name']),
      risks: say('The overdue task is a risk.', ['account.name']),
      renewal: say('Renewal is not recorded.', ['account.name']),
      nextActions: say('Follow up with ACCOUNT_1.', ['account.name']),
    },
  };
  return JSON.stringify(output);
}

let stub: OpenAIStub;
beforeAll(async () => {
  stub = await startOpenAIStub({ defaultReply: { kind: 'completion', content: quotingModel, chunkSize: 400 } });
});
afterAll(() => stub.close());

describe('anonymization recall through the server pipeline', () => {
  it('no corpus value reaches a model request, a log line or a job payload, and summaries read with real values', { timeout: 240_000 }, async () => {
    const dataset = datasetSchema.parse(recallDataset(recallCorpus));
    const tenant = tenantDataFromDataset(dataset, new Date(Date.UTC(2026, 0, 31)));
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
    const jobs: string[] = [];
    const inline = createInlineQueue();
    const queue = { ...inline, enqueue: (job: QueuedJob, key: string) => (jobs.push(JSON.stringify(job)), inline.enqueue(job, key)) };
    const generator = createOpenAIGenerator({ apiKey: 'sk-test', baseURL: stub.baseURL, maxRetries: 0, timeoutMs: 10_000 });
    const service = createSummaryService({
      data: { get: async (id) => (id === tenant.tenantId ? tenant : null), tenants: async () => [tenant.tenantId] },
      stores: createMemoryStores(),
      queue,
      generator,
      logger,
    });
    const caller = testCaller(tenant.tenantId, 'u-1');

    const failures: string[] = [];
    const summaries = new Map<number, string>();
    // Six accounts at a time; a request is matched to its account by the ARR planted with it (1000 + index).
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < recallCorpus.length; i = next++) {
        const answer = await service.getSummary(caller, recallAccountId(i));
        if (answer.state !== 'generating') throw new Error('expected a generation');
        summaries.set(i, JSON.stringify((await followJob(service, caller, answer.jobId)).output));
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    await service.close();

    let restored = 0;
    for (const request of stub.requests) {
      const payload = requestPayload(request.body) as { points: Record<string, { value: unknown }> };
      const i = Number(payload.points['attr.arr']?.value) - 1000;
      const value = recallCorpus[i]!;
      const leaked = leakedFragments(JSON.stringify(request.body), value);
      if (leaked.length > 0) failures.push(`request for ${JSON.stringify(value.written)} carries ${JSON.stringify(leaked)}`);
      if (leakedFragments(summaries.get(i) ?? '', value).length > 0) restored += 1;
    }

    const logText = leakText(lines.join(''));
    const jobText = leakText(jobs.join('\n'));
    for (const value of recallCorpus) {
      const inLog = leakedFragments(logText, value);
      if (inLog.length > 0) failures.push(`log lines carry ${JSON.stringify(inLog)}`);
      const inJob = leakedFragments(jobText, value);
      if (inJob.length > 0) failures.push(`job payloads carry ${JSON.stringify(inJob)}`);
    }
    expect(stub.requests).toHaveLength(recallCorpus.length);
    expect(lines.length).toBeGreaterThan(recallCorpus.length);
    expect(jobs).toHaveLength(recallCorpus.length);
    expect(failures).toEqual([]);
    // The reader sees the values themselves: every summary quotes its account's data restored.
    expect(restored).toBe(recallCorpus.length);
  });
});
