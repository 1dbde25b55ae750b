/**
 * `POST /v1/ingest` (DESIGN.md "Live data"): a host's backend sends a batch of upserts and
 * deletes with its service key. Malformed JSON is a 400; more than 10,000 items or 10 MB a 413
 * naming the limit; a batch that breaks the schema or the data a 422 `ingest-invalid` listing
 * every problem with its JSON pointer, and nothing is applied; a failed commit a 503. An
 * `Idempotency-Key` header replays the first answer for that key (24 hours; the same key with
 * another body is a 409). The answer is `{ seq, applied, unchanged }`, once the batch is
 * committed and visible to reads of this process.
 */
import { createHash } from 'node:crypto';
import { ingestMaxBodyBytes, ingestMaxItems, ingestRequestSchema, ingestResponseSchema, problemSchema } from '@successkit/core';
import { HttpProblem } from '../http/http-problem.ts';
import { addResponseHeader } from '../http/response-headers.ts';
import { countItems, itemsOfRequest, pointer, type BatchProblem } from '../ingest/batch-items.ts';
import { defineRoute, type ApiRoute, type RouteResponse } from './api-route.ts';
import type { RouteDeps } from './route-deps.ts';

const problem = (description: string): RouteResponse => ({ description, schema: problemSchema, contentType: 'application/problem+json' });

/** The problem+json answers of the service-key routes, for the OpenAPI document. */
export const serviceKeyProblemResponses: Record<number, RouteResponse> = {
  400: problem('Malformed JSON or query: `errors[].path` names the part'),
  401: problem('Missing, malformed, unknown or revoked service key'),
  403: problem('An embed token was sent: these routes take a service key'),
  503: problem('The store of record could not be reached or could not commit; nothing was written'),
};

/** Longest `Idempotency-Key` accepted. */
const maxIdempotencyKeyLength = 255;

/** The problems of a zod failure as JSON pointers into the body. */
function schemaProblems(issues: ReadonlyArray<{ code: string; path: readonly PropertyKey[]; message: string; keys?: string[] }>): BatchProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => ({ path: pointer([...issue.path, key]), message: 'unknown field' }))
      : [{ path: pointer(issue.path), message: issue.message }],
  );
}

/** The ingestion route. */
export function ingestRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/v1/ingest',
      summary: 'Ingest a batch of upserts and deletes (service key; at most 10,000 items and 10 MB; all or nothing)',
      tag: 'ingest',
      permission: null,
      serviceKey: true,
      ownBody: true,
      body: ingestRequestSchema,
      responses: {
        200: { description: 'Committed (or replayed for a repeated Idempotency-Key)', schema: ingestResponseSchema },
        ...serviceKeyProblemResponses,
        409: problem('The Idempotency-Key was already used with a different body'),
        413: problem(`More than ${ingestMaxItems} items or ${ingestMaxBodyBytes} bytes`),
        422: problem('The batch breaks the schema or the data: `errors[]` lists every problem with its JSON pointer; nothing was applied'),
      },
      handler: async ({ c, serviceKey }) => {
        if (!deps.records) throw new HttpProblem('unavailable', 'this server has no store of record');
        const idempotencyKey = c.req.header('idempotency-key');
        if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > maxIdempotencyKeyLength)) {
          throw new HttpProblem('validation', `the Idempotency-Key header must be 1 to ${maxIdempotencyKeyLength} characters`, {
            errors: [{ path: 'headers.idempotency-key', message: `1 to ${maxIdempotencyKeyLength} characters` }],
          });
        }
        const text = await c.req.text();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new HttpProblem('validation', 'the request body is not valid JSON', { errors: [{ path: 'body', message: 'not valid JSON' }] });
        }
        const count = countItems(json);
        if (count > ingestMaxItems) throw new HttpProblem('payload-too-large', `the batch has ${count} items; at most ${ingestMaxItems} items per batch`);
        const parsed = ingestRequestSchema.safeParse(json);
        if (!parsed.success) {
          const errors = schemaProblems(parsed.error.issues as never);
          throw new HttpProblem('ingest-invalid', `the batch has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was applied`, { errors });
        }
        const { items, problems } = itemsOfRequest(parsed.data);
        const result = await deps.records.writer.write(serviceKey!.tenantId, items, { kind: 'service', id: serviceKey!.id }, {
          problems,
          ...(idempotencyKey === undefined ? {} : { idempotencyKey, requestHash: createHash('sha256').update(text).digest('hex') }),
        });
        if (result.replayed) addResponseHeader(c, 'idempotent-replayed', 'true');
        return deps.json(c, ingestResponseSchema, result.answer);
      },
    }),
  ];
}
