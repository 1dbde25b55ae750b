/**
 * CORS limited to configured origins (DESIGN.md "Embed tokens"): a global list and/or a list
 * per tenant. A preflight carries no token, so it is answered for any configured origin; the
 * actual request is then checked against the caller's tenant (`assertOriginAllowed`, 403).
 * With nothing configured, no cross-origin browser request is allowed.
 *
 * Preflights go through Hono's `cors` middleware. Other requests get the same headers as Hono's
 * middleware gives them, collected before the route and written with its response
 * (response-headers.ts): Hono's middleware writes them into `c.res` *before* the route, which
 * makes Hono merge that placeholder into the route's response and turns a cheap string body
 * into a full web `Response` and stream.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { Caller } from '../auth/caller.ts';
import type { AppEnv } from './app-env.ts';
import { HttpProblem } from './http-problem.ts';
import { addResponseHeader, applyResponseHeaders } from './response-headers.ts';

/** Which browser origins may call the API. */
export interface CorsOptions {
  /** Origins allowed for every tenant, e.g. `https://portal.example.com`. */
  origins?: readonly string[];
  /** Origins allowed per tenant id. */
  tenants?: Readonly<Record<string, readonly string[]>>;
}

/** The CORS middleware and the per-tenant check. */
export interface CorsPolicy {
  middleware: MiddlewareHandler<AppEnv>;
  /**
   * Throws 403 when the request's `Origin` is not allowed for the caller's tenant. A request
   * from the API's own origin (`requestUrl`'s) is same-origin and always allowed: browsers send
   * `Origin` on same-origin POST and PUT too.
   */
  assertOriginAllowed(origin: string | undefined, caller: Caller, requestUrl?: string): void;
}

/** Builds the CORS policy. */
export function createCorsPolicy(options: CorsOptions = {}): CorsPolicy {
  const global = new Set(options.origins ?? []);
  const perTenant = new Map(Object.entries(options.tenants ?? {}).map(([tenant, list]) => [tenant, new Set(list)]));
  const anywhere = new Set([...global, ...[...perTenant.values()].flatMap((set) => [...set])]);
  const exposeHeaders = ['x-request-id', 'retry-after'];
  const preflight = cors({
    origin: (origin) => (anywhere.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'OPTIONS'],
    allowHeaders: ['authorization', 'content-type', 'x-request-id', 'accept'],
    exposeHeaders,
    maxAge: 600,
  });
  const exposed = exposeHeaders.join(',');
  return {
    async middleware(c, next) {
      if (c.req.method === 'OPTIONS') return preflight(c, next);
      // The headers Hono's `cors` gives a non-preflight request.
      const origin = c.req.header('origin');
      if (origin !== undefined && anywhere.has(origin)) addResponseHeader(c, 'access-control-allow-origin', origin);
      addResponseHeader(c, 'access-control-expose-headers', exposed);
      addResponseHeader(c, 'vary', 'Origin');
      await next();
      applyResponseHeaders(c);
    },
    assertOriginAllowed(origin, caller, requestUrl) {
      // Same-origin and server-to-server requests carry no Origin (or the host's own).
      if (origin === undefined) return;
      if (requestUrl !== undefined && sameOrigin(origin, requestUrl)) return;
      if (global.has(origin) || perTenant.get(caller.tenantId)?.has(origin)) return;
      if (global.size === 0 && perTenant.size === 0) {
        throw new HttpProblem('forbidden', 'cross-origin requests are not allowed: no origins are configured');
      }
      throw new HttpProblem('forbidden', "this origin is not allowed for the token's tenant");
    },
  };
}

function sameOrigin(origin: string, requestUrl: string): boolean {
  try {
    return new URL(requestUrl).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}
