import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, waitForJob } from '../__fixtures__/http-helpers.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';

/**
 * Property: whatever route, id and seat, a token of one tenant never reads the other tenant's
 * data. Both tenants have an account `acc-root` and a user `u-csm` (same ids, different names),
 * and every name carries its tenant's marker (`ALPHA…`, `BETA…`), so a leak is visible.
 */
describe('tenant isolation (property)', () => {
  let ts: TestServer;
  const jobs: Record<'alpha' | 'beta', string> = { alpha: '', beta: '' };

  beforeAll(async () => {
    ts = await startTestServer({});
    for (const tenant of ['alpha', 'beta'] as const) {
      const token = await ts.token({ tenant, seat: 'practitioner', admin: true });
      const first = await call(ts.base, 'GET', '/v1/accounts/acc-root/summary', token);
      jobs[tenant] = first.body.jobId;
      await waitForJob(ts.base, token, first.body.jobId);
    }
  });
  afterAll(() => ts.close());

  const accountRoutes = ['GET /v1/accounts/:id', 'GET /v1/accounts/:id/children', 'GET /v1/accounts/:id/summary', 'POST /v1/accounts/:id/summary/refresh', 'POST /v1/accounts/:id/summary/feedback'];
  const otherRoutes = ['GET /v1/jobs/:job', 'GET /v1/jobs/:job/events', 'GET /v1/team-spotlight', 'GET /v1/team-spotlight/members/:user/accounts', 'GET /v1/summary-config', 'GET /v1/summary-feedback', 'POST /v1/summary-config/preview'];

  it('never returns the other tenant\'s data', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('alpha', 'beta'),
        fc.constantFrom('viewer', 'contributor', 'practitioner'),
        fc.boolean(),
        fc.constantFrom(...accountRoutes, ...otherRoutes),
        fc.constantFrom('acc-root', 'acc-alpha-1', 'acc-alpha-3', 'acc-beta-1', 'acc-beta-4'),
        fc.constantFrom('u-csm', 'u-lead'),
        fc.constantFrom('alpha', 'beta'),
        async (tenant, seat, admin, route, accountId, userId, jobTenant) => {
          const other = tenant === 'alpha' ? 'beta' : 'alpha';
          const token = await ts.token({ tenant, seat: seat as 'viewer', admin });
          const [method, pattern] = route.split(' ') as [string, string];
          const path = pattern.replace(':id', accountId).replace(':job', jobs[jobTenant as 'alpha']).replace(':user', userId);
          const body = route.endsWith('summary/feedback') ? { vote: 'down' } : route.endsWith('preview') ? { config: {}, accountId } : undefined;
          const response = await call(ts.base, method, path, token, body);
          const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
          expect(text).not.toContain(other.toUpperCase());
          expect(text).not.toContain(`${other}@example.com`);
          expect(response.status).toBeLessThan(500);
          // Ids that only exist in the other tenant are simply not found.
          if (pattern.includes(':id') && accountId.startsWith(`acc-${other}`)) expect([403, 404]).toContain(response.status);
          if (route.startsWith('POST /v1/summary-config/preview') && accountId.startsWith(`acc-${other}`) && admin) expect(response.status).toBe(404);
          if (pattern.includes(':job') && jobTenant === other && response.status !== 403) expect(response.status).toBe(404);
          if (pattern.includes(':id') && accountId.startsWith(`acc-${other}`) && response.status === 403) {
            // 403 only for lacking a permission, never because the id exists elsewhere.
            expect(response.body.type).toBe('https://successkit.dev/problems/forbidden');
            expect(response.body.detail).toMatch(/permission/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
