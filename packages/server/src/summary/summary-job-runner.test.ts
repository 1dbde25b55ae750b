import { checkFaithfulness, summaryOutputSchema, type JobEvent, type StoredSummary, type SummaryPayload } from '@successkit/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  badTexts,
  misbehavingModel,
  withheldByBehaviour,
  type Misbehaviour,
} from '../generators/__fixtures__/misbehaving-model.ts';
import { requestPayload, startOpenAIStub, type OpenAIStub, type StubReply } from '../generators/__fixtures__/openai-stub-server.ts';
import { createOpenAIGenerator } from '../generators/openai-generator.ts';
import type { StructuredMode } from '../generators/structured-request.ts';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createMemoryStores } from '../stores/memory-stores.ts';
import { followJob, recordEvents, testCaller, testTenants } from './__fixtures__/summary-test-kit.ts';
import { createSummaryService } from './create-summary-service.ts';

let stub: OpenAIStub;
beforeAll(async () => {
  stub = await startOpenAIStub();
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
});

/** Runs one generation through the service, the real openai SDK and the stub. */
async function summarize(mode: StructuredMode, reply: Partial<Extract<StubReply, { kind: 'completion' }>>, options: { stream?: boolean; script?: StubReply[] } = {}) {
  stub.setDefault({ kind: 'completion', chunkSize: 24, ...reply });
  if (options.script) stub.script(...options.script);
  const stores = createMemoryStores();
  const events = recordEvents(stores);
  const generator = createOpenAIGenerator({ apiKey: 'sk-test', baseURL: stub.baseURL, structured: mode, maxRetries: 2, timeoutMs: 5_000, stream: options.stream ?? true });
  const service = createSummaryService({ data: testTenants(), stores, queue: createInlineQueue(), generator });
  // An admin (who may open the withheld statements) and a reader of the same team.
  const caller = testCaller('acme', 'u-1', ['summary:configure']);
  const answer = await service.getSummary(caller, 'acc-1');
  if (answer.state !== 'generating') throw new Error('expected a generation');
  const outcome = await followJob(service, caller, answer.jobId).then(
    (summary) => ({ summary, problem: null }),
    (error: { problem: unknown }) => ({ summary: null, problem: error.problem as { detail: string; type: string } }),
  );
  const after = await service.getSummary(caller, 'acc-1');
  const readerCaller = testCaller('acme', 'u-2');
  const reader = { answer: await service.getSummary(readerCaller, 'acc-1'), done: await followJob(service, readerCaller, answer.jobId).catch(() => null) };
  await service.close();
  const payload = requestPayload(stub.requests[0]!.body) as SummaryPayload;
  return { ...outcome, events: events.get(answer.jobId) ?? [], payload, after, reader, stores };
}

/** What a reader sees passes the check: re-anonymize by citing only payload keys and carrying no bad text. */
function expectReaderSeesOnlyFaithful(summary: StoredSummary, payload: SummaryPayload, events: JobEvent[]) {
  const shown = [...Object.values(summary.output.sections).flat(), ...events.flatMap((e) => (e.type === 'section' ? e.statements : []))];
  for (const statement of shown) {
    expect(badTexts as readonly string[]).not.toContain(statement.text);
    expect(statement.evidence.length).toBeGreaterThan(0);
    for (const key of statement.evidence) expect(Object.keys(payload.points)).toContain(key);
  }
  for (const kpi of summary.output.kpis) expect(kpi.value).not.toContain('999,999,999');
}

const behaviours: Misbehaviour[] = ['wrong-keys', 'invented-numbers', 'prose-around-json', 'ignores-enum'];

