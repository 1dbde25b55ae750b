/**
 * `GET /v1/changes?after=SEQ&limit=N` (service key): the tenant's change log in `seq` order, a
 * page at a time, so a host or a replica can follow it. `next` is the `after` of the next page,
 * `null` once the page reaches the latest `seq`.
 */
import { changesPageSchema, changesQuerySchema, type DataChange } from '@successkit/core';
import { HttpProblem } from '../http/http-problem.ts';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { serviceKeyProblemResponses } from './ingest-routes.ts';
import type { RouteDeps } from './route-deps.ts';

/** The change feed route. */
export function changeRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/changes',
      summary: 'The change log after a seq, in order (service key; at most 1000 per page)',
      tag: 'ingest',
      permission: null,
      serviceKey: true,
      query: changesQuerySchema,
      responses: { 200: { description: 'A page of changes', schema: changesPageSchema }, ...serviceKeyProblemResponses },
      handler: async ({ c, serviceKey, query }) => {
        if (!deps.records) throw new HttpProblem('unavailable', 'this server has no store of record');
        const tenantId = serviceKey!.tenantId;
        // The latest seq first: a page never claims to reach a seq it does not hold.
        const latestSeq = await deps.records.store.latestSeq(tenantId);
        const changes: DataChange[] = await deps.records.store.changesAfter(tenantId, query.after, query.limit);
        const last = changes.at(-1)?.seq ?? query.after;
        const next = changes.length === query.limit && last < latestSeq ? last : null;
        return deps.json(c, changesPageSchema, { changes, latestSeq: Math.max(latestSeq, last), next });
      },
    }),
  ];
}
