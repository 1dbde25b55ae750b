/**
 * Request logging middleware: assigns a request id (echoed in `x-request-id`), and logs one
 * line per request with the method, the route *pattern* (`/v1/accounts/:id`, never the concrete
 * path, which would carry account ids), the status and the duration. Server errors add the
 * error's name and stack frames, without its message (which may quote data).
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../http/app-env.ts';
import { addResponseHeader, applyResponseHeaders } from '../http/response-headers.ts';
import type { Logger } from './logger.ts';

const safeRequestId = /^[A-Za-z0-9._:-]{1,64}$/;

/** Logs one line per request. */
export function requestLogger(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && safeRequestId.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    addResponseHeader(c, 'x-request-id', requestId);
    await next();
    applyResponseHeaders(c);
    const caller = c.get('caller');
    const status = c.res.status;
    const line = {
      requestId,
      method: c.req.method,
      route: matchedRoute(c),
      status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      ...(caller ? { tenant: caller.tenantId, tokenId: caller.tokenId } : {}),
    };
    if (status >= 500) logger.error({ ...line, err: describeError(c.error) }, 'request failed');
    else logger.info(line, 'request');
  };
}

function matchedRoute(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  // The pattern of the handler that answered; `*` (this middleware's own) means no route matched.
  const pattern = routePath(c, -1);
  return pattern && pattern !== '/*' && pattern !== '*' ? pattern : '(unmatched)';
}

/** The name and stack frames of an error, without its message. */
function describeError(error: unknown): { name: string; stack?: string } | undefined {
  if (!(error instanceof Error)) return error === undefined ? undefined : { name: typeof error };
  let cause: unknown = error.cause;
  const names = [error.name];
  while (cause instanceof Error && names.length < 5) {
    names.push(cause.name);
    cause = cause.cause;
  }
  const frames = error.stack?.split('\n').filter((row) => row.trimStart().startsWith('at ')).join('\n');
  return { name: names.join(' ← '), ...(frames ? { stack: frames } : {}) };
}