describe('a misbehaving model through the real openai SDK', () => {
  for (const behaviour of behaviours) {
    it(`${behaviour}: the summary is written, ${withheldByBehaviour[behaviour]} statements withheld after a repair round that repeats them`, async () => {
      const { summary, payload, events } = await summarize('json_schema', { content: misbehavingModel(behaviour, 'repeats') });
      expect(summary).not.toBeNull();
      expect(summary!.withheld?.statements).toBe(withheldByBehaviour[behaviour]);
      expect(summary!.withheld?.repaired).toBe(0);
      expect(summary!.withheld?.items.filter((i) => i.round === 1 && i.section !== 'kpis')).toHaveLength(withheldByBehaviour[behaviour]);
      expect(summary!.withheld?.items.every((i) => i.reasons.length > 0)).toBe(true);
      expect(stub.requests).toHaveLength(2);
      expectReaderSeesOnlyFaithful(summary!, payload, events);
    });
  }

  it('sends the withheld statements to admins only: a reader gets the counts, the stored record keeps them all', async () => {
    const { summary, reader, stores } = await summarize('json_schema', { content: misbehavingModel('wrong-keys', 'repeats') });
    const withheld = summary!.withheld!;
    expect(withheld.items.length).toBeGreaterThan(0);
    if (reader.answer.state === 'generating') throw new Error('expected the summary');
    expect(reader.answer.summary.withheld).toEqual({ ...withheld, items: [] });
    expect(reader.done!.withheld).toEqual({ ...withheld, items: [] });
    expect((await stores.summaries.getById('acme', summary!.id))!.withheld).toEqual(withheld);
  });

  it('invented KPI values are shown as their input value and counted', async () => {
    const { summary, payload } = await summarize('json_schema', { content: misbehavingModel('invented-numbers', 'repeats') });
    expect(payload.kpis.length).toBeGreaterThan(0);
    expect(summary!.withheld?.kpis).toBe(payload.kpis.length);
    expect(summary!.output.kpis.map((k) => k.key)).toEqual(payload.kpis);
    const anonymized = { kpis: summary!.output.kpis, sections: { overview: [], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] } };
    expect(checkFaithfulness(summaryOutputSchema.parse(anonymized), payload).ok).toBe(true);
  });

  it('sends the withheld statements back once and merges the corrected ones', async () => {
    const { summary } = await summarize('json_schema', { content: misbehavingModel('wrong-keys', 'fixes') });
    expect(stub.requests).toHaveLength(2);
    const repairPrompt = stub.requests[1]!.body.messages.find((m) => m.role === 'user')!.content;
    expect(repairPrompt).toContain(badTexts[0]);
    expect(repairPrompt).toContain("unknown evidence key 'account.name.total'");
    expect(summary!.withheld).toMatchObject({ statements: 0, repaired: 2 });
    expect(summary!.output.sections.overview.map((s) => s.text)).toContain('The first corrected statement about overview rests on the account record.');
    expect(summary!.usage?.promptTokens).toBe(2400);
  });

  it('makes no repair call when nothing is withheld, and stores no withheld record', async () => {
    const { summary } = await summarize('json_schema', { content: misbehavingModel('faithful') });
    expect(stub.requests).toHaveLength(1);
    expect(summary!.withheld).toBeUndefined();
  });

  it('sends a per-request strict schema whose evidence items are an enum of the payload keys', async () => {
    const { payload } = await summarize('json_schema', { content: misbehavingModel('faithful') });
    const format = stub.requests[0]!.body.response_format as { type: string; json_schema: { strict: boolean; schema: { $defs: { key: { enum: string[] } } } } };
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema.$defs.key.enum).toEqual(Object.keys(payload.points));
  });

  it('json_object: the schema goes in the system prompt and prose around the JSON is read', async () => {
    const { summary, payload, events } = await summarize('json_object', { content: misbehavingModel('prose-around-json', 'repeats') });
    const body = stub.requests[0]!.body;
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages[0]!.content).toContain('"$defs"');
    expect(summary!.withheld?.statements).toBe(1);
    expectReaderSeesOnlyFaithful(summary!, payload, events);
  });

  it('tools: a forced function call whose arguments carry the summary, streamed', async () => {
    const { summary, payload, events } = await summarize('tools', { content: misbehavingModel('ignores-enum', 'repeats'), toolCall: true });
    const body = stub.requests[0]!.body as unknown as { tools: Array<{ function: { name: string; strict: boolean } }>; tool_choice: unknown; response_format?: unknown };
    expect(body.tools[0]!.function).toMatchObject({ name: 'account_summary', strict: true });
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'account_summary' } });
    expect(body.response_format).toBeUndefined();
    expect(summary!.withheld?.statements).toBe(3);
    expect(events.filter((e) => e.type === 'section')).toHaveLength(7);
    expectReaderSeesOnlyFaithful(summary!, payload, events);
  });

  it('tools: a model that answers in content instead of calling the tool still works (not streamed)', async () => {
    const { summary } = await summarize('tools', { content: misbehavingModel('wrong-keys', 'repeats') }, { stream: false });
    expect(summary!.withheld?.statements).toBe(2);
  });

  it('answers 429 and 500 on the way: the SDK retries and the withheld count is right', async () => {
    const { summary } = await summarize('json_schema', { content: misbehavingModel('invented-numbers', 'repeats') }, {
      script: [{ kind: 'error', status: 429, headers: { 'retry-after-ms': '20' } }, { kind: 'completion', content: misbehavingModel('invented-numbers', 'repeats') }, { kind: 'error', status: 500, headers: { 'retry-after-ms': '20' } }],
    });
    expect(stub.requests).toHaveLength(4);
    expect(summary!.withheld?.statements).toBe(3);
  });

  it('fails the job when a section is still empty after the repair round, keeping the last good summary and caching nothing new', async () => {
    const stores = createMemoryStores();
    const generator = createOpenAIGenerator({ apiKey: 'sk-test', baseURL: stub.baseURL, maxRetries: 0, timeoutMs: 5_000 });
    const service = createSummaryService({ data: testTenants(), stores, queue: createInlineQueue(), generator });
    const caller = testCaller('acme', 'u-1');
    stub.setDefault({ kind: 'completion', content: misbehavingModel('faithful') });
    const first = await service.getSummary(caller, 'acc-1');
    const good = await followJob(service, caller, first.state === 'generating' ? first.jobId : '');
    stub.setDefault({ kind: 'completion', content: misbehavingModel('empties-risks', 'repeats') });
    const refresh = await service.refresh(caller, 'acc-1');
    const problem = await followJob(service, caller, refresh.jobId).then(
      () => null,
      (error: { problem: { detail: string; status: number } }) => error.problem,
    );
    expect(problem?.status).toBe(502);
    expect(problem?.detail).toBe('A section of the summary is not supported by the account data, even after a repair round (unfaithful).');
    expect(stub.requests).toHaveLength(3);
    const after = await service.getSummary(caller, 'acc-1');
    expect(after.state === 'fresh' && after.summary.id).toBe(good.id);
    expect((await stores.summaries.latestForAccount('acme', 'acc-1'))?.id).toBe(good.id);
    await service.close();
  });

  it('merges a repair that fills the emptied section', async () => {
    const { summary } = await summarize('json_schema', { content: misbehavingModel('empties-risks', 'fixes') });
    expect(summary!.output.sections.risks).toHaveLength(1);
    expect(summary!.withheld).toMatchObject({ statements: 0, repaired: 1 });
  });

  it('fails as invalid-output when the JSON is not the schema', async () => {
    const { summary, problem } = await summarize('json_object', { content: '{"kpis": "none", "sections": 3}' });
    expect(summary).toBeNull();
    expect(problem?.detail).toMatch(/invalid-output/);
  });
});
