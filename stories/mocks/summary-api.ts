/**
 * A mocked successkit summary API for the stories: `summaryMockClient(scenario)` returns a
 * `SuccessKitClient` whose `fetch` answers from fixtures — cached summaries, a job streaming
 * over SSE (that stays at "Writing" so the story holds still), failures, and the settings.
 */
import type { JobEvent, StoredSummary, SummaryConfigResponse } from '@successkit/core';
import { SuccessKitClient } from '@successkit/core/client';

/** Which answer the mock gives for the summary. */
export type SummaryScenario = 'fresh' | 'offline' | 'changed' | 'changedSince' | 'html' | 'generating' | 'failed' | 'error' | 'withheld';

const hour = 3_600_000;
const sectionNames = ['overview', 'usageAndEngagement', 'interactions', 'sentiment', 'risks', 'renewal', 'nextActions'] as const;
const sentences: Record<(typeof sectionNames)[number], string> = {
  overview: 'Acme Corp is a growing enterprise account on the Premium plan, in good health (78).',
  usageAndEngagement: 'Active users rose to 42 on average over 30 days, up from 35.',
  interactions: 'Six touchpoints this month, mostly onboarding calls with Dana Ruiz.',
  sentiment: 'Sentiment is positive: NPS 9 from the main sponsor.',
  risks: 'The reporting module is barely used, which weakens the renewal case.',
  renewal: 'Renewal is due in 64 days at $120,000 ARR.',
  nextActions: 'Schedule a reporting workshop before the renewal call.',
};

/** A stored summary fixture. */
function summaryFixture(options: { kind?: 'openai' | 'offline'; html?: boolean; ageHours?: number } = {}): StoredSummary {
  const generatedAt = Date.now() - (options.ageHours ?? 3) * hour;
  const payload = ' <img src=x onerror="alert(1)"><script>alert(1)</script>';
  const sections = Object.fromEntries(
    sectionNames.map((name) => [
      name,
      [
        { text: sentences[name] + (options.html ? payload : ''), evidence: ['arr', 'activeUsers'] },
        { text: 'Renewal date is confirmed.', evidence: ['renewalDate'] },
      ],
    ]),
  ) as StoredSummary['output']['sections'];
  return {
    id: 'sum-1',
    tenantId: 'acme',
    accountId: 'acc-1',
    configVersion: 3,
    generatedAt: new Date(generatedAt).toISOString(),
    expiresAt: new Date(generatedAt + 12 * hour).toISOString(),
    generator:
      options.kind === 'offline'
        ? { kind: 'offline', model: null, label: 'Offline summary (generated without AI)' }
        : { kind: 'openai', model: 'gpt-4.1-mini', label: 'gpt-4.1-mini' },
    output: {
      kpis: [
        { key: 'arr', label: 'ARR', value: options.html ? '<b>$120,000</b>' : '$120,000' },
        { key: 'activeUsers', label: 'Active users', value: '42' },
        { key: 'health', label: 'Health', value: 'Good (78)' },
        { key: 'renewalDate', label: 'Renewal', value: 'in 64 days' },
      ],
      sections,
    },
    evidence: {
      arr: { label: 'Annual recurring revenue', value: 120000 },
      activeUsers: { label: 'Active users (30-day mean)', value: 42 },
      renewalDate: { label: 'Renewal date', value: '2026-03-06' },
    },
    inputFingerprint: 'fp',
    usage: null,
  };
}

