/**
 * Public routes: liveness (`/healthz`), readiness (`/readyz`: every store and queue check
 * answers within 2 s, else 503) and the OpenAPI document (`/v1/openapi.json`).
 */
import { z } from 'zod';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { StoreUnavailableError } from '../ingest/ingest-errors.ts';

const statusSchema = z.object({ status: z.string() });
const readyTimeoutMs = 2_000;

/** The public routes; `document` builds the OpenAPI document (once, lazily). */
export function healthRoutes(checks: ReadonlyArray<() => Promise<void>>, document: () => unknown): ApiRoute[] {
  let cached: unknown;
  return [
    defineRoute({
      method: 'get',
      path: '/healthz',
      summary: 'Liveness',
      tag: 'health',
      permission: null,
      responses: { 200: { description: 'The process is up', schema: statusSchema } },
      handler: ({ c }) => c.json({ status: 'ok' }),
    }),
    defineRoute({
      method: 'get',
      path: '/readyz',
      summary: 'Readiness: stores and queue reachable',
      tag: 'health',
      permission: null,
      responses: {
        200: { description: 'Ready', schema: statusSchema },
        503: { description: 'A store or queue is unreachable', schema: statusSchema },
      },
      handler: async ({ c }) => {
        try {
          await Promise.all(checks.map((check) => withTimeout(check(), readyTimeoutMs)));
          return c.json({ status: 'ready' });
        } catch {
          return c.json({ status: 'unavailable' }, 503);
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/openapi.json',
      summary: 'This OpenAPI 3.1 document',
      tag: 'health',
      permission: null,
      responses: { 200: { description: 'The OpenAPI document' } },
      handler: ({ c }) => {
        cached ??= document();
        return c.json(cached as object);
      },
    }),
  ];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError('readiness check timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
