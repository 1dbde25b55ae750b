/**
 * The one HTTP error boundary: every error becomes an `application/problem+json` answer with a
 * stable `type` (`app.onError`), and unknown routes a 404 problem (`app.notFound`). A successkit
 * error is answered by its `code` through ONE table (`problemOfCode`, listed in the README's
 * API section); an `HttpProblem` (codes `http-<type>`) is answered as it is; any other error,
 * and any code the table does not name, is a 500 `internal` problem that says nothing of it.
 */
import { SuccessKitError, type GenerationFailureKind } from '@successkit/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HttpProblem } from './http-problem.ts';

type Fields = SuccessKitError & {
  problems?: ReadonlyArray<{ path: string; message: string }>;
  field?: string;
  argument?: string;
  kind?: GenerationFailureKind;
};

/** The problem each public error code is answered with (codes not listed: 500 `internal`). */
export const problemOfCode: Readonly<Record<string, (error: Fields) => HttpProblem>> = {
  // 400: a request parameter the data cannot honour.
  'spotlight-query-invalid': (e) => validation(e, e.field === 'userId' ? 'params.userId' : `query.${e.field}`),
  'profile-query-invalid': (e) => validation(e, `query.${e.field}`),
  'invalid-argument': (e) => validation(e, e.argument === 'cursor' ? 'query.cursor' : (e.argument ?? 'request')),
  'dataset-invalid': (e) => new HttpProblem('validation', e.message, { cause: e, errors: [...(e.problems ?? [])] }),
  // 401, 404, 409, 422
  'embed-token-invalid': (e) => new HttpProblem('unauthenticated', e.message, { cause: e }),
  'account-not-found': (e) => new HttpProblem('not-found', e.message, { cause: e }),
  'idempotency-conflict': (e) => new HttpProblem('conflict', e.message, { cause: e }),
  'ingest-invalid': (e) => {
    const problems = e.problems ?? [];
    return new HttpProblem('ingest-invalid', `the batch has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was applied`, { cause: e, errors: [...problems] });
  },
  // 429, 502: a summary that could not be generated.
  'generation-failed': (e) =>
    e.kind === 'input-too-large' || e.kind === 'budget-exceeded'
      ? new HttpProblem(e.kind, e.message, { cause: e })
      : new HttpProblem('generation-failed', e.message, { cause: e }),
  // 503: retry shortly; nothing was applied.
  'store-unavailable': (e) => new HttpProblem('unavailable', e.message, { cause: e, retryAfter: 1 }),
  'change-out-of-order': (e) => new HttpProblem('unavailable', 'another writer committed first; retry shortly', { cause: e, retryAfter: 1 }),
  'queue-closed': (e) => new HttpProblem('unavailable', 'the service is shutting down; retry shortly', { cause: e, retryAfter: 1 }),
};

function validation(error: Fields, path: string): HttpProblem {
  return new HttpProblem('validation', error.message, { cause: error, errors: [{ path, message: error.message }] });
}

/** Statuses of Hono's own `HTTPException`s (body limit, malformed body, auth, 404). */
const problemOfHttpStatus: Readonly<Record<number, (error: HTTPException) => HttpProblem>> = {
  400: (e) => new HttpProblem('validation', 'the request is malformed', { cause: e, errors: [{ path: 'request', message: 'malformed' }] }),
  401: (e) => new HttpProblem('unauthenticated', 'authentication is required', { cause: e }),
  404: (e) => new HttpProblem('not-found', 'not found', { cause: e }),
  413: (e) => new HttpProblem('payload-too-large', 'the request body is too large', { cause: e }),
};

/** Turns any thrown value into the `HttpProblem` it should be answered with. */
export function toHttpProblem(error: unknown): HttpProblem {
  if (SuccessKitError.isInstance(error)) {
    if (error instanceof HttpProblem) return error;
    const answer = problemOfCode[error.code];
    if (answer) return answer(error);
  } else if (error instanceof HTTPException) {
    const answer = problemOfHttpStatus[error.status];
    if (answer) return answer(error);
  } else if (error instanceof URIError) {
    // A malformed URI component in a path parameter (e.g. `%E0%A4%A`).
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
