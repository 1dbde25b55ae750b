/**
 * The demo portal's server: ONE Hono app serving the successkit API (mounted as a fetch
 * handler, as any host would), the portal's own backend (`/portal-api`: sign-in as a persona
 * with an embed token minted here) and the built portal pages. The portfolio and the account
 * pages are the successkit elements, reading the successkit API.
 */
import { randomBytes } from 'node:crypto';
import { serveStatic } from '@hono/node-server/serve-static';
import type { SummaryGenerator } from '@successkit/core';
import { createSqliteStores, createSuccessKit, mintEmbedToken, readDatasetFile, type Logger } from '@successkit/server';
import { Hono } from 'hono';
import { ensureDemoDataset } from './demo-data.ts';
import { demoServiceKey, openDemoRecords, startDemoSimulator } from './live-demo.ts';
import { personas, resolvePersonas, type Persona } from './personas.ts';

/** Options of the portal server. */
export interface PortalServerOptions {
  /** The dataset file; a synthetic one is written there when missing. */
  dataPath: string;
  /** The SQLite file of summaries, config and feedback (`:memory:` for tests). */
  storePath: string;
  /** The built pages (`apps/demo-portal/dist`), or null to serve the API only (`pnpm dev`). */
  staticDir: string | null;
  /** The summary generator (default: OpenAI when OPENAI_API_KEY is set, else offline). */
  generator?: SummaryGenerator;
  /** The embed token secret (default SUCCESSKIT_JWT_SECRET, else a random one per start). */
  jwtSecret?: string;
  /** How many accounts a new synthetic dataset gets (default 300). */
  accounts?: number;
  clock?: () => Date;
  logger?: Logger;
  /** Stream simulated changes into the tenant (live data, see live-demo.ts): batches per second, or off (default). */
  simulate?: { rate: number } | false;
}

/** A running portal app. */
export interface PortalServer {
  fetch: (request: Request) => Response | Promise<Response>;
  tenantId: string;
  /** A new service key of the tenant (for `POST /v1/ingest`), revoking earlier ones of that name. */
  serviceKey(name?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the portal app. */
export async function createPortalServer(options: PortalServerOptions): Promise<PortalServer> {
  const clock = options.clock ?? (() => new Date());
  ensureDemoDataset(options.dataPath, { accounts: options.accounts ?? 300, asOf: clock().toISOString() });
  const dataset = await readDatasetFile(options.dataPath);
  const jwt = {
    secret: options.jwtSecret ?? process.env.SUCCESSKIT_JWT_SECRET ?? randomBytes(32).toString('hex'),
    issuer: 'successkit-demo-portal',
    audience: 'successkit',
  };
  const stores = createSqliteStores(options.storePath);
  // The tenant is served from the store of record (the file imported into it), so it takes changes live.
  const records = await openDemoRecords(options.dataPath, options.storePath);
  const kit = createSuccessKit({
    records,
    jwt,
    stores,
    clock,
    ...(options.generator ? { generator: options.generator } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const users = resolvePersonas(dataset);

  const app = new Hono();
  app.post('/portal-api/session', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { persona?: string };
    const persona = body.persona as Persona;
    if (!personas.includes(persona)) return c.json({ error: `persona must be one of ${personas.join(', ')}` }, 400);
    const user = users[persona];
    const ttl = 15 * 60;
    const token = await mintEmbedToken({ ...jwt, tenant: dataset.tenant.id, user: user.id, seat: user.seat, admin: user.admin, ttl, now: clock() });
    return c.json({ token, persona, user, expiresAt: new Date(clock().getTime() + ttl * 1000).toISOString() });
  });
  for (const path of ['/v1/*', '/healthz', '/readyz']) app.all(path, (c) => kit.fetch(c.req.raw));
  if (options.staticDir) {
    app.use('/*', serveStatic({ root: options.staticDir }));
    app.get('*', serveStatic({ root: options.staticDir, path: 'index.html' }));
  }
  const simulator = options.simulate ? await startDemoSimulator({ fetch: (request) => app.fetch(request), records, tenantId: dataset.tenant.id, rate: options.simulate.rate }) : null;
  return {
    fetch: (request) => app.fetch(request),
    tenantId: dataset.tenant.id,
    serviceKey: (name) => demoServiceKey(records, dataset.tenant.id, name),
    close: async () => {
      await simulator?.stop();
      await kit.close();
      await stores.close();
      await records.close();
    },
  };
}
