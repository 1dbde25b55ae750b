/**
 * The problem+json responses every authenticated route can give, for the OpenAPI document.
 */
import { problemSchema } from '@successkit/core';
import type { RouteResponse } from './api-route.ts';

const problem = (description: string): RouteResponse => ({ description, schema: problemSchema, contentType: 'application/problem+json' });

/** 400, 401, 403, 413 and 503 as problem+json. */
export const problemResponses: Record<number, RouteResponse> = {
  400: problem('Invalid request: `errors[].path` names each wrong field'),
  401: problem('Missing, malformed, expired or wrongly signed embed token'),
  403: problem('The seat or permissions do not allow this, or the feature is switched off'),
  413: problem('Request body too large'),
  503: problem('A store or queue is unreachable'),
};

/** 404 as problem+json. */
export const notFoundResponse: Record<number, RouteResponse> = { 404: problem('Not found in the caller\'s tenant') };

/** 429 as problem+json. */
export const rateLimitedResponse: Record<number, RouteResponse> = { 429: problem('Rate limit or daily budget exceeded (see `retryAfter`)') };
