/**
 * What route modules need from the app: tenant data for a caller, the summary service, the
 * clock and a typed JSON responder.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.ts';
import type { RecordStore } from '@successkit/core';
import type { TenantData } from '../data/tenant-data.ts';
import type { RecordWriter } from '../ingest/record-writer.ts';
import type { StoreTenantData } from '../records/store-tenant-data.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { SummaryService } from '../summary/summary-service.ts';

/** Services handed to route modules. */
export interface RouteDeps {
  /** The caller's tenant data; throws 403 when this server does not serve the tenant. */
  tenantData(caller: Caller): Promise<TenantData>;
  summaries: SummaryService;
  /** The clock. */
  now(): Date;
  /** A JSON answer whose body is typed (and, when enabled, checked) by the response schema. */
  json<S extends z.ZodType>(c: Context<AppEnv>, schema: S, data: z.output<S>, status?: 200 | 201 | 202): Response;
  /** Milliseconds between SSE heartbeats. */
  heartbeatMs: number;
  /** The store of record and its writer (absent when the server serves fixed datasets). */
  records?: LiveRecords;
}

/** The store of record as the routes use it. */
export interface LiveRecords {
  store: RecordStore;
  writer: RecordWriter;
  tenants: StoreTenantData;
}
