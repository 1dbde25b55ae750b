/**
 * Registers `ApiRoute`s on the Hono app. For every route, in this order: the embed token (401),
 * the tenant's allowed origins (403), the route's permission (403), the summary feature switch
 * (403 `feature-disabled`), then the params, query and body against the route's schemas (400
 * naming each field), and only then the handler.
 *
 * Service-key routes (`serviceKey: true`: ingestion, the change feed) take a tenant's service key
 * instead (401 when unknown or revoked), and refuse a valid embed token (403); every embed-token
 * route refuses a service key (403), so neither can stand in for the other.
 */
import type { RecordStore, ServiceKeyRecord } from '@successkit/core';
import type { Context, Hono } from 'hono';
import type { Caller } from '../auth/caller.ts';
import { authenticateServiceKey, isServiceKeyHeader } from '../auth/service-keys.ts';
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
  /** Where service keys are looked up (none: every service key is refused). */
  records?: RecordStore;
}

const jwtShape = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/** Adds the routes to the app. */
export function mountRoutes(app: Hono<AppEnv>, routes: readonly ApiRoute[], guards: RouteGuards): void {
  const authenticate = createAuthenticator(guards.jwt);
  for (const route of routes) {
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      let caller: Caller | null = null;
      let serviceKey: ServiceKeyRecord | null = null;
      const authorization = c.req.header('authorization');
      if (route.serviceKey) {
        // An embed token that verifies is a real user's: it may never ingest (403); any other is a 401.
        if (authorization && jwtShape.test(authorization.trim())) {
          await authenticate(authorization, guards.now());
          throw new HttpProblem('forbidden', 'an embed token cannot be used here: this route takes a service key (server to server)');
        }
        serviceKey = await authenticateServiceKey(guards.records, authorization);
      } else if (route.permission !== null) {
        if (isServiceKeyHeader(authorization)) {
          throw new HttpProblem('forbidden', 'a service key cannot act as a user: this route takes an embed token');
        }
        caller = await authenticate(authorization, guards.now());
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
      const body = route.body && !route.ownBody ? validateInput(route.body, await readJsonBody(c.req.raw), 'body') : undefined;
      return route.handler({ c, caller: caller as Caller, serviceKey, params, query, body });
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
