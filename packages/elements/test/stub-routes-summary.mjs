/**
 * Stub summary API for `<account-summary>` and `<summary-settings>` tests: cached summaries,
 * generation jobs whose events a test releases one by one (`POST /stub/jobs/:id/advance`), SSE,
 * feedback, refresh, and the tenant's summary configuration with server-side validation.
 *
 * The account id picks the scenario (`fresh-…`, `offline-…`, `changed-…`, `xss-…`, `gen-…`,
 * `fail-…`, `error-…`, `expired-…`, `withheld-…`, `moved-…` (data changed since the summary)); tokens are unsigned JWTs whose payload carries `seat`,
 * `admin`, `tenant` and `exp` (an `exp` in the past answers 401, like the real server).
 */
import { readJson, sendJson } from './stub-api.mjs';

const problem = (name, status, title, extra = {}) => ({ type: `https://successkit.dev/problems/${name}`, title, status, ...extra });
const hour = 3_600_000;
const jobs = new Map();
const accounts = new Map();
const configs = new Map();
let jobCount = 0;

const sectionNames = ['overview', 'usageAndEngagement', 'interactions', 'sentiment', 'risks', 'renewal', 'nextActions'];

/** A stored summary for an account; `xss-` accounts carry HTML and script payloads everywhere. */
export function summaryFor(accountId, { kind = 'openai', generatedAt = Date.now() - 3 * hour, version = 1 } = {}) {
  const evil = accountId.startsWith('xss-');
  const payload = '<img src=x onerror="window.__skXss=1"><script>window.__skXss=1</script>';
  const text = (plain) => (evil ? `${plain} ${payload}` : plain);
  const sections = Object.fromEntries(
    sectionNames.map((name) => [name, [{ text: text(`${name} statement one for ${accountId}.`), evidence: ['arr', 'activeUsers'] }, { text: `${name} statement two.`, evidence: ['renewalDate'] }]]),
  );
  return {
    id: `sum-${accountId}-${version}`,
    tenantId: 't-stub',
    accountId,
    configVersion: 1,
    generatedAt: new Date(generatedAt).toISOString(),
    expiresAt: new Date(generatedAt + 12 * hour).toISOString(),
    generator: kind === 'offline' ? { kind, model: null, label: 'Offline summary (generated without AI)' } : { kind, model: 'gpt-4.1-mini', label: evil ? `gpt <b>bold</b>` : 'gpt-4.1-mini' },
    output: {
      kpis: [
        { key: 'arr', label: 'ARR', value: evil ? '<script>window.__skXss=1</script>' : '$120,000' },
        { key: 'activeUsers', label: 'Active users', value: '42' },
        { key: 'health', label: 'Health', value: 'Good (78)' },
        { key: 'renewalDate', label: 'Renewal', value: 'in 64 days' },
      ],
      sections,
    },
    evidence: {
      arr: { label: evil ? '<i>ARR</i>' : 'Annual recurring revenue', value: 120000 },
      activeUsers: { label: 'Active users (30-day mean)', value: 42 },
      renewalDate: { label: 'Renewal date', value: '2026-03-06' },
    },
    inputFingerprint: 'fp',
    usage: null,
    ...(accountId.startsWith('withheld-')
      ? {
          withheld: {
            statements: 2,
            kpis: 1,
            repaired: 1,
            items: [
              { section: 'risks', text: 'ARR fell 40% <b>fast</b>.', evidence: ['arr'], reasons: ['number 40% is not in the input'], round: 1 },
              { section: 'overview', text: 'Adoption is strong.', evidence: ['adoption.total'], reasons: ["unknown evidence key 'adoption.total'"], round: 2 },
              { section: 'kpis', text: 'ARR: $999,999', evidence: ['arr'], reasons: ['number $999,999 is not in the input'], round: 1 },
            ],
          },
        }
      : {}),
  };
}

