/**
 * `createSuccessKit`: builds the Hono app and returns it as a fetch handler a host can mount in
 * Express, Fastify, Next.js or Workers, or serve standalone (`successkit serve`).
 *
 * Every route of API v1 is declared once (routes/*), registered with its guards
 * (routes/mount-routes.ts) and described in the OpenAPI document from the same declarations.
 * Every error leaves through one boundary as `application/problem+json`.
 */
import {
  ingestMaxBodyBytes,
  InvalidArgumentError,
  InvalidStateError,
  type Clock,
  type Dataset,
  type JobQueue,
  type RecordStore,
  type Stores,
  type SummaryGenerator,
} from '@successkit/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { EmbedTokenKey } from './auth/embed-token.ts';
import { staticTenantData } from './data/static-tenant-data.ts';
import type { TenantData, TenantDataProvider } from './data/tenant-data.ts';
import type { AppEnv } from './http/app-env.ts';
import { createCorsPolicy, type CorsOptions } from './http/cors-policy.ts';
import { HttpProblem } from './http/http-problem.ts';
import { jsonText } from './http/json-text.ts';
import { jsonResponse } from './http/response-headers.ts';
import { problemResponse, toHttpProblem } from './http/problem-response.ts';
import { createLogger, type Logger } from './logging/logger.ts';
import { requestLogger } from './logging/request-logger.ts';
import { buildOpenApiDocument } from './openapi/openapi-document.ts';
import { accountRoutes } from './routes/account-routes.ts';
import { profileRoutes } from './routes/profile-routes.ts';
import type { ApiRoute } from './routes/api-route.ts';
import { changeRoutes } from './routes/change-routes.ts';
import { configRoutes } from './routes/config-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { ingestRoutes } from './routes/ingest-routes.ts';
import { writeRoutes } from './routes/write-routes.ts';
import { jobRoutes } from './routes/job-routes.ts';
import { mountRoutes } from './routes/mount-routes.ts';
import type { LiveRecords, RouteDeps } from './routes/route-deps.ts';
import { createRecordWriter } from './ingest/record-writer.ts';
import { storeTenantData } from './records/store-tenant-data.ts';
import { spotlightRoutes } from './routes/spotlight-routes.ts';
import { summaryRoutes } from './routes/summary-routes.ts';
import { createDefaultSummaryService } from './default-summary-service.ts';
import type { SummaryService } from './summary/summary-service.ts';

/** Options of the server. */
export interface SuccessKitOptions {
  /**
   * The tenants' data: a provider (see `fileTenantData`), or parsed datasets (one tenant each).
   * Leave it out with `records`: the data is then served from the store of record.
   */
  data?: TenantDataProvider | Dataset | readonly Dataset[];
  /**
   * The store of record (`createSqliteRecordStore`): tenants are served from it and kept current
   * with its change log, and `POST /v1/ingest` / `GET /v1/changes` write and read it.
   */
  records?: RecordStore;
  /** Embed token verification: the shared HS256 secret, issuer and audience. */
  jwt: EmbedTokenKey;
  /** The summary engine (default: `createSummaryService` on `stores`, `queue` and `generator`). */
  summaries?: SummaryService;
  /** Stores for the default summary service; also pinged by `/readyz`. */
  stores?: Stores;
  /** The job queue for the default summary service (default: in process). */
  queue?: JobQueue;
  /** The generator of the default summary service (default: OpenAI when `OPENAI_API_KEY` is set, else offline). */
  generator?: SummaryGenerator;
  /** Run generation jobs in this process (default true); `false` for API processes in front of `successkit worker`s. */
  processJobs?: boolean;
  /** Browser origins allowed to call the API (none by default). */
  cors?: CorsOptions;
  /** Tenants whose summary feature is switched off by the host (403 `feature-disabled`). */
  summariesDisabledFor?: readonly string[];
  /** The clock (default `() => new Date()`). */
  clock?: Clock;
  /** A pino logger (default: info level to stdout). */
  logger?: Logger;
  limits?: {
    /** Largest request body in bytes (default 64 KiB); above → 413. */
    bodyBytes?: number;
  };
  /** Extra readiness checks (store, queue) for `/readyz`. */
  readinessChecks?: Array<() => Promise<void>>;
  /** Milliseconds between SSE heartbeats (default 15 000). */
  sseHeartbeatMs?: number;
  /** Check every JSON response against its schema (tests; a mismatch is a 500). */
  validateResponses?: boolean;
}

