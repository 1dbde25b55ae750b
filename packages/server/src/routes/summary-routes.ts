/**
 * Account summary routes: the cached summary (or `202` with the running job), hard refresh and
 * feedback. The account must exist in the caller's tenant (404 otherwise) before the summary
 * service is asked anything.
 */
import { feedbackRequestSchema, feedbackSchema, summaryPendingSchema, summaryReadySchema, summaryResponseSchema } from '@successkit/core';
import { z } from 'zod';
import { defineRoute, idParam, type ApiRoute } from './api-route.ts';
import { requireAccount } from './account-routes.ts';
import { notFoundResponse, problemResponses, rateLimitedResponse } from './common-responses.ts';
import type { RouteDeps } from './route-deps.ts';

const accountParams = z.strictObject({ id: idParam });
const noQuery = z.strictObject({});

/** The summary routes of one account. */
export function summaryRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/accounts/:id/summary',
      summary: 'The cached summary (200), or 202 with the job that is writing it',
      tag: 'summaries',
      permission: 'summary:read',
      summaryFeature: true,
      params: accountParams,
      query: noQuery,
      responses: {
        200: { description: 'A summary (fresh or expired)', schema: summaryReadySchema },
        202: { description: 'A summary is being generated', schema: summaryPendingSchema },
        ...notFoundResponse,
        ...rateLimitedResponse,
        ...problemResponses,
      },
      handler: async ({ c, caller, params }) => {
        requireAccount(await deps.tenantData(caller), params.id);
        const answer = await deps.summaries.getSummary(caller, params.id);
        return deps.json(c, summaryResponseSchema, answer, answer.state === 'generating' ? 202 : 200);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/accounts/:id/summary/refresh',
      summary: 'Hard refresh: generate a new summary that overrides the cache',
      tag: 'summaries',
      permission: 'summary:refresh',
      summaryFeature: true,
      params: accountParams,
      query: noQuery,
      responses: {
        202: { description: 'The generation job', schema: summaryPendingSchema },
        ...notFoundResponse,
        ...rateLimitedResponse,
        ...problemResponses,
      },
      handler: async ({ c, caller, params }) => {
        requireAccount(await deps.tenantData(caller), params.id);
        const pending = await deps.summaries.refresh(caller, params.id);
        return deps.json(c, summaryPendingSchema, pending, 202);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/accounts/:id/summary/feedback',
      summary: "Like or dislike the account's current summary (one vote per user, changeable)",
      tag: 'summaries',
      permission: 'summary:feedback',
      summaryFeature: true,
      params: accountParams,
      query: noQuery,
      body: feedbackRequestSchema,
      responses: { 200: { description: 'The stored vote', schema: feedbackSchema }, ...notFoundResponse, ...problemResponses },
      handler: async ({ c, caller, params, body }) => {
        requireAccount(await deps.tenantData(caller), params.id);
        const feedback = await deps.summaries.sendFeedback(caller, params.id, body);
        return deps.json(c, feedbackSchema, feedback);
      },
    }),
  ];
}
