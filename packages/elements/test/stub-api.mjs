/**
 * A stub successkit API for element tests, served by web-test-runner's own HTTP server on
 * 127.0.0.1 (a Koa middleware, so it runs before static files). Routes live in one module per
 * area (`stub-routes-*.mjs`); each exports `handle(ctx)` returning true when it answered.
 */
import * as base from './stub-routes-base.mjs';
import * as parts from './stub-routes-parts.mjs';
import * as profile from './stub-routes-profile.mjs';
import * as spotlight from './stub-routes-spotlight.mjs';
import * as summary from './stub-routes-summary.mjs';
import * as writes from './stub-routes-writes.mjs';

// The writes first: the profile stub answers reads on the same paths.
const areas = [base, spotlight, writes, profile, parts, summary];

/** Koa middleware answering the stub routes. */
export async function stubApiMiddleware(ctx, next) {
  for (const area of areas) {
    if (await area.handle(ctx)) return;
  }
  return next();
}

/** Reads a JSON request body. */
export async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

/** Answers JSON (or problem+json for status >= 400). */
export function sendJson(ctx, status, body) {
  ctx.status = status;
  ctx.type = status >= 400 ? 'application/problem+json' : 'application/json';
  ctx.body = JSON.stringify(body);
}
