/**
 * Job routes: `GET /v1/jobs/:id` (status) and `GET /v1/jobs/:id/events` (Server-Sent Events).
 * The stream opens with a `job` event (the whole job so far, so a late joiner catches up), then
 * relays `stage` and `section` events as they happen, and ends after `done` or `failed`; the
 * SSE `event:` field is the event's `type`. Heartbeat comments keep proxies from closing an
 * idle stream. A client that disconnects only unsubscribes: the job keeps running.
 */
import { jobEventSchema, jobSchema, type Job, type JobEvent } from '@successkit/core';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { z } from 'zod';
import { HttpProblem } from '../http/http-problem.ts';
import { defineRoute, idParam, type ApiRoute } from './api-route.ts';
import { notFoundResponse, problemResponses } from './common-responses.ts';
import type { RouteDeps } from './route-deps.ts';

const jobParams = z.strictObject({ id: idParam });
/** How long a stream of an already finished job waits for its closing event. */
const finishedGraceMs = 1_000;
const noQuery = z.strictObject({});

/** The job routes. */
export function jobRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/jobs/:id',
      summary: 'A generation job of the caller\'s tenant: status, stage, progress, sections so far',
      tag: 'summaries',
      permission: 'summary:read',
      summaryFeature: true,
      params: jobParams,
      query: noQuery,
      responses: { 200: { description: 'The job', schema: jobSchema }, ...notFoundResponse, ...problemResponses },
      handler: async ({ c, caller, params }) => {
        const job = await deps.summaries.getJob(caller, params.id);
        if (!job) throw new HttpProblem('not-found', 'no such job');
        return deps.json(c, jobSchema, job);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/jobs/:id/events',
      summary: 'Server-Sent Events of a job: `job` first, then `stage` and `section`, ending with `done` or `failed`',
      tag: 'summaries',
      permission: 'summary:read',
      summaryFeature: true,
      params: jobParams,
      query: noQuery,
      responses: {
        200: { description: 'An event stream; each `data:` is one job event (JSON)', schema: jobEventSchema, contentType: 'text/event-stream' },
        ...notFoundResponse,
        ...problemResponses,
      },
      handler: async ({ c, caller, params }) => {
        const queue: JobEvent[] = [];
        let wake: (() => void) | null = null;
        const subscription = await deps.summaries.subscribeJob(caller, params.id, (event) => {
          queue.push(event);
          wake?.();
        });
        if (!subscription) throw new HttpProblem('not-found', 'no such job');
        return streamSSE(c, async (stream) => {
          let open = true;
          const closed = new Promise<void>((resolve) => {
            stream.onAbort(() => {
              open = false;
              resolve();
            });
          });
          const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), deps.heartbeatMs);
          try {
            const job = subscription.job;
            await send(stream, { type: 'job', job });
            // A job that had finished before the client came gets its `done` / `failed` from the
            // service right after; wait for it a short while, then end the stream anyway.
            const deadline = isFinished(job) ? Date.now() + finishedGraceMs : Infinity;
            let ended = false;
            while (open && !ended) {
              const event = queue.shift();
              if (event) {
                await send(stream, event);
                ended = event.type === 'done' || event.type === 'failed';
                continue;
              }
              const remaining = deadline - Date.now();
              if (remaining <= 0) break;
              let timer: ReturnType<typeof setTimeout> | undefined;
              const waits: Array<Promise<void>> = [new Promise<void>((resolve) => (wake = resolve)), closed];
              if (Number.isFinite(remaining)) waits.push(new Promise<void>((resolve) => (timer = setTimeout(resolve, remaining))));
              await Promise.race(waits);
              clearTimeout(timer);
              wake = null;
            }
            if (open && !ended && job.status === 'failed' && job.error) await send(stream, { type: 'failed', problem: job.error });
          } finally {
            clearInterval(heartbeat);
            await subscription.unsubscribe().catch(() => undefined);
          }
        });
      },
    }),
  ];
}

function isFinished(job: Job): boolean {
  return job.status === 'succeeded' || job.status === 'failed';
}

async function send(stream: SSEStreamingApi, event: JobEvent): Promise<void> {
  await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
}
