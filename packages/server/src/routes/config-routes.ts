/**
 * Admin routes of the summary feature (`summary:configure`): the tenant's configuration
 * (read, save a new version), the preview of what would leave the server, and the
 * helpfulness report of the feedback.
 */
import { feedbackReportSchema, previewRequestSchema, summaryConfigResponseSchema, summaryConfigSchema, summaryPreviewSchema } from '@successkit/core';
import { z } from 'zod';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { requireAccount } from './account-routes.ts';
import { notFoundResponse, problemResponses } from './common-responses.ts';
import type { RouteDeps } from './route-deps.ts';

const noQuery = z.strictObject({});

/** The configuration routes. */
export function configRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/summary-config',
      summary: "The tenant's summary configuration and its attributes (admin)",
      tag: 'configuration',
      permission: 'summary:configure',
      query: noQuery,
      responses: { 200: { description: 'The current configuration', schema: summaryConfigResponseSchema }, ...problemResponses },
      handler: async ({ c, caller }) => deps.json(c, summaryConfigResponseSchema, await deps.summaries.getConfig(caller)),
    }),
    defineRoute({
      method: 'put',
      path: '/v1/summary-config',
      summary: 'Saves a new version of the summary configuration (admin)',
      tag: 'configuration',
      permission: 'summary:configure',
      query: noQuery,
      body: summaryConfigSchema,
      responses: { 200: { description: 'The saved configuration', schema: summaryConfigResponseSchema }, ...problemResponses },
      handler: async ({ c, caller, body }) => deps.json(c, summaryConfigResponseSchema, await deps.summaries.putConfig(caller, body)),
    }),
    defineRoute({
      method: 'post',
      path: '/v1/summary-config/preview',
      summary: 'The exact anonymized payload a draft configuration would send for an account (admin)',
      tag: 'configuration',
      permission: 'summary:configure',
      query: noQuery,
      body: previewRequestSchema,
      responses: { 200: { description: 'The preview', schema: summaryPreviewSchema }, ...notFoundResponse, ...problemResponses },
      handler: async ({ c, caller, body }) => {
        if (body.accountId !== undefined) requireAccount(await deps.tenantData(caller), body.accountId);
        const request = body.accountId === undefined ? { config: body.config } : { config: body.config, accountId: body.accountId };
        return deps.json(c, summaryPreviewSchema, await deps.summaries.preview(caller, request));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/summary-feedback',
      summary: 'Helpfulness of summaries by configuration version and model (admin)',
      tag: 'configuration',
      permission: 'summary:configure',
      query: noQuery,
      responses: { 200: { description: 'The report', schema: feedbackReportSchema }, ...problemResponses },
      handler: async ({ c, caller }) => deps.json(c, feedbackReportSchema, await deps.summaries.feedbackReport(caller)),
    }),
  ];
}
