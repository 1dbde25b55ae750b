/**
 * Headers the app's middleware puts on every response (the request id, CORS), collected before
 * the route runs. A JSON answer built by the app (`jsonResponse`) carries them from the start, in
 * one plain header object that the Node adapter writes as it is; any other response (problem+json,
 * SSE, a preflight, Hono's own) gets them once the route is done (`applyResponseHeaders`), as
 * before. Setting them after the fact on every answer would make each response build and copy a
 * web `Headers` object, a measurable part of a cached summary GET.
 */
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

/** Responses built by `jsonResponse`: they already hold the collected headers. */
const carrying = new WeakSet<Response>();

/** Adds a header (lower-case name) to the current response-to-be; `vary` values accumulate. */
export function addResponseHeader(c: Context<AppEnv>, name: string, value: string): void {
  let pending = c.get('responseHeaders');
  if (!pending) c.set('responseHeaders', (pending = {}));
  pending[name] = name === 'vary' && pending.vary ? `${pending.vary}, ${value}` : value;
}

/**
 * The JSON response `c.json(body, status)` would give (`text` is the body's JSON), holding the
 * collected headers.
 *
 * @example
 * ```ts
 * return jsonResponse(c, JSON.stringify({ ok: true }), 200);
 * ```
 */
export function jsonResponse(c: Context<AppEnv>, text: string, status: number): Response {
  const response = new Response(text, { status, headers: { 'content-type': 'application/json', ...c.get('responseHeaders') } });
  carrying.add(response);
  return response;
}

/** Puts the collected headers on `c.res` unless it already holds them (call after `next()`). */
export function applyResponseHeaders(c: Context<AppEnv>): void {
  const pending = c.get('responseHeaders');
  if (!pending) return;
  c.set('responseHeaders', undefined);
  if (carrying.has(c.res)) return;
  const headers = c.res.headers;
  for (const [name, value] of Object.entries(pending)) {
    if (name === 'vary') headers.append(name, value);
    else headers.set(name, value);
  }
}
