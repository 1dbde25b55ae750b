/**
 * The HTTP client against a real node:http server on 127.0.0.1: headers, typed errors, the
 * optional zod validator, and Server-Sent Events read from a chunked stream.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent, StoredSummary } from '../api/summary-api.ts';
import { SuccessKitClient } from './client.ts';
import { ApiError, ForbiddenError, NetworkError, ResponseValidationError, UnauthenticatedError } from './errors.ts';
import { zodValidator } from './validator.ts';

const summary: StoredSummary = {
  id: 's-1',
  tenantId: 't',
  accountId: 'a-1',
  configVersion: 1,
  generatedAt: '2026-01-01T09:00:00Z',
  expiresAt: '2026-01-01T21:00:00Z',
  generator: { kind: 'offline', model: null, label: 'Offline summary' },
  output: {
    kpis: [{ key: 'arr', label: 'ARR', value: '$120,000' }],
    sections: { overview: [{ text: 'Healthy.', evidence: ['arr'] }], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] },
  },
  evidence: { arr: { label: 'ARR', value: 120000 } },
  inputFingerprint: 'f',
  usage: null,
};

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
const routes = new Map<string, Handler>();
const seen: Array<{ method: string; url: string; authorization: string | undefined; body: string }> = [];
let server: Server;
let baseUrl: string;

function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
      const handler = routes.get(`${req.method} ${(req.url ?? '').split('?')[0]}`);
      if (handler) handler(req, res, body);
      else json(res, 404, { type: 'https://successkit.dev/problems/not-found', title: 'Not found', status: 404 }, 'application/problem+json');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  routes.set('GET /v1/accounts/a-1/summary', (_req, res) => json(res, 200, { state: 'fresh', summary, dataChanged: false, myVote: null, jobId: null }));
  routes.set('GET /v1/accounts/bad/summary', (_req, res) => json(res, 200, { state: 'fresh', summary: { ...summary, output: null } }));
  routes.set('GET /v1/accounts/expired/summary', (_req, res) =>
    json(res, 401, { type: 'https://successkit.dev/problems/unauthenticated', title: 'Token expired', status: 401 }, 'application/problem+json'),
  );
  routes.set('POST /v1/accounts/a-1/summary/refresh', (_req, res) =>
    json(res, 403, { type: 'https://successkit.dev/problems/forbidden', title: 'Forbidden', status: 403, detail: 'viewers cannot refresh' }, 'application/problem+json'),
  );
  routes.set('GET /v1/summary-config', (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/html' });
    res.end('<h1>oops</h1>');
  });
  routes.set('POST /v1/accounts/a-1/summary/feedback', (_req, res, body) => {
    const { vote, reason } = JSON.parse(body) as { vote: 'up' | 'down'; reason?: string };
    json(res, 201, { summaryId: 's-1', tenantId: 't', accountId: 'a-1', userId: 'u', vote, reason: reason ?? null, configVersion: 1, model: null, at: '2026-01-01T10:00:00Z' });
  });
  routes.set('GET /v1/team-spotlight', (_req, res) => json(res, 400, { type: 'https://successkit.dev/problems/validation', title: 'Invalid', status: 400, errors: [{ path: 'query.period', message: 'unknown period' }] }, 'application/problem+json'));
  routes.set('GET /v1/jobs/j-1/events', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const events: JobEvent[] = [
      { type: 'stage', stage: 'writing', progress: 0.5, at: '2026-01-01T09:00:01Z' },
      { type: 'section', section: 'overview', statements: [{ text: 'Healthy.', evidence: ['arr'] }] },
      { type: 'done', summary },
    ];
    const text = events.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('');
    // Split mid-event so the parser must join chunks; a malformed event in between is skipped.
    res.write(text.slice(0, 37));
    res.write(text.slice(37, 120) + '');
    setTimeout(() => {
      res.write(text.slice(120));
      res.end('event: stage\ndata: {not json\n\n');
    }, 20);
  });
  routes.set('GET /v1/jobs/j-open/events', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`event: stage\ndata: ${JSON.stringify({ type: 'stage', stage: 'collecting', progress: 0.1, at: 'x' })}\n\n`);
    // never ends: the client aborts
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('SuccessKitClient', () => {
  it('sends the token from a function in the Authorization header and returns the typed body', async () => {
    const client = new SuccessKitClient({ baseUrl, token: async () => 'tok-1' });
    const answer = await client.getSummary('a-1');
    expect(answer.state).toBe('fresh');
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/v1/accounts/a-1/summary', authorization: 'Bearer tok-1' });
  });

  it('checks responses with zodValidator and names the mismatching path', async () => {
    const client = new SuccessKitClient({ baseUrl, validator: zodValidator });
    await expect(client.getSummary('a-1')).resolves.toMatchObject({ state: 'fresh', summary: { id: 's-1' } });
    const error = await client.getSummary('bad').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toContain('summary.output');
  });

  it('trusts the body without a validator (no zod in browser bundles)', async () => {
    const client = new SuccessKitClient({ baseUrl });
    await expect(client.getSummary('bad')).resolves.toMatchObject({ state: 'fresh' });
  });

  it('turns 401, 403, 400 and non-problem 500 answers into typed errors', async () => {
    const client = new SuccessKitClient({ baseUrl, token: 'x' });
    const expired = await client.getSummary('expired').catch((e: unknown) => e);
    expect(expired).toBeInstanceOf(UnauthenticatedError);
    expect((expired as UnauthenticatedError).type).toBe('unauthenticated');
    const forbidden = await client.refreshSummary('a-1').catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect((forbidden as ForbiddenError).message).toBe('viewers cannot refresh');
    const invalid = await client.getTeamSpotlight({ period: 3, metrics: ['a', 'b'] }).catch((e: unknown) => e);
    expect((invalid as ApiError).problem.errors).toEqual([{ path: 'query.period', message: 'unknown period' }]);
    expect(seen.at(-1)?.url).toBe('/v1/team-spotlight?period=3&metrics=a%2Cb');
    const internal = await client.getSummaryConfig().catch((e: unknown) => e);
    expect(internal).toBeInstanceOf(ApiError);
    expect((internal as ApiError).status).toBe(500);
    expect((internal as ApiError).type).toBe('internal');
  });

  it('sends JSON bodies', async () => {
    const client = new SuccessKitClient({ baseUrl, validator: zodValidator });
    const feedback = await client.sendFeedback('a-1', { vote: 'down', reason: 'too vague' });
    expect(feedback.reason).toBe('too vague');
    expect(JSON.parse(seen.at(-1)?.body ?? '')).toEqual({ vote: 'down', reason: 'too vague' });
  });

  it('wraps an unreachable server in NetworkError', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await new SuccessKitClient({ baseUrl: `http://127.0.0.1:${port}` }).getJob('j').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('streams job events across chunk boundaries, skips malformed ones, returns the last', async () => {
    for (const validator of [undefined, zodValidator]) {
      const events: string[] = [];
      const client = new SuccessKitClient({ baseUrl, ...(validator ? { validator } : {}) });
      const last = await client.streamJobEvents('j-1', { onEvent: (e) => events.push(e.type) });
      expect(events).toEqual(['stage', 'section', 'done']);
      expect(last?.type).toBe('done');
      expect(seen.at(-1)?.url).toBe('/v1/jobs/j-1/events');
    }
  });

  it('stops reading, and resolves, when the signal aborts', async () => {
    const controller = new AbortController();
    const client = new SuccessKitClient({ baseUrl });
    const events: string[] = [];
    const done = client.streamJobEvents('j-open', {
      signal: controller.signal,
      onEvent: (e) => {
        events.push(e.type);
        controller.abort();
      },
    });
    await expect(done).resolves.toMatchObject({ type: 'stage' });
    expect(events).toEqual(['stage']);
  });
});