/** A mounted successkit server. */
export interface SuccessKit {
  /** The fetch handler: `(Request) => Response`. */
  fetch: (request: Request) => Response | Promise<Response>;
  /** The Hono app, to mount under a host's own Hono app. */
  app: Hono<AppEnv>;
  /** The routes of API v1, as declared (and documented in `/v1/openapi.json`). */
  routes: readonly ApiRoute[];
  /** Stops the summary service: no new jobs; running jobs finish or are handed back. */
  close(): Promise<void>;
}

/** Default largest request body: 64 KiB. */
export const defaultBodyLimitBytes = 64 * 1024;

/**
 * Creates the successkit server.
 *
 * @example
 * ```ts
 * const kit = createSuccessKit({
 *   data: await fileTenantData('./acme.json'),
 *   jwt: { secret: process.env.SUCCESSKIT_JWT_SECRET!, issuer: 'https://portal.example.com', audience: 'successkit' },
 *   cors: { origins: ['https://portal.example.com'] },
 * });
 * serve({ fetch: kit.fetch, port: 8787 });
 * ```
 */
export function createSuccessKit(options: SuccessKitOptions): SuccessKit {
  if (!options.jwt?.secret) throw new InvalidArgumentError('jwt.secret', 'createSuccessKit: jwt.secret is required (set SUCCESSKIT_JWT_SECRET for the CLI)');
  const clock = options.clock ?? (() => new Date());
  if (options.records && options.data) throw new InvalidArgumentError('records', 'createSuccessKit: give data or records, not both (with records the data is served from the store)');
  if (!options.records && !options.data) throw new InvalidArgumentError('data', 'createSuccessKit: data (datasets or a provider) or records (a store of record) is required');
  let records: LiveRecords | undefined;
  if (options.records) {
    const tenants = storeTenantData(options.records, { clock });
    records = { store: options.records, tenants, writer: createRecordWriter({ store: options.records, tenants, clock }) };
  }
  // The tenant data last handed out per tenant: `dataVersion` of a view answer is read from it.
  const served = new Map<string, TenantData>();
  const provider = records ? records.tenants : toProvider(options.data!);
  const data: TenantDataProvider = {
    async get(tenantId) {
      const tenant = await provider.get(tenantId);
      if (tenant) served.set(tenantId, tenant);
      return tenant;
    },
    tenants: () => provider.tenants(),
  };
  const logger = options.logger ?? createLogger();
  // With a store of record, summary answers say what changed since they were generated (dataChangedSince).
  const changes = options.records ? options.records.changesAfter.bind(options.records) : undefined;
  const summaries =
    options.summaries ??
    createDefaultSummaryService({ data, stores: options.stores, queue: options.queue, generator: options.generator, processJobs: options.processJobs, clock, logger, changes });
  const cors = createCorsPolicy(options.cors);
  const disabled = new Set(options.summariesDisabledFor ?? []);

  const deps: RouteDeps = {
    async tenantData(caller): Promise<TenantData> {
      const tenant = await data.get(caller.tenantId);
      if (!tenant) throw new HttpProblem('forbidden', "this server does not serve the token's tenant");
      return tenant;
    },
    summaries,
    now: clock,
    json<S extends z.ZodType>(c: Parameters<RouteDeps['json']>[0], schema: S, body: z.output<S>, status: 200 | 201 | 202 = 200) {
      // Every view answer carries the `seq` it reflects: views are computed from the model
      // synchronously just before they are answered, so it is the model's version now.
      if (declaresDataVersion(schema) && typeof body === 'object' && body !== null && (body as { dataVersion?: number }).dataVersion === undefined) {
        const tenant = served.get(c.get('caller')?.tenantId ?? '');
        if (tenant) body = { ...(body as object), dataVersion: tenant.dataVersion } as z.output<S>;
      }
      if (options.validateResponses) {
        const result = schema.safeParse(body);
        if (!result.success) throw new InvalidStateError(`response does not match its schema: ${result.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      }
      // What `c.json` answers, with the JSON text of frozen store records reused (http/json-text.ts)
      // and the middleware's headers in one plain object (http/response-headers.ts).
      return jsonResponse(c, jsonText(body), status);
    },
    heartbeatMs: options.sseHeartbeatMs ?? 15_000,
    ...(records ? { records } : {}),
  };

  const checks = [...(options.readinessChecks ?? [])];
  if (options.stores) checks.push(() => options.stores!.ping());
  if (options.records) checks.push(() => options.records!.ping());
  const apiRoutes = [...accountRoutes(deps), ...profileRoutes(deps), ...summaryRoutes(deps), ...jobRoutes(deps), ...configRoutes(deps), ...spotlightRoutes(deps), ...ingestRoutes(deps), ...changeRoutes(deps), ...writeRoutes(deps)];
  const routes: ApiRoute[] = [];
  routes.push(...healthRoutes(checks, () => buildOpenApiDocument(routes)), ...apiRoutes);

  const app = new Hono<AppEnv>();
  app.use('*', requestLogger(logger));
  app.use('*', cors.middleware);
  const maxSize = options.limits?.bodyBytes ?? defaultBodyLimitBytes;
  const limitBody = bodyLimit({ maxSize, onError: () => { throw new HttpProblem('payload-too-large', `the request body is larger than ${maxSize} bytes`); } });
  // GET and HEAD requests have no body to limit (Request refuses one); skipping them saves
  // building the full web Request the adapter otherwise creates to answer `request.body`.
  // Ingestion takes batches of up to 10 MB (DESIGN.md "Live data"); every other body stays small.
  const limitIngest = bodyLimit({
    maxSize: ingestMaxBodyBytes,
    onError: () => {
      throw new HttpProblem('payload-too-large', `the ingest body is larger than ${ingestMaxBodyBytes} bytes (10 MB); send at most 10 MB and 10,000 items per batch`);
    },
  });
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : c.req.path === '/v1/ingest' ? limitIngest(c, next) : limitBody(c, next)));
  mountRoutes(app, routes, { jwt: options.jwt, cors, now: clock, summariesEnabled: (tenantId) => !disabled.has(tenantId), ...(options.records ? { records: options.records } : {}) });
  app.notFound((c) => problemResponse(c, new HttpProblem('not-found', 'no such route')));
  app.onError((error, c) => problemResponse(c, toHttpProblem(error)));

  return {
    fetch: (request) => app.fetch(request),
    app,
    routes,
    close: async () => {
      records?.tenants.close();
      await summaries.close();
    },
  };
}

const declaring = new WeakMap<z.ZodType, boolean>();

/** Whether a response schema (an object, or a union of objects) has a `dataVersion` field. */
function declaresDataVersion(schema: z.ZodType): boolean {
  let known = declaring.get(schema);
  if (known === undefined) {
    const def = (schema as unknown as { def?: { shape?: Record<string, unknown>; options?: z.ZodType[] } }).def;
    known = def?.shape ? 'dataVersion' in def.shape : def?.options ? def.options.some(declaresDataVersion) : false;
    declaring.set(schema, known);
  }
  return known;
}

function toProvider(data: NonNullable<SuccessKitOptions['data']>): TenantDataProvider {
  if ('get' in data && typeof data.get === 'function') return data as TenantDataProvider;
  return staticTenantData(Array.isArray(data) ? (data as Dataset[]) : [data as Dataset]);
}
