/**
 * Registers `ApiRoute`s on the Hono app. For every route, in this order: the embed token (401),
 * the tenant's allowed origins (403), the route's permission (403), the summary feature switch
 * (403 `feature-disabled`), then the params, query and body against the route's schemas (400
 * naming each field), and only then the handler.
 */
import type { Context, Hono } from 'hono';
import type { Caller } from '../auth/caller.ts';
import { createAuthenticator } from '../auth/authenticate.ts';
import type { EmbedTokenKey } from '../auth/embed-token.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { CorsPolicy } from '../http/cors-policy.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { readJsonBody, validateInput } from '../http/validate-input.ts';
import type { ApiRoute } from './api-route.ts';

/** What the guards need. */
export interface RouteGuards {
  jwt: EmbedTokenKey;
  cors: CorsPolicy;
  now(): Date;
  /** Whether the summary feature is on for a tenant (host-level switch). */
  summariesEnabled(tenantId: string): boolean | Promise<boolean>;
}

/** Adds the routes to the app. */
export function mountRoutes(app: Hono<AppEnv>, routes: readonly ApiRoute[], guards: RouteGuards): void {
  const authenticate = createAuthenticator(guards.jwt);
  for (const route of routes) {
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      let caller: Caller | null = null;
      if (route.permission !== null) {
        caller = await authenticate(c.req.header('authorization'), guards.now());
        c.set('caller', caller);
        guards.cors.assertOriginAllowed(c.req.header('origin'), caller, c.req.url);
        if (!caller.permissions.has(route.permission)) {
          throw new HttpProblem('forbidden', `this action needs the ${route.permission} permission, which the ${caller.seat} seat does not have`);
        }
        if (route.summaryFeature && !(await guards.summariesEnabled(caller.tenantId))) {
          throw new HttpProblem('feature-disabled', 'account summaries are switched off for this tenant');
        }
      }
      const params = route.params ? validateInput(route.params, c.req.param(), 'params') : {};
      const query = route.query ? validateInput(route.query, queryOf(c), 'query') : {};
      const body = route.body ? validateInput(route.body, await readJsonBody(c.req.raw), 'body') : undefined;
      return route.handler({ c, caller: caller as Caller, params, query, body });
    });
  }
}

/** The query string as a record; a key given twice is a 400. */
function queryOf(c: Context<AppEnv>): Record<string, string> {
  const out: Record<string, string> = {};
  const url = c.req.url;
  if (!url.includes('?')) return out; // no query string: nothing to parse
  for (const [key, value] of new URL(url).searchParams) {
    if (Object.hasOwn(out, key)) {
      throw new HttpProblem('validation', `query parameter ${key} is given more than once`, {
        errors: [{ path: `query.${key}`, message: 'given more than once' }],
      });
    }
    out[key] = value;
  }
  return out;
}