function tokenOf(ctx) {
  const match = /^Bearer (.+)$/.exec(ctx.get('authorization'));
  if (!match) return undefined;
  try {
    return JSON.parse(Buffer.from(match[1].split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Answers 401 for a missing or expired token; returns the claims otherwise. */
function authenticate(ctx) {
  const claims = tokenOf(ctx);
  if (!claims || (claims.exp && claims.exp * 1000 < Date.now())) {
    sendJson(ctx, 401, problem('unauthenticated', 401, 'Token expired'));
    return undefined;
  }
  return claims;
}

function newJob(accountId, { reason = 'generate', fails = false } = {}) {
  const id = `job-${++jobCount}-${accountId}`;
  const now = new Date().toISOString();
  const script = [
    { type: 'stage', stage: 'collecting', progress: 0.1, at: now },
    { type: 'stage', stage: 'anonymizing', progress: 0.25, at: now },
    { type: 'stage', stage: 'writing', progress: 0.4, at: now },
    ...(fails
      ? [{ type: 'failed', problem: problem('generation-failed', 502, 'The model failed', { detail: 'The model returned an invalid summary.' }) }]
      : [
          ...sectionNames.map((section) => ({ type: 'section', section, statements: summaryFor(accountId, { generatedAt: Date.now() }).output.sections[section] })),
          { type: 'stage', stage: 'checking', progress: 0.9, at: now },
          { type: 'done', summary: null },
        ]),
  ];
  const job = { id, accountId, reason, createdAt: new Date(Date.now() - 5000).toISOString(), script, emitted: [], listeners: new Set() };
  jobs.set(id, job);
  return job;
}

function snapshot(job) {
  const stages = job.emitted.filter((e) => e.type === 'stage');
  const last = job.emitted.at(-1);
  const sections = Object.fromEntries(job.emitted.filter((e) => e.type === 'section').map((e) => [e.section, e.statements]));
  return {
    id: job.id, tenantId: 't-stub', accountId: job.accountId, configVersion: 1, reason: job.reason,
    status: last?.type === 'done' ? 'succeeded' : last?.type === 'failed' ? 'failed' : job.emitted.length ? 'running' : 'queued',
    stage: last?.type === 'done' ? 'done' : last?.type === 'failed' ? 'failed' : (stages.at(-1)?.stage ?? 'queued'),
    progress: stages.at(-1)?.progress ?? 0, createdAt: job.createdAt, updatedAt: new Date().toISOString(), finishedAt: null,
    sections, summaryId: null, error: last?.type === 'failed' ? last.problem : null,
  };
}

const finished = (job) => ['done', 'failed'].includes(job.emitted.at(-1)?.type);
const write = (res, event) => res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);

function advance(job, steps) {
  for (let i = 0; i < steps && job.script.length; i++) {
    const event = job.script.shift();
    if (event.type === 'done') {
      event.summary = summaryFor(job.accountId, { generatedAt: Date.now(), version: jobCount });
      accountState(job.accountId).summary = event.summary;
    }
    job.emitted.push(event);
    for (const res of job.listeners) {
      write(res, event);
      if (finished(job)) res.end();
    }
  }
}

function accountState(accountId) {
  if (!accounts.has(accountId)) {
    const scenario = accountId.split('-')[0];
    const ready = ['fresh', 'offline', 'changed', 'xss', 'expired', 'moved', 'withheld'].includes(scenario);
    accounts.set(accountId, { scenario, calls: 0, job: undefined, votes: [], summary: ready ? summaryFor(accountId, { kind: scenario === 'offline' ? 'offline' : 'openai' }) : undefined });
  }
  return accounts.get(accountId);
}

function sendSummary(ctx, state) {
  if (state.job && !finished(state.job)) {
    sendJson(ctx, 202, { state: 'generating', jobId: state.job.id, lastGood: state.summary ?? null, lastError: null });
    return;
  }
  // `moved-` accounts: three changes logged after their first summary (a refreshed one has none).
  const moved = state.scenario === 'moved' && state.summary.generatedAt < new Date(Date.now() - hour).toISOString();
  const dataChangedSince = moved ? { changes: 3, latestAt: new Date(Date.now() - 5 * 60_000).toISOString() } : null;
  sendJson(ctx, 200, { state: 'fresh', summary: state.summary, dataChanged: state.scenario === 'changed', dataChangedSince, myVote: state.votes.at(-1)?.vote ?? null, jobId: null });
}

async function handleSummary(ctx, accountId, action) {
  const claims = authenticate(ctx);
  if (!claims) return;
  const state = accountState(accountId);
  if (action === 'summary' && ctx.method === 'GET') {
    state.calls += 1;
    if (state.scenario === 'error' && state.calls === 1) return sendJson(ctx, 503, problem('unavailable', 503, 'Service unavailable'));
    if (state.scenario === 'fail' && state.calls === 1) {
      state.summary = summaryFor(accountId, { generatedAt: Date.now() - 20 * hour });
      state.job = newJob(accountId, { fails: true });
      advance(state.job, 99);
      return sendJson(ctx, 202, { state: 'generating', jobId: state.job.id, lastGood: state.summary, lastError: null });
    }
    if (state.scenario === 'fail' || state.scenario === 'error') state.summary = summaryFor(accountId);
    if (state.scenario === 'gen' && !state.job && !state.summary) state.job = newJob(accountId);
    return sendSummary(ctx, state);
  }
  if (action === 'refresh' && ctx.method === 'POST') {
    if (claims.seat === 'viewer') return sendJson(ctx, 403, problem('forbidden', 403, 'Forbidden'));
    state.job = newJob(accountId, { reason: 'refresh' });
    return sendJson(ctx, 202, { state: 'generating', jobId: state.job.id, lastGood: state.summary ?? null, lastError: null });
  }
  if (action === 'feedback' && ctx.method === 'POST') {
    const body = await readJson(ctx);
    state.votes.push(body);
    return sendJson(ctx, 201, { summaryId: state.summary?.id ?? 'none', tenantId: 't-stub', accountId, userId: claims.sub ?? 'u', vote: body.vote, reason: body.reason ?? null, configVersion: 1, model: null, at: new Date().toISOString() });
  }
  return sendJson(ctx, 404, problem('not-found', 404, 'Not found'));
}

function handleEvents(ctx, job) {
  if (!authenticate(ctx)) return;
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  write(res, { type: 'job', job: snapshot(job) });
  const terminal = job.emitted.at(-1);
  if (finished(job)) {
    write(res, terminal);
    res.end();
    return;
  }
  job.listeners.add(res);
  res.on('close', () => job.listeners.delete(res));
}

const attributes = [
  ['arr', 'ARR', 'currency', 'valueMetrics'], ['activeUsers', 'Active users', 'number', 'valueMetrics'], ['health', 'Health score', 'number', 'health'],
  ['renewalDate', 'Renewal date', 'date', 'keyInfo'], ['nps', 'NPS', 'number', 'health'], ['plan', 'Plan', 'enum', 'keyInfo'],
  ['ownerEmail', 'Owner email', 'string', 'keyInfo', true], ['notes', 'Internal notes', 'string', 'custom', false, true], ['region', 'Region', 'string', 'custom'],
  ...Array.from({ length: 9 }, (_, i) => [`custom${i + 1}`, `Custom field ${i + 1}`, 'string', 'custom']),
].map(([key, label, type, category, pii = false, restricted = false]) => ({ key, label, type, category, pii, restricted }));

function tenantConfig(tenant) {
  if (!configs.has(tenant)) {
    configs.set(tenant, { version: 1, config: { enabled: true, kpis: ['arr', 'activeUsers'], categories: { keyInfo: true, valueMetrics: true, health: true, custom: false }, includeAttributes: [], ignoreAttributes: ['region'] }, updatedAt: '2026-01-01T00:00:00Z', updatedBy: null, attributes });
  }
  return configs.get(tenant);
}

/** Server-side validation, answering messages with JSON paths like the real server. */
function validate(config) {
  const errors = [];
  const known = new Set(attributes.map((a) => a.key));
  if (config.kpis.length > 4) errors.push({ path: 'body.kpis', message: 'at most 4 KPIs' });
  config.kpis.forEach((key, i) => !known.has(key) && errors.push({ path: `body.kpis[${i}]`, message: `unknown attribute "${key}"` }));
  if (config.includeAttributes.length > 10) errors.push({ path: 'body.includeAttributes', message: 'at most 10 attributes to include' });
  config.ignoreAttributes.forEach((key, i) => config.includeAttributes.includes(key) && errors.push({ path: `body.ignoreAttributes[${i}]`, message: `"${key}" cannot be both included and ignored` }));
  config.kpis.forEach((key, i) => config.ignoreAttributes.includes(key) && errors.push({ path: `body.kpis[${i}]`, message: `KPI "${key}" is in the ignore list` }));
  return errors;
}

async function handleConfig(ctx, action) {
  const claims = authenticate(ctx);
  if (!claims) return;
  if (!claims.admin) return sendJson(ctx, 403, problem('forbidden', 403, 'Forbidden', { detail: 'Configuring summaries needs the admin permission.' }));
  const current = tenantConfig(claims.tenant ?? 'default');
  if (action === 'get') return sendJson(ctx, 200, current);
  const body = await readJson(ctx);
  const config = action === 'preview' ? body.config : body;
  const errors = validate(config);
  if (errors.length) return sendJson(ctx, 400, problem('validation', 400, 'Invalid summary configuration', { errors }));
  if (action === 'preview') {
    const payload = { account: 'ACCOUNT_1', attributes: Object.fromEntries(config.includeAttributes.map((k) => [k, k === 'ownerEmail' ? 'ana@example.com' : `<b>${k}</b>`])), kpis: config.kpis };
    return sendJson(ctx, 200, { accountId: body.accountId ?? 'acc-sample', messages: [{ role: 'system', content: 'You write account summaries.' }, { role: 'user', content: JSON.stringify(payload) }], payload, tokens: 321 });
  }
  const saved = { ...current, version: current.version + 1, config, updatedAt: new Date().toISOString(), updatedBy: claims.sub ?? 'u' };
  configs.set(claims.tenant ?? 'default', saved);
  return sendJson(ctx, 200, saved);
}

export async function handle(ctx) {
  let m;
  if ((m = /^\/v1\/accounts\/([^/]+)\/(summary)(?:\/(refresh|feedback))?$/.exec(ctx.path))) {
    await handleSummary(ctx, decodeURIComponent(m[1]), m[3] ?? m[2]);
    return true;
  }
  if ((m = /^\/v1\/jobs\/([^/]+)\/events$/.exec(ctx.path))) {
    const job = jobs.get(decodeURIComponent(m[1]));
    if (job) handleEvents(ctx, job);
    else sendJson(ctx, 404, problem('not-found', 404, 'No such job'));
    return true;
  }
  if ((m = /^\/stub\/jobs\/([^/]+)\/advance$/.exec(ctx.path))) {
    const job = jobs.get(decodeURIComponent(m[1]));
    advance(job, Number(ctx.query.steps ?? 1));
    sendJson(ctx, 200, { emitted: job.emitted.length, remaining: job.script.length, listeners: job.listeners.size });
    return true;
  }
  if ((m = /^\/stub\/accounts\/([^/]+)$/.exec(ctx.path))) {
    const state = accountState(decodeURIComponent(m[1]));
    sendJson(ctx, 200, { votes: state.votes, jobId: state.job?.id ?? null, calls: state.calls, listeners: state.job?.listeners.size ?? 0 });
    return true;
  }
  if (ctx.path === '/v1/summary-config') {
    await handleConfig(ctx, ctx.method === 'PUT' ? 'put' : 'get');
    return true;
  }
  if (ctx.path === '/v1/summary-config/preview') {
    await handleConfig(ctx, 'preview');
    return true;
  }
  return false;
}
