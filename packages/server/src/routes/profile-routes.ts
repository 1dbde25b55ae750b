/**
 * The account profile parts (issue 18): `GET /v1/accounts?q=` (search by name), and per account
 * `…/timeline`, `…/tasks`, `…/usage`, `…/contacts`, `…/team`, `…/changes`, `…/tickets`,
 * `…/assets`, `…/collections`, and `GET /v1/portfolio` (the caller's accounts). Each route
 * checks access, then answers what the core view computes, with `dataVersion`.
 *
 * The working level: restricted attributes show to users assigned to that account (in any role)
 * and to admins (`summary:configure`), in every view — `restrictedFor` (`working-level.ts`) is
 * the one place the server decides it. A core `ProfileQueryError` (unknown type, backwards range, bad cursor)
 * becomes a 400 naming `query.<field>` at the one HTTP boundary (http/problem-response.ts).
 */
import {
  accountAssetsSchema,
  accountChangesQuerySchema,
  accountChangesSchema,
  accountCollectionsSchema,
  accountContactsSchema,
  accountSearchQuerySchema,
  accountSearchSchema,
  accountTasksSchema,
  accountTeamSchema,
  accountTicketsSchema,
  accountTimelineSchema,
  accountUsageSchema,
  buildAccountAssets,
  buildAccountChanges,
  buildAccountCollections,
  buildAccountContacts,
  buildAccountTasks,
  buildAccountTeam,
  buildAccountTickets,
  buildAccountTimeline,
  buildAccountUsage,
  buildPortfolio,
  portfolioQuerySchema,
  portfolioSchema,
  searchAccounts,
  tasksQuerySchema,
  ticketsQuerySchema,
  timelineQuerySchema,
  usageQuerySchema,
  type DatasetModel,
} from '@successkit/core';
import { z } from 'zod';
import type { Caller } from '../auth/caller.ts';
import { defineRoute, idParam, type ApiRoute } from './api-route.ts';
import { requireAccount } from './account-routes.ts';
import { notFoundResponse, problemResponses } from './common-responses.ts';
import type { RouteDeps } from './route-deps.ts';
import { restrictedFor } from './working-level.ts';

const accountParams = z.strictObject({ id: idParam });
const noQuery = z.strictObject({});

/** ISO time of a query time, or now. */
function timeOf(deps: RouteDeps, value: string | undefined): string {
  return value ? new Date(value).toISOString() : deps.now().toISOString();
}

/** One per-account part: `GET /v1/accounts/:id/<part>`. */
function accountPart<Q extends z.ZodType, S extends z.ZodType>(
  deps: RouteDeps,
  part: { path: string; summary: string; description: string; query: Q; schema: S; build: (model: DatasetModel, id: string, query: z.output<Q>, caller: Caller) => z.output<S> },
): ApiRoute {
  return defineRoute({
    method: 'get',
    path: `/v1/accounts/:id/${part.path}`,
    summary: part.summary,
    tag: 'accounts',
    permission: 'summary:read',
    params: accountParams,
    query: part.query,
    responses: { 200: { description: part.description, schema: part.schema }, ...notFoundResponse, ...problemResponses },
    handler: async ({ c, caller, params, query }) => {
      const data = await deps.tenantData(caller);
      requireAccount(data, params.id);
      return deps.json(c, part.schema, part.build(data.model, params.id, query, caller));
    },
  });
}

/** The profile part routes. */
export function profileRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/accounts',
      summary: 'Search accounts by name (case- and accent-insensitive, best match first), paged by cursor',
      tag: 'accounts',
      permission: 'summary:read',
      query: accountSearchQuerySchema,
      responses: { 200: { description: 'Matching accounts', schema: accountSearchSchema }, ...problemResponses },
      handler: async ({ c, caller, query }) => {
        const data = await deps.tenantData(caller);
        const found = searchAccounts(data.model, { ...query, asOf: timeOf(deps, query.asOf), canSeeRestricted: restrictedFor(caller, data.model) });
        return deps.json(c, accountSearchSchema, found);
      },
    }),
    accountPart(deps, {
      path: 'timeline', summary: 'Touchpoints and tasks, newest first, by flow and type', description: 'The timeline',
      query: timelineQuerySchema, schema: accountTimelineSchema,
      build: (model, id, q) => buildAccountTimeline(model, id, { ...q, asOf: timeOf(deps, q.asOf) }),
    }),
    accountPart(deps, {
      path: 'tasks', summary: 'Tasks open, overdue and done at asOf, with counts', description: 'The tasks',
      query: tasksQuerySchema, schema: accountTasksSchema,
      build: (model, id, q) => buildAccountTasks(model, id, { ...q, asOf: timeOf(deps, q.asOf) }),
    }),
    accountPart(deps, {
      path: 'usage', summary: 'Active users and active days per day or week over [from, to), top modules and end users', description: 'The usage',
      query: usageQuerySchema, schema: accountUsageSchema,
      build: (model, id, q) => buildAccountUsage(model, id, { ...q, asOf: deps.now().toISOString() }),
    }),
    accountPart(deps, {
      path: 'contacts', summary: 'Contacts linked at this level, with their NPS distribution', description: 'The contacts',
      query: noQuery, schema: accountContactsSchema, build: (model, id) => buildAccountContacts(model, id),
    }),
    accountPart(deps, {
      path: 'team', summary: 'Who is assigned to the account, in which role', description: 'The team',
      query: noQuery, schema: accountTeamSchema, build: (model, id) => buildAccountTeam(model, id),
    }),
    accountPart(deps, {
      path: 'changes', summary: 'Attribute changes, old → new, who and when (restricted ones at the working level)', description: 'The changes',
      query: accountChangesQuerySchema, schema: accountChangesSchema,
      build: (model, id, q, caller) => buildAccountChanges(model, id, { ...q, asOf: deps.now().toISOString(), includeRestricted: restrictedFor(caller, model)(id) }),
    }),
    accountPart(deps, {
      path: 'tickets', summary: 'Support tickets by status and priority', description: 'The tickets',
      query: ticketsQuerySchema, schema: accountTicketsSchema, build: (model, id, q) => buildAccountTickets(model, id, q),
    }),
    accountPart(deps, {
      path: 'assets', summary: 'Documents and links (http and https URLs only)', description: 'The assets',
      query: noQuery, schema: accountAssetsSchema, build: (model, id) => buildAccountAssets(model, id),
    }),
    accountPart(deps, {
      path: 'collections', summary: 'Collection records (e.g. CRM opportunities), grouped by collection', description: 'The collections',
      query: noQuery, schema: accountCollectionsSchema, build: (model, id) => buildAccountCollections(model, id),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/portfolio',
      summary: "The caller's accounts by assignment, with health, renewal, coverage and open tasks; sort, filter, search",
      tag: 'accounts',
      permission: 'summary:read',
      query: portfolioQuerySchema,
      responses: { 200: { description: 'The portfolio', schema: portfolioSchema }, ...problemResponses },
      handler: async ({ c, caller, query }) => {
        const data = await deps.tenantData(caller);
        const portfolio = buildPortfolio(data.model, caller.userId, { ...query, asOf: timeOf(deps, query.asOf) });
        return deps.json(c, portfolioSchema, portfolio);
      },
    }),
  ];
}
