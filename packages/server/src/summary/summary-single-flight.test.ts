import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citingContent, startOpenAIStub, type OpenAIStub } from '../generators/__fixtures__/openai-stub-server.ts';
import { createOpenAIGenerator } from '../generators/openai-generator.ts';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createSqliteStores } from '../stores/sqlite-stores.ts';
import { followJob, testCaller, testTenants } from './__fixtures__/summary-test-kit.ts';
import { createSummaryService } from './create-summary-service.ts';

let stub: OpenAIStub;
let dir: string;
beforeAll(async () => {
  stub = await startOpenAIStub({ defaultReply: { kind: 'completion', content: citingContent, delayMs: 100, chunkSize: 32 } });
  dir = mkdtempSync(join(tmpdir(), 'sk-single-flight-'));
});
afterAll(async () => {
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('single-flight through the real openai SDK', () => {
  it('200 concurrent requests for a cold summary make exactly one model call and all end with the same summary', async () => {
    const stores = createSqliteStores(join(dir, 'successkit.db'));
    const generator = createOpenAIGenerator({ apiKey: 'sk-test', baseURL: stub.baseURL, maxRetries: 0 });
    const service = createSummaryService({ data: testTenants(), stores, queue: createInlineQueue(), generator });
    const callers = Array.from({ length: 200 }, (_, i) => testCaller('acme', `u-${i}`));

    const answers = await Promise.all(callers.map((caller) => service.getSummary(caller, 'acc-1')));
    const jobIds = new Set(answers.map((a) => (a.state === 'generating' ? a.jobId : `ready:${a.summary.id}`)));
    expect(jobIds.size).toBe(1);
    const [jobId] = [...jobIds];
    const summaries = await Promise.all(callers.map((caller) => followJob(service, caller, jobId!)));
    expect(new Set(summaries.map((s) => s.id)).size).toBe(1);
    expect(stub.requests).toHaveLength(1);
    expect(summaries[0]!.generator).toMatchObject({ kind: 'openai', model: 'gpt-4.1-mini' });
    expect(summaries[0]!.usage).toMatchObject({ promptTokens: 1200, completionTokens: 300 });

    const after = await Promise.all(callers.map((caller) => service.getSummary(caller, 'acc-1')));
    expect(after.every((a) => a.state === 'fresh' && a.summary.id === summaries[0]!.id)).toBe(true);
    expect(stub.requests).toHaveLength(1);
    // The prompt leaves the server anonymized.
    expect(JSON.stringify(stub.requests[0]!.body.messages)).not.toContain('acme Customer One');
    await service.close();
    await stores.close();
  });
});
