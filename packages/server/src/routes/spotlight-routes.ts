/**
 * Team Spotlight routes: `GET /v1/team-spotlight` (the team row and one row per member, as the
 * core computes them) and `GET /v1/team-spotlight/members/:userId/accounts` (drill-down into a
 * member's covered, not-covered or overdue accounts). Only the caller's tenant is read; a user
 * id that is not in it is 404.
 */
import {
  computeTeamSpotlight,
  drilldownQuerySchema,
  memberDrilldown,
  memberDrilldownSchema,
  spotlightQueryFromParams,
  teamSpotlightQuerySchema,
  teamSpotlightSchema,
} from '@successkit/core';
import { z } from 'zod';
import { HttpProblem } from '../http/http-problem.ts';
import { defineRoute, idParam, type ApiRoute } from './api-route.ts';
import { notFoundResponse, problemResponses } from './common-responses.ts';
import type { RouteDeps } from './route-deps.ts';

/** The spotlight routes. */
export function spotlightRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/team-spotlight',
      summary: 'How a team covers its accounts over a period: the team row and one row per member',
      tag: 'team-spotlight',
      permission: 'summary:read',
      query: teamSpotlightQuerySchema,
      responses: { 200: { description: 'The spotlight', schema: teamSpotlightSchema }, ...problemResponses },
      handler: async ({ c, caller, query }) => {
        const data = await deps.tenantData(caller);
        const spotlightQuery = spotlightQueryFromParams(query, data.model, deps.now().toISOString());
        return deps.json(c, teamSpotlightSchema, computeTeamSpotlight(data.model, spotlightQuery));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/team-spotlight/members/:userId/accounts',
      summary: "A member's accounts in the period: covered, not covered, or with overdue tasks",
      tag: 'team-spotlight',
      permission: 'summary:read',
      params: z.strictObject({ userId: idParam }),
      query: drilldownQuerySchema,
      responses: { 200: { description: 'One page of accounts', schema: memberDrilldownSchema }, ...notFoundResponse, ...problemResponses },
      handler: async ({ c, caller, params, query }) => {
        const data = await deps.tenantData(caller);
        if (!data.model.index.usersById.has(params.userId)) throw new HttpProblem('not-found', 'no such user');
        const { filter, sort, order, page, pageSize, ...spotlightParams } = query;
        const drilldown = { ...spotlightQueryFromParams(spotlightParams, data.model, deps.now().toISOString()), filter, sort, order, page, pageSize };
        return deps.json(c, memberDrilldownSchema, memberDrilldown(data.model, params.userId, drilldown));
      },
    }),
  ];
}
