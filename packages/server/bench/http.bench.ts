/**
 * HTTP throughput of the cached-summary GET (`GET /v1/accounts/:id/summary`, warm cache) with
 * autocannon, against a bare Hono route answering the same JSON body in the same run, on the
 * same kind of server (@hono/node-server, 127.0.0.1). The summary route does everything a
 * real request does: token verification, permission and validation, tenant lookup, the summary
 * service (memory stores, offline generator), response, one pino log line (to /dev/null).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { generateDataset } from '@successkit/core';
import { median, recordFigure } from '@successkit/bench-kit';
import { Hono } from 'hono';
import { pino } from 'pino';
import { createSuccessKit } from '../src/app.ts';
import { mintEmbedToken } from '../src/auth/embed-token.ts';
import { createGeneratorFromEnv } from '../src/generators/generator-from-env.ts';
import type { SummaryService } from '../src/summary/summary-service.ts';

const key = { secret: 'bench-secret-0123456789-abcdefghijklmnop', issuer: 'bench', audience: 'successkit' };
const asOf = new Date('2026-03-02T12:00:00Z');
const dataset = generateDataset({ seed: 7, accounts: 500, asOf: asOf.toISOString() });
const accountId = dataset.accounts.at(-1)!.id;

const kit = createSuccessKit({
  data: dataset,
  jwt: key,
  clock: () => new Date(),
  generator: createGeneratorFromEnv({}, { logger: { info() {} } }),
  logger: pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false })),
});
const token = await mintEmbedToken({ ...key, tenant: dataset.tenant.id, user: dataset.users[0]!.id, seat: 'viewer', ttl: 900 });
const headers = { authorization: `Bearer ${token}` };

async function listen(fetchHandler: (request: Request) => Response | Promise<Response>): Promise<{ url: string; server: ServerType }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: fetchHandler, hostname: '127.0.0.1', port: 0 }, () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    );
  });
}

const api = await listen(kit.fetch);
const summaryUrl = `${api.url}/v1/accounts/${encodeURIComponent(accountId)}/summary`;

// Warm the cache: the first GET starts the job; wait until it answers 200.
let body: unknown;
for (let i = 0; i < 600; i++) {
  const response = await fetch(summaryUrl, { headers });
  body = await response.json();
  if (response.status === 200) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
if ((body as { state?: string }).state !== 'fresh') throw new Error(`the summary did not become cached: ${JSON.stringify(body).slice(0, 200)}`);

// The HTTP layer alone: the same route over a service that answers the cached summary at once.
const cachedAnswer = body as Awaited<ReturnType<SummaryService['getSummary']>>;
const instant = { getSummary: async () => cachedAnswer, close: async () => {} } as unknown as SummaryService;
const layerKit = createSuccessKit({ data: dataset, jwt: key, summaries: instant, logger: pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false })) });
const layer = await listen(layerKit.fetch);
const layerUrl = `${layer.url}/v1/accounts/${encodeURIComponent(accountId)}/summary`;

const bare = new Hono();
bare.get('/bare', (c) => c.json(body as object));
const bareServer = await listen((request) => bare.fetch(request));

async function run(url: string, withHeaders: Record<string, string>): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({ url, headers: withHeaders, connections: 32, pipelining: 1, duration: 4 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

await run(summaryUrl, headers); // warm-up (JIT)
await run(`${bareServer.url}/bare`, {});
const summaryRuns: Array<{ rps: number; p99: number; errors: number }> = [];
const bareRuns: Array<{ rps: number; p99: number; errors: number }> = [];
const layerRuns: Array<{ rps: number; p99: number; errors: number }> = [];
for (let round = 0; round < 3; round++) {
  bareRuns.push(await run(`${bareServer.url}/bare`, {}));
  summaryRuns.push(await run(summaryUrl, headers));
  layerRuns.push(await run(layerUrl, headers));
}
const layerRps = median(layerRuns.map((r) => r.rps));
const summaryRps = median(summaryRuns.map((r) => r.rps));
const bareRps = median(bareRuns.map((r) => r.rps));
const p99 = median(summaryRuns.map((r) => r.p99));
const errors = summaryRuns.reduce((sum, r) => sum + r.errors, 0);
const note = `autocannon 32 connections × 4 s × 3 rounds (median); ${JSON.stringify(body).length} B body; errors/non-2xx ${errors}`;

recordFigure({ name: 'server.http.bare-route', median: Math.round(bareRps), unit: 'req/s', note: `bare Hono route, same JSON body; p99 ${median(bareRuns.map((r) => r.p99))} ms` });
recordFigure({ name: 'server.http.cached-summary', median: Math.round(summaryRps), unit: 'req/s', note });
recordFigure({ name: 'server.http.cached-summary-vs-bare', median: Math.round((summaryRps / bareRps) * 1000) / 10, unit: '%', target: '≥ 70 %', met: summaryRps / bareRps >= 0.7 });
recordFigure({
  name: 'server.http.http-layer-vs-bare',
  median: Math.round((layerRps / bareRps) * 1000) / 10,
  unit: '%',
  note: `auth, guards, validation, logging over an instant service: ${Math.round(layerRps)} req/s, p99 ${median(layerRuns.map((r) => r.p99))} ms`,
});
recordFigure({ name: 'server.http.cached-summary-p99', median: p99, unit: 'ms', target: '< 10 ms', met: p99 < 10, note: 'median over rounds of the p99 latency' });

await kit.close();
for (const server of [api.server, bareServer.server, layer.server]) {
  if ('closeAllConnections' in server) server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
