import { problemSchema } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from './__fixtures__/http-helpers.ts';
import { startTestServer, type TestServer } from './__fixtures__/test-server.ts';

describe('createSuccessKit over real HTTP', () => {
  let ts: TestServer;
  let ready = true;
  beforeAll(async () => {
    ts = await startTestServer({ readinessChecks: [async () => { if (!ready) throw new Error('down'); }] });
  });
  afterAll(() => ts.close());

  it('answers /healthz', async () => {
    const response = await fetch(`${ts.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 when a check fails', async () => {
    ready = false;
    expect((await fetch(`${ts.base}/readyz`)).status).toBe(503);
    ready = true;
    expect((await fetch(`${ts.base}/readyz`)).status).toBe(200);
  });

  it('answers unknown routes with a 404 problem and a request id', async () => {
    const response = await fetch(`${ts.base}/v1/nope`, { headers: { 'x-request-id': 'req-123' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-request-id')).toBe('req-123');
    const problem = problemSchema.parse(await response.json());
    expect(problem).toMatchObject({ type: 'https://successkit.dev/problems/not-found', status: 404, requestId: 'req-123' });
  });

  it('answers a body above the limit with 413', async () => {
    const token = await ts.token({ seat: 'viewer', admin: true });
    const response = await fetch(`${ts.base}/v1/summary-config`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kpis: ['x'.repeat(70_000)] }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Json).type).toBe('https://successkit.dev/problems/payload-too-large');
  });

  it('allows CORS only for configured origins', async () => {
    const local = await startTestServer({ cors: { origins: ['https://portal.example'], tenants: { beta: ['https://beta.example'] } } });
    try {
      const preflight = (origin: string) =>
        fetch(`${local.base}/v1/accounts/acc-root`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
      expect((await preflight('https://portal.example')).headers.get('access-control-allow-origin')).toBe('https://portal.example');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const alpha = await local.token({ tenant: 'alpha' });
      // beta's origin is not allowed for an alpha token.
      const crossTenant = await fetch(`${local.base}/v1/summary-config`, { headers: { authorization: `Bearer ${alpha}`, origin: 'https://beta.example' } });
      expect(crossTenant.status).toBe(403);
    } finally {
      await local.close();
    }
  });

  it('puts the request id and the CORS headers on JSON answers and on problems alike, once each', async () => {
    const local = await startTestServer({ cors: { origins: ['https://portal.example'] } });
    try {
      const token = await local.token({ seat: 'viewer' });
      const answers = [
        await fetch(`${local.base}/v1/accounts/acc-root`, { headers: { authorization: `Bearer ${token}`, origin: 'https://portal.example', 'x-request-id': 'r-1' } }),
        await fetch(`${local.base}/v1/accounts/acc-root`, { headers: { origin: 'https://portal.example', 'x-request-id': 'r-2' } }),
        await fetch(`${local.base}/v1/nope`, { headers: { origin: 'https://portal.example', 'x-request-id': 'r-3' } }),
      ];
      expect(answers.map((r) => [r.status, r.headers.get('content-type')])).toEqual([
        [200, 'application/json'],
        [401, 'application/problem+json'],
        [404, 'application/problem+json'],
      ]);
      for (const [i, response] of answers.entries()) {
        expect(response.headers.get('x-request-id')).toBe(`r-${i + 1}`);
        expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example');
        expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id,retry-after');
        expect(response.headers.get('vary')).toBe('Origin');
      }
      const noOrigin = await fetch(`${local.base}/v1/accounts/acc-root`, { headers: { authorization: `Bearer ${token}` } });
      expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull();
      expect(noOrigin.headers.get('vary')).toBe('Origin');
      expect(noOrigin.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await local.close();
    }
  });
});