/** The settings fixture. */
const configFixture: SummaryConfigResponse = {
  version: 3,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'u-admin',
  config: {
    enabled: true,
    kpis: ['arr', 'activeUsers', 'health'],
    categories: { keyInfo: true, valueMetrics: true, health: true, custom: false },
    includeAttributes: ['plan'],
    ignoreAttributes: ['region'],
  },
  attributes: [
    { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', pii: false, restricted: false },
    { key: 'activeUsers', label: 'Active users', type: 'number', category: 'valueMetrics', pii: false, restricted: false },
    { key: 'health', label: 'Health score', type: 'number', category: 'health', pii: false, restricted: false },
    { key: 'renewalDate', label: 'Renewal date', type: 'date', category: 'keyInfo', pii: false, restricted: false },
    { key: 'plan', label: 'Plan', type: 'enum', category: 'keyInfo', pii: false, restricted: false },
    { key: 'ownerEmail', label: 'Owner email', type: 'string', category: 'keyInfo', pii: true, restricted: false },
    { key: 'notes', label: 'Internal notes', type: 'string', category: 'custom', pii: false, restricted: true },
    { key: 'region', label: 'Region', type: 'string', category: 'custom', pii: false, restricted: false },
  ],
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const problem = (name: string, status: number, title: string, extra: object = {}) => ({ type: `https://successkit.dev/problems/${name}`, title, status, ...extra });

function sse(events: JobEvent[], end: boolean): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const event of events) controller.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
      if (end) controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

function jobEvent(status: 'running' | 'failed', stage: 'writing' | 'failed'): JobEvent {
  const now = new Date().toISOString();
  const sections = status === 'running' ? { overview: summaryFixture().output.sections.overview, usageAndEngagement: summaryFixture().output.sections.usageAndEngagement } : {};
  return {
    type: 'job',
    job: { id: 'job-1', tenantId: 'acme', accountId: 'acc-1', configVersion: 3, reason: 'generate', status, stage, progress: 0.55, createdAt: new Date(Date.now() - 42_000).toISOString(), updatedAt: now, finishedAt: null, sections, summaryId: null, error: null },
  };
}

/** A `fetch` answering the summary routes for `scenario`. */
function summaryMockFetch(scenario: SummaryScenario): typeof fetch {
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = init?.method ?? 'GET';
    const path = url.pathname;
    if (path.endsWith('/summary') && method === 'GET') {
      if (scenario === 'error') return json(503, problem('unavailable', 503, 'Service unavailable'));
      if (scenario === 'generating') return json(202, { state: 'generating', jobId: 'job-1', lastGood: null, lastError: null });
      if (scenario === 'failed') return json(202, { state: 'generating', jobId: 'job-1', lastGood: summaryFixture({ ageHours: 20 }), lastError: null });
      const summary = summaryFixture({ kind: scenario === 'offline' ? 'offline' : 'openai', html: scenario === 'html' });
      if (scenario === 'withheld')
        summary.withheld = {
          statements: 2,
          kpis: 1,
          repaired: 1,
          items: [
            { section: 'risks', text: 'ARR fell 40% last quarter.', evidence: ['attr.arr'], reasons: ['number 40% is not in the input'], round: 1 },
            { section: 'overview', text: 'Adoption is strong across the sub-accounts.', evidence: ['adoption.total'], reasons: ["unknown evidence key 'adoption.total'"], round: 2 },
            { section: 'kpis', text: 'ARR: $999,999', evidence: ['attr.arr'], reasons: ['number $999,999 is not in the input'], round: 1 },
          ],
        };
      // `changedSince`: three changes were logged in the account's subtree after the summary, the latest 5 minutes ago.
      const dataChangedSince = scenario === 'changedSince' ? { changes: 3, latestAt: new Date(Date.now() - 5 * 60_000).toISOString() } : null;
      return json(200, { state: 'fresh', summary, dataChanged: scenario === 'changed', dataChangedSince, myVote: null, jobId: null });
    }
    if (path.startsWith('/v1/jobs/')) {
      if (scenario === 'failed') return sse([jobEvent('failed', 'failed'), { type: 'failed', problem: problem('generation-failed', 502, 'The model failed') }], true);
      return sse([jobEvent('running', 'writing')], false);
    }
    if (path.endsWith('/summary/refresh')) return json(202, { state: 'generating', jobId: 'job-1', lastGood: summaryFixture(), lastError: null });
    if (path.endsWith('/summary/feedback')) {
      const body = JSON.parse(String(init?.body ?? '{}')) as { vote: 'up' | 'down'; reason?: string };
      return json(201, { summaryId: 'sum-1', tenantId: 'acme', accountId: 'acc-1', userId: 'u-1', vote: body.vote, reason: body.reason ?? null, configVersion: 3, model: 'gpt-4.1-mini', at: new Date().toISOString() });
    }
    if (path === '/v1/summary-config' && method === 'GET') {
      if (scenario === 'error') return json(403, problem('forbidden', 403, 'Forbidden', { detail: 'Configuring summaries needs the admin permission.' }));
      return json(200, configFixture);
    }
    if (path === '/v1/summary-config' && method === 'PUT') {
      const config = JSON.parse(String(init?.body ?? '{}')) as SummaryConfigResponse['config'];
      const clash = config.ignoreAttributes.findIndex((key) => config.includeAttributes.includes(key));
      if (clash >= 0) return json(400, problem('validation', 400, 'Invalid summary configuration', { errors: [{ path: `body.ignoreAttributes[${clash}]`, message: `"${config.ignoreAttributes[clash]}" cannot be both included and ignored` }] }));
      return json(200, { ...configFixture, version: configFixture.version + 1, config });
    }
    if (path === '/v1/summary-config/preview') {
      const payload = { account: 'ACCOUNT_1', plan: 'Premium', arr: 120000, activeUsers: { mean30d: 42, trend: 'up' }, contacts: ['PERSON_1'] };
      return json(200, { accountId: 'acc-1', messages: [{ role: 'system', content: 'You write account summaries for customer-success teams.' }, { role: 'user', content: JSON.stringify(payload) }], payload, tokens: 412 });
    }
    return json(404, problem('not-found', 404, 'Not found'));
  };
}

/** A client answering from the mock. */
export function summaryMockClient(scenario: SummaryScenario = 'fresh'): SuccessKitClient {
  return new SuccessKitClient({ baseUrl: 'https://mock', fetch: summaryMockFetch(scenario) });
}
