/**
 * The one HTTP error boundary: every error becomes an `application/problem+json` answer with a
 * stable `type` (`app.onError`), and unknown routes a 404 problem (`app.notFound`). Errors that
 * are not `HttpProblem`s are 500s, except store failures the service marks as unavailable.
 */
import { SpotlightQueryError, SuccessKitError } from '@successkit/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HttpProblem } from './http-problem.ts';

/** Turns any thrown value into the `HttpProblem` it should be answered with. */
export function toHttpProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new HttpProblem('payload-too-large', 'the request body is too large', { cause: error });
    if (error.status === 400) {
      return new HttpProblem('validation', 'the request is malformed', { cause: error, errors: [{ path: 'request', message: 'malformed' }] });
    }
    if (error.status === 401) return new HttpProblem('unauthenticated', 'authentication is required', { cause: error });
    if (error.status === 404) return new HttpProblem('not-found', 'not found', { cause: error });
  }
  // The writer's errors (ingest/ingest-errors.ts).
  if (SuccessKitError.isInstance(error)) {
    if (error.code === 'ingest-invalid') {
      const problems = (error as SuccessKitError & { problems: Array<{ path: string; message: string }> }).problems;
      return new HttpProblem('ingest-invalid', `the batch has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was applied`, { cause: error, errors: [...problems] });
    }
    if (error.code === 'idempotency-conflict') return new HttpProblem('conflict', error.message, { cause: error });
    if (error.code === 'store-unavailable') return new HttpProblem('unavailable', error.message, { cause: error, retryAfter: 1 });
  }
  // A Team Spotlight parameter the data cannot honour (unknown role, team, metric…).
  if (error instanceof SpotlightQueryError) {
    const path = error.field === 'userId' ? 'params.userId' : `query.${error.field}`;
    return new HttpProblem('validation', error.message, { cause: error, errors: [{ path, message: error.message }] });
  }
  // A malformed URI component in a path parameter (e.g. `%E0%A4%A`).
  if (error instanceof URIError) {
    return new HttpProblem('validation', 'the request URL is malformed', { cause: error, errors: [{ path: 'params', message: 'malformed URL encoding' }] });
  }
  return new HttpProblem('internal', 'an unexpected error occurred', { cause: error });
}

/** Writes a problem as the response. */
export function problemResponse(c: Context, problem: HttpProblem): Response {
  const requestId = c.get('requestId') as string | undefined;
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (problem.retryAfter !== undefined) headers['retry-after'] = String(Math.max(0, Math.ceil(problem.retryAfter)));
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer';
  return new Response(JSON.stringify(problem.toProblem(requestId)), { status: problem.status, headers });
}
