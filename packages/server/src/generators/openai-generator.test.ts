import { GenerationError, type GenerationFailureKind } from '@successkit/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOpenAIStub, stubSummaryOutput, type OpenAIStub } from './__fixtures__/openai-stub-server.ts';
import { createOpenAIGenerator, type OpenAIGeneratorOptions } from './openai-generator.ts';

const request = { messages: { system: 'rules', user: '<account_data>{}</account_data>' }, payload: {} };
let stub: OpenAIStub;

beforeAll(async () => {
  stub = await startOpenAIStub();
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
  stub.setDefault({ kind: 'completion' });
});

const generator = (options: Partial<OpenAIGeneratorOptions> = {}) =>
  createOpenAIGenerator({ apiKey: 'sk-test', baseURL: stub.baseURL, model: 'gpt-4.1-mini', maxRetries: 2, timeoutMs: 5_000, ...options });

async function failureOf(promise: Promise<unknown>): Promise<GenerationFailureKind> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenerationError);
  return (error as GenerationError).kind;
}

describe('createOpenAIGenerator against an OpenAI-compatible stub', () => {
  it('succeeds without streaming, in strict structured-output mode, with usage and cost', async () => {
    const sections: string[] = [];
    const result = await generator({ stream: false }).generate({ ...request, onSection: (name) => sections.push(name) });
    expect(result.output).toEqual(stubSummaryOutput);
    expect(result.generator).toEqual({ kind: 'openai', model: 'gpt-4.1-mini', label: 'gpt-4.1-mini' });
    expect(result.usage).toEqual({ promptTokens: 1200, completionTokens: 300, estimatedCostUsd: (1200 * 0.4 + 300 * 1.6) / 1e6 });
    expect(sections).toHaveLength(7);
    const body = stub.requests[0]!.body as unknown as { response_format: { type: string; json_schema: { name: string; strict: boolean } }; stream?: boolean };
    expect(body.stream).toBeFalsy();
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema).toMatchObject({ name: 'account_summary', strict: true });
  });

  it('streams, reporting each section before the output is complete', async () => {
    stub.setDefault({ kind: 'completion', chunkSize: 16, chunkDelayMs: 2 });
    const seen: string[] = [];
    const result = await generator().generate({ ...request, onSection: (name) => seen.push(name) });
    expect(result.output).toEqual(stubSummaryOutput);
    expect(seen).toEqual(Object.keys(stubSummaryOutput.sections));
    expect(stub.requests[0]!.body.stream).toBe(true);
    expect(stub.requests[0]!.body.stream_options).toEqual({ include_usage: true });
    expect(result.usage?.promptTokens).toBe(1200);
  });

  it('retries a 429, honouring Retry-After, then succeeds', async () => {
    stub.script({ kind: 'error', status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const result = await generator().generate(request);
    expect(result.output).toEqual(stubSummaryOutput);
    expect(stub.requests).toHaveLength(2);
    // Waited for the server's Retry-After (1 s), not the SDK's default 0.5 s backoff.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries a 500, then succeeds', async () => {
    stub.script({ kind: 'error', status: 500 });
    const result = await generator().generate(request);
    expect(result.output).toEqual(stubSummaryOutput);
    expect(stub.requests).toHaveLength(2);
  });

  it('reports upstream once retries are exhausted', async () => {
    stub.setDefault({ kind: 'error', status: 503, headers: { 'retry-after-ms': '10' } });
    expect(await failureOf(generator({ maxRetries: 1 }).generate(request))).toBe('upstream');
    expect(stub.requests).toHaveLength(2);
  });

  it('times out when the model is slower than the timeout', async () => {
    stub.setDefault({ kind: 'completion', delayMs: 1_500 });
    expect(await failureOf(generator({ timeoutMs: 200, maxRetries: 0 }).generate(request))).toBe('timeout');
  });

  it('caps the total time across retries', async () => {
    stub.setDefault({ kind: 'error', status: 429, headers: { 'retry-after': '5' } });
    expect(await failureOf(generator({ maxRetries: 5, totalTimeoutMs: 300 }).generate(request))).toBe('timeout');
    expect(stub.requests).toHaveLength(1);
  });

  for (const stream of [true, false]) {
    const mode = stream ? 'streaming' : 'non-streaming';
    it(`reports invalid JSON (${mode})`, async () => {
      stub.setDefault({ kind: 'completion', content: '{"kpis": [], "sections": {"overview": [ oops' });
      expect(await failureOf(generator({ stream }).generate(request))).toBe('invalid-json');
    });

    it(`reports truncated output (${mode})`, async () => {
      stub.setDefault({ kind: 'completion', content: JSON.stringify(stubSummaryOutput).slice(0, 80), finishReason: 'length' });
      expect(await failureOf(generator({ stream }).generate(request))).toBe('truncated');
    });

    it(`reports a refusal (${mode})`, async () => {
      stub.setDefault({ kind: 'completion', refusal: 'I cannot help with that.' });
      expect(await failureOf(generator({ stream }).generate(request))).toBe('refusal');
    });

    it(`reports a content filter (${mode})`, async () => {
      stub.setDefault({ kind: 'completion', content: '{"kpis":[', finishReason: 'content_filter' });
      expect(await failureOf(generator({ stream }).generate(request))).toBe('content-filter');
    });

    it(`reports output that is JSON but not the schema (${mode})`, async () => {
      stub.setDefault({ kind: 'completion', content: '{"kpis": "none"}' });
      expect(await failureOf(generator({ stream }).generate(request))).toBe('invalid-output');
    });
  }

  it('builds the schema per request from its payload: evidence items are an enum of its points keys', async () => {
    const payload = (keys: string[]) => ({ points: Object.fromEntries(keys.map((k) => [k, { label: k, value: 1 }])) });
    await generator({ stream: false }).generate({ ...request, payload: payload(['account.name', 'attr.arr']) });
    await generator({ stream: false }).generate({ ...request, payload: payload(['health.overall']) });
    const enums = stub.requests.map((r) => (r.body.response_format as { json_schema: { schema: { $defs: { key: { enum: string[] } } } } }).json_schema.schema.$defs.key.enum);
    expect(enums).toEqual([['account.name', 'attr.arr'], ['health.overall']]);
  });

  it('reads prose and a Markdown fence around the JSON, streamed, still reporting every section', async () => {
    stub.setDefault({ kind: 'completion', content: `Here you go:\n\`\`\`json\n${JSON.stringify(stubSummaryOutput)}\n\`\`\`\nAnything else?`, chunkSize: 7 });
    const seen: string[] = [];
    const result = await generator().generate({ ...request, onSection: (name) => seen.push(name) });
    expect(result.output).toEqual(stubSummaryOutput);
    expect(seen).toEqual(Object.keys(stubSummaryOutput.sections));
  });

  it('tools: reads the arguments of the forced function call (not streamed)', async () => {
    stub.setDefault({ kind: 'completion', toolCall: true });
    const result = await generator({ stream: false, structured: 'tools' }).generate(request);
    expect(result.output).toEqual(stubSummaryOutput);
    expect(stub.requests[0]!.body.tool_choice).toEqual({ type: 'function', function: { name: 'account_summary' } });
  });

  it('json_object: JSON mode with the schema in the system message', async () => {
    await generator({ stream: false, structured: 'json_object' }).generate(request);
    const body = stub.requests[0]!.body;
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages[0]!.content.startsWith('rules\n\nAnswer with one JSON object only')).toBe(true);
  });

  it('reports tool arguments that are not JSON as invalid-json', async () => {
    stub.setDefault({ kind: 'completion', toolCall: true, content: '{"kpis": [' });
    expect(await failureOf(generator({ stream: false, structured: 'tools' }).generate(request))).toBe('invalid-json');
  });
});
