/**
 * CORS limited to configured origins (DESIGN.md "Embed tokens"): a global list and/or a list
 * per tenant. A preflight carries no token, so it is answered for any configured origin; the
 * actual request is then checked against the caller's tenant (`assertOriginAllowed`, 403).
 * With nothing configured, no cross-origin browser request is allowed.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { Caller } from '../auth/caller.ts';
import { HttpProblem } from './http-problem.ts';

/** Which browser origins may call the API. */
export interface CorsOptions {
  /** Origins allowed for every tenant, e.g. `https://portal.example.com`. */
  origins?: readonly string[];
  /** Origins allowed per tenant id. */
  tenants?: Readonly<Record<string, readonly string[]>>;
}

/** The CORS middleware and the per-tenant check. */
export interface CorsPolicy {
  middleware: MiddlewareHandler;
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
  return {
    middleware: cors({
      origin: (origin) => (anywhere.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
      allowHeaders: ['authorization', 'content-type', 'x-request-id', 'accept'],
      exposeHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
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
