import { defaultSummaryConfig, estimateTokens, prepareSummaryRequest, summaryResponseSchemaText, type JobEvent } from '@successkit/core';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../http/http-problem.ts';
import { createInlineQueue } from '../jobs/inline-queue.ts';
import { createMemoryStores } from '../stores/memory-stores.ts';
import { followJob, recordEvents, testCaller, testClock, testDataset, testGenerator, testTenants } from './__fixtures__/summary-test-kit.ts';
import { createSummaryService, type SummaryServiceOptions } from './create-summary-service.ts';

const hours = (n: number) => n * 60 * 60 * 1000;

function setup(options: Partial<SummaryServiceOptions> & { usage?: { promptTokens: number; completionTokens: number; estimatedCostUsd: number } } = {}) {
  const clock = testClock();
  const stores = createMemoryStores({ clock: clock.date });
  const events = recordEvents(stores);
  const data = testTenants();
  const test = testGenerator(options.usage ? { usage: options.usage } : {});
  const service = createSummaryService({ data, stores, queue: createInlineQueue(), generator: test.generator, clock: clock.date, ...options });
  return { clock, stores, events, data, test, service, caller: testCaller() };
}

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpProblem);
  return error as HttpProblem;
}

describe('createSummaryService', () => {
  it('answers a cold account with a job, then serves the stored summary with names restored', async () => {
    const { service, caller, test } = setup({ usage: { promptTokens: 100, completionTokens: 50, estimatedCostUsd: 0.0001 } });
    const first = await service.getSummary(caller, 'acc-1');
    expect(first).toMatchObject({ state: 'generating', lastGood: null, lastError: null });
    const summary = await followJob(service, caller, first.state === 'generating' ? first.jobId : '');
    expect(summary.output.sections.overview[0]!.text).toContain('acme Customer One');
    expect(JSON.stringify(summary.output)).not.toMatch(/ACCOUNT_\d/);
    expect(summary.usage).toEqual({ promptTokens: 100, completionTokens: 50, estimatedCostUsd: 0.0001 });
    expect(Date.parse(summary.expiresAt) - Date.parse(summary.generatedAt)).toBe(hours(12));
    const second = await service.getSummary(caller, 'acc-1');
    expect(second).toMatchObject({ state: 'fresh', summary: { id: summary.id }, dataChanged: false, myVote: null, jobId: null });
    expect(test.calls).toBe(1);
    await service.close();
  });

  it('publishes stages and sections in order, and a late joiner gets the job so far', async () => {
    const { service, caller, test, events, stores } = setup();
    test.gate(2);
    const pending = await service.getSummary(caller, 'acc-1');
    const jobId = pending.state === 'generating' ? pending.jobId : '';
    await expect.poll(async () => Object.keys((await stores.jobs.get('acme', jobId))?.sections ?? {})).toEqual(['overview', 'usageAndEngagement']);
    const late: JobEvent[] = [];
    const subscription = await service.subscribeJob(caller, jobId, (event) => late.push(event));
    expect(subscription!.job).toMatchObject({ status: 'running', stage: 'writing' });
    expect(subscription!.job.sections.overview![0]!.text).toContain('acme Customer One');
    test.release();
    await expect.poll(() => late.at(-1)?.type).toBe('done');
    const sequence = (list: JobEvent[]) => list.map((e) => (e.type === 'stage' ? e.stage : e.type === 'section' ? `section:${e.section}` : e.type));
    expect(sequence(events.get(jobId)!)).toEqual([
      'collecting',
      'anonymizing',
      'writing',
      'section:overview',
      'section:usageAndEngagement',
      'section:interactions',
      'section:sentiment',
      'section:risks',
      'section:renewal',
      'section:nextActions',
      'checking',
      'storing',
      'done',
      'done',
    ]);
    expect(sequence(late)).toEqual(sequence(events.get(jobId)!).slice(5));
    const progress = events.get(jobId)!.flatMap((e) => (e.type === 'stage' ? [e.progress] : []));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    await subscription!.unsubscribe();
    await service.close();
  });

  it('sends a finished job its terminal event to a late joiner, and hides other tenants jobs', async () => {
    const { service, caller } = setup();
    const pending = await service.getSummary(caller, 'acc-1');
    const jobId = pending.state === 'generating' ? pending.jobId : '';
    const summary = await followJob(service, caller, jobId);
    expect(await followJob(service, caller, jobId)).toEqual(summary);
    expect(await service.getJob(testCaller('globex'), jobId)).toBeNull();
    expect(await service.subscribeJob(testCaller('globex'), jobId, () => {})).toBeNull();
    await service.close();
  });

  it('regenerates after 12 hours, serving the last good summary meanwhile', async () => {
    const { service, caller, clock, test } = setup();
    const pending = await service.getSummary(caller, 'acc-1');
    const first = await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    clock.advance(hours(12) - 1);
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', summary: { id: first.id } });
    clock.advance(1);
    const expired = await service.getSummary(caller, 'acc-1');
    expect(expired).toMatchObject({ state: 'generating', lastGood: { id: first.id } });
    const second = await followJob(service, caller, expired.state === 'generating' ? expired.jobId : '');
    expect(second.id).not.toBe(first.id);
    expect(test.calls).toBe(2);
    await service.close();
  });

  it('never replaces the last good summary with a failed job, and reports why it failed', async () => {
    const { service, caller, clock, test, stores } = setup({ failureCooldownMs: 60_000 });
    const pending = await service.getSummary(caller, 'acc-1');
    const good = await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    test.fail('refusal');
    const refresh = await service.refresh(caller, 'acc-1');
    expect(refresh.lastGood?.id).toBe(good.id);
    await expect(followJob(service, caller, refresh.jobId)).rejects.toMatchObject({ problem: { status: 502, detail: expect.stringContaining('refusal') } });
    expect((await stores.summaries.get({ tenantId: 'acme', accountId: 'acc-1', configVersion: 1 }))?.id).toBe(good.id);
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', summary: { id: good.id } });
    // Expired, right after a failure: served as expired rather than retried in a loop.
    clock.advance(hours(13));
    const again = await service.getSummary(caller, 'acc-1');
    await followJob(service, caller, again.state === 'generating' ? again.jobId : '').catch(() => null);
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'expired', summary: { id: good.id }, jobId: null });
    clock.advance(60_000);
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'generating', lastGood: { id: good.id }, lastError: { status: 502 } });
    await service.close();
  });

  it('tells when the data changed since the summary was generated', async () => {
    const { service, caller, data } = setup();
    const pending = await service.getSummary(caller, 'acc-1');
    await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    data.load('acme', testDataset('acme', 999_999));
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ state: 'fresh', dataChanged: true });
    await service.close();
  });

  it('answers 422 when the input is above the limit, and 429 once the daily budget is spent', async () => {
    const small = setup({ limits: { maxInputTokens: 5 } });
    expect(await problemOf(small.service.getSummary(small.caller, 'acc-1'))).toMatchObject({ problemType: 'input-too-large', status: 422 });
    expect(small.test.calls).toBe(0);
    await small.service.close();

    const { service, caller, test, clock } = setup({
      limits: { dailyBudgetUsd: 0.01 },
      usage: { promptTokens: 1000, completionTokens: 1000, estimatedCostUsd: 0.02 },
    });
    const pending = await service.getSummary(caller, 'acc-1');
    await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    const problem = await problemOf(service.refresh(caller, 'acc-1'));
    expect(problem).toMatchObject({ problemType: 'budget-exceeded', status: 429 });
    expect(problem.retryAfter).toBe(16 * 60 * 60);
    expect(await problemOf(service.getSummary(caller, 'acc-2'))).toMatchObject({ problemType: 'budget-exceeded' });
    expect(test.calls).toBe(1);
    clock.advance(hours(16));
    expect((await service.refresh(caller, 'acc-1')).state).toBe('generating');
    await service.close();
  });

  it('counts the response schema in the input limit, not only the messages', async () => {
    // The request the service prepares for acc-1 (the same model, config and as-of time).
    const tenant = (await testTenants().get('acme'))!;
    const prepared = prepareSummaryRequest(tenant.model, 'acc-1', defaultSummaryConfig, testClock().date().toISOString());
    const messages = estimateTokens(prepared.messages.system) + estimateTokens(prepared.messages.user);
    const schema = estimateTokens(summaryResponseSchemaText(prepared.payload));
    expect(schema).toBeGreaterThan(100);
    // Room for the messages but not for the schema that goes with them.
    const { service, caller, test } = setup({ limits: { maxInputTokens: messages + Math.floor(schema / 2) } });
    const problem = await problemOf(service.getSummary(caller, 'acc-1'));
    expect(problem).toMatchObject({ problemType: 'input-too-large', status: 422 });
    expect(problem.message).toContain(`about ${messages + schema} tokens`);
    expect(test.calls).toBe(0);
    await service.close();
  });

  it('answers 403 feature-disabled when the tenant switched summaries off, 404 for unknown accounts', async () => {
    const { service, caller } = setup();
    const saved = await service.putConfig(caller, { enabled: false });
    expect(saved.version).toBe(2);
    expect(await problemOf(service.getSummary(caller, 'acc-1'))).toMatchObject({ problemType: 'feature-disabled', status: 403 });
    expect(await problemOf(service.refresh(caller, 'acc-1'))).toMatchObject({ problemType: 'feature-disabled' });
    expect((await service.getConfig(caller)).config.enabled).toBe(false);
    expect(await problemOf(service.getSummary(testCaller('globex'), 'nope'))).toMatchObject({ problemType: 'not-found' });
    await service.close();
  });

  it('validates configs against the tenant attributes and caches per config version', async () => {
    const { service, caller, test } = setup();
    const invalid = await problemOf(service.putConfig(caller, { kpis: ['arr', 'missing'] }));
    expect(invalid.errors).toEqual([{ path: 'body.kpis[1]', message: expect.any(String) }]);
    const pending = await service.getSummary(caller, 'acc-1');
    await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    const config = await service.getConfig(caller);
    expect(config).toMatchObject({ version: 1, updatedBy: null });
    expect(config.attributes.map((a) => a.key)).toEqual(['arr', 'segment', 'owner_email', 'notes']);
    await service.putConfig(caller, { kpis: ['arr'] });
    const next = await service.getSummary(caller, 'acc-1');
    expect(next.state).toBe('generating');
    await followJob(service, caller, next.state === 'generating' ? next.jobId : '');
    expect(test.calls).toBe(2);
    await service.close();
  });

  it('keeps one changeable vote per user per summary and reports helpfulness by config version and model', async () => {
    const { service, caller } = setup();
    expect(await problemOf(service.sendFeedback(caller, 'acc-1', { vote: 'up' }))).toMatchObject({ problemType: 'not-found' });
    const pending = await service.getSummary(caller, 'acc-1');
    const summary = await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    await service.sendFeedback(caller, 'acc-1', { vote: 'up' });
    const changed = await service.sendFeedback(caller, 'acc-1', { vote: 'down', reason: ' too vague ' });
    expect(changed).toMatchObject({ summaryId: summary.id, vote: 'down', reason: 'too vague', configVersion: 1, model: 'test-model' });
    await service.sendFeedback(testCaller('acme', 'u-2'), 'acc-1', { vote: 'up' });
    await service.sendFeedback(testCaller('acme', 'u-3'), 'acc-1', { vote: 'up' });
    expect(await service.getSummary(caller, 'acc-1')).toMatchObject({ myVote: 'down' });
    expect(await service.feedbackReport(caller)).toEqual({ rows: [{ configVersion: 1, model: 'test-model', up: 2, down: 1, helpfulness: 2 / 3 }] });
    expect(await service.feedbackReport(testCaller('globex'))).toEqual({ rows: [] });
    await service.close();
  });

  it('previews the anonymized payload without restricted or pii attributes', async () => {
    const { service, caller } = setup();
    const preview = await service.preview(caller, { config: {} });
    expect(preview.accountId).toBe('acc-1');
    const text = JSON.stringify(preview);
    expect(text).not.toContain('acme Customer One');
    expect(text).not.toContain('secret');
    expect(text).not.toContain('a@b.c');
    expect(preview.tokens).toBeGreaterThan(0);
    await service.close();
  });

  it('refreshes, before expiry, the summaries opened recently', async () => {
    const { service, caller, clock, test } = setup({ refresher: { enabled: false, openedWithinMs: hours(24), beforeExpiryMs: hours(1) } });
    const pending = await service.getSummary(caller, 'acc-1');
    await followJob(service, caller, pending.state === 'generating' ? pending.jobId : '');
    clock.advance(hours(10));
    expect(await service.refresher.runOnce()).toBe(0);
    clock.advance(hours(1) + 1);
    expect(await service.refresher.runOnce()).toBe(1);
    await expect.poll(() => test.calls).toBe(2);
    await service.close();
  });
});
