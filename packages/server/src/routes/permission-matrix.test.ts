import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, waitForJob } from '../__fixtures__/http-helpers.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';

type Who = 'viewer' | 'contributor' | 'practitioner' | 'admin';
const everyone: Who[] = ['viewer', 'contributor', 'practitioner', 'admin'];

describe('permission matrix (seat × route)', () => {
  let ts: TestServer;
  const tokens = {} as Record<Who, string>;
  let jobId = '';

  beforeAll(async () => {
    ts = await startTestServer({ summariesDisabledFor: ['beta'] });
    tokens.viewer = await ts.token({ seat: 'viewer' });
    tokens.contributor = await ts.token({ seat: 'contributor' });
    tokens.practitioner = await ts.token({ seat: 'practitioner' });
    tokens.admin = await ts.token({ seat: 'viewer', admin: true });
    // A summary to read, rate and follow.
    const first = await call(ts.base, 'GET', '/v1/accounts/acc-root/summary', tokens.viewer);
    expect(first.status).toBe(202);
    jobId = first.body.jobId;
    await waitForJob(ts.base, tokens.viewer, jobId);
  });
  afterAll(() => ts.close());

  const routes: Array<{ method: string; path: () => string; body?: unknown; allowed: Who[]; ok: number[] }> = [
    { method: 'GET', path: () => '/v1/accounts/acc-root', allowed: everyone, ok: [200] },
    { method: 'GET', path: () => '/v1/accounts/acc-root/children', allowed: everyone, ok: [200] },
    { method: 'GET', path: () => '/v1/accounts/acc-root/summary', allowed: everyone, ok: [200] },
    { method: 'GET', path: () => `/v1/jobs/${jobId}`, allowed: everyone, ok: [200] },
    { method: 'GET', path: () => `/v1/jobs/${jobId}/events`, allowed: everyone, ok: [200] },
    { method: 'POST', path: () => '/v1/accounts/acc-root/summary/feedback', body: { vote: 'up' }, allowed: everyone, ok: [200] },
    { method: 'POST', path: () => '/v1/accounts/acc-alpha-1/summary/refresh', allowed: ['contributor', 'practitioner'], ok: [202] },
    { method: 'GET', path: () => '/v1/accounts?q=product', allowed: everyone, ok: [200] },
    ...['timeline', 'tasks', 'usage', 'contacts', 'team', 'changes', 'tickets', 'assets', 'collections'].map((part) => ({
      method: 'GET', path: () => `/v1/accounts/acc-root/${part}`, allowed: everyone, ok: [200],
    })),
    { method: 'GET', path: () => '/v1/portfolio', allowed: everyone, ok: [200] },
    { method: 'GET', path: () => '/v1/team-spotlight', allowed: everyone, ok: [200] },
    { method: 'GET', path: () => '/v1/team-spotlight/members/u-csm/accounts', allowed: everyone, ok: [200] },
    { method: 'GET', path: () => '/v1/summary-config', allowed: ['admin'], ok: [200] },
    { method: 'PUT', path: () => '/v1/summary-config', body: { kpis: ['arr'] }, allowed: ['admin'], ok: [200] },
    { method: 'POST', path: () => '/v1/summary-config/preview', body: { config: {}, accountId: 'acc-root' }, allowed: ['admin'], ok: [200] },
    { method: 'GET', path: () => '/v1/summary-feedback', allowed: ['admin'], ok: [200] },
  ];

  for (const route of routes) {
    for (const who of everyone) {
      const allowed = route.allowed.includes(who);
      it(`${route.method} ${route.path().replace(jobId || "\u0000", ":job")} as ${who}: ${allowed ? 'allowed' : '403'}`, async () => {
        const response = await call(ts.base, route.method, route.path(), tokens[who], route.body);
        if (allowed) expect(route.ok, JSON.stringify(response.body).slice(0, 300)).toContain(response.status);
        else {
          expect(response.status).toBe(403);
          expect(response.body.type).toBe('https://successkit.dev/problems/forbidden');
        }
      });
    }
  }

  it('shows restricted attributes at the working level (assigned users, any seat) and to admins, not by seat', async () => {
    const keysFor = async (token: string) =>
      (await call(ts.base, 'GET', '/v1/accounts/acc-root', token)).body.attributes.map((a: { key: string }) => a.key);
    // The tokens above are u-csm's, who is not assigned to acc-root: only the admin sees it.
    expect(await keysFor(tokens.admin)).toContain('discountNotes');
    for (const who of ['viewer', 'contributor', 'practitioner'] as const) expect(await keysFor(tokens[who])).not.toContain('discountNotes');
    // u-lead is assigned to acc-root: every seat of theirs sees it.
    for (const seat of ['viewer', 'contributor', 'practitioner'] as const) expect(await keysFor(await ts.token({ seat, user: 'u-lead' }))).toContain('discountNotes');
  });

  it('answers 403 feature-disabled on summary routes where the host switched summaries off', async () => {
    const beta = await ts.token({ tenant: 'beta', seat: 'practitioner' });
    for (const [method, path] of [['GET', '/v1/accounts/acc-root/summary'], ['POST', '/v1/accounts/acc-root/summary/refresh'], ['GET', '/v1/jobs/job-1']] as const) {
      const response = await call(ts.base, method, path, beta);
      expect(response.status).toBe(403);
      expect(response.body.type).toBe('https://successkit.dev/problems/feature-disabled');
    }
    // The rest of the API still answers.
    expect((await call(ts.base, 'GET', '/v1/accounts/acc-root', beta)).status).toBe(200);
  });

  it('answers 403 feature-disabled when an admin switches summaries off in the configuration', async () => {
    const admin = await ts.token({ tenant: 'alpha', seat: 'practitioner', admin: true, user: 'u-lead' });
    expect((await call(ts.base, 'PUT', '/v1/summary-config', admin, { enabled: false })).status).toBe(200);
    try {
      const response = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-2/summary', tokens.viewer);
      expect(response.status).toBe(403);
      expect(response.body.type).toBe('https://successkit.dev/problems/feature-disabled');
    } finally {
      expect((await call(ts.base, 'PUT', '/v1/summary-config', admin, { enabled: true })).status).toBe(200);
    }
  });
});
