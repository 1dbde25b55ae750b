/**
 * Account profile routes: `GET /v1/accounts/:id` (attributes the caller may see, own and
 * rolled-up values, health with history, lifecycle, recent changes) and
 * `GET /v1/accounts/:id/children` (one level down, with rollups); restricted attributes at the
 * caller's working level only (`working-level.ts`). Accounts are looked up in the
 * caller's tenant only: an id of another tenant is answered 404, exactly like an id that does
 * not exist, so a token never learns what other tenants hold.
 */
import { accountChildrenSchema, accountProfileSchema, buildAccountChildren, buildAccountProfile } from '@successkit/core';
import { z } from 'zod';
import type { TenantData } from '../data/tenant-data.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { defineRoute, idParam, type ApiRoute } from './api-route.ts';
import type { RouteDeps } from './route-deps.ts';
import { notFoundResponse, problemResponses } from './common-responses.ts';
import { restrictedFor } from './working-level.ts';

const accountParams = z.strictObject({ id: idParam });
const asOfQuery = z.strictObject({ asOf: z.iso.datetime({ offset: true }).or(z.iso.date()).optional() });

/** Throws 404 unless the account is in the tenant's data. */
export function requireAccount(data: TenantData, accountId: string): void {
  if (!data.model.index.accountsById.has(accountId)) throw new HttpProblem('not-found', 'no such account');
}

/** The account routes. */
export function accountRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/accounts/:id',
      summary: 'Account profile: visible attributes with own and rolled-up values, health with history, lifecycle, recent changes',
      tag: 'accounts',
      permission: 'summary:read',
      params: accountParams,
      query: asOfQuery,
      responses: { 200: { description: 'The profile', schema: accountProfileSchema }, ...notFoundResponse, ...problemResponses },
      handler: async ({ c, caller, params, query }) => {
        const data = await deps.tenantData(caller);
        requireAccount(data, params.id);
        const asOf = query.asOf ? new Date(query.asOf).toISOString() : deps.now().toISOString();
        const profile = buildAccountProfile(data.model, params.id, asOf, {
          includeRestricted: restrictedFor(caller, data.model),
        });
        return deps.json(c, accountProfileSchema, profile);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/accounts/:id/children',
      summary: 'The subtree one level down, with own and rolled-up values',
      tag: 'accounts',
      permission: 'summary:read',
      params: accountParams,
      query: asOfQuery,
      responses: { 200: { description: 'The children', schema: accountChildrenSchema }, ...notFoundResponse, ...problemResponses },
      handler: async ({ c, caller, params, query }) => {
        const data = await deps.tenantData(caller);
        requireAccount(data, params.id);
        const asOf = query.asOf ? new Date(query.asOf).toISOString() : deps.now().toISOString();
        const children = buildAccountChildren(data.model, params.id, asOf, {
          includeRestricted: restrictedFor(caller, data.model),
        });
        return deps.json(c, accountChildrenSchema, children);
      },
    }),
  ];
}
