/**
 * Stub routes of the profile parts — usage, tickets, collections, assets and the portfolio —
 * for the `<account-usage>`, `<account-support>`, `<account-collections>`, `<account-assets>`
 * and `<account-portfolio>` tests, answered from the same fixtures as the stories. The API base
 * picks a scenario, `/stub-parts/<scenario>`: `ok`, `empty` (no data), `error` (500 on every
 * route), `hang` (answers after 8 s), `fail-once-*` (the first call fails, then data),
 * `big-*` (a portfolio of 2,000 accounts). `unknown` answers 404 for the account.
 * `/stub-parts/<scenario>/calls` lists the queries each route was asked, in order.
 */
import { mockAccountAssets } from '../src/account-assets/__fixtures__/assets-data.ts';
import { mockAccountCollections } from '../src/account-collections/__fixtures__/collections-data.ts';
import { mockPortfolio } from '../src/account-portfolio/__fixtures__/portfolio-data.ts';
import { mockAccountTickets } from '../src/account-support/__fixtures__/tickets-data.ts';
import { mockAccountUsage } from '../src/account-usage/__fixtures__/usage-data.ts';
import { sendJson } from './stub-api.mjs';

const calls = new Map();
const failure = { type: 'https://successkit.dev/problems/internal', title: 'Stub failure', status: 500 };
const notFound = { type: 'https://successkit.dev/problems/not-found', title: 'Account not found', status: 404 };

/** Days between two ISO dates (the usage range). */
const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export async function handle(ctx) {
  const match = /^\/stub-parts\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (!match) return false;
  const [, scenario, rest] = match;
  const seen = calls.get(scenario) ?? [];
  calls.set(scenario, seen);
  if (rest === '/calls') {
    sendJson(ctx, 200, seen);
    return true;
  }
  const query = Object.fromEntries(new URLSearchParams(ctx.querystring));
  const portfolio = rest === '/v1/portfolio';
  const route = /^\/v1\/accounts\/([^/]+)\/(usage|tickets|collections|assets)$/.exec(rest);
  if (!portfolio && !route) return false;
  const id = route ? decodeURIComponent(route[1]) : null;
  const kind = route ? route[2] : 'portfolio';
  seen.push({ kind, id, query });
  if (scenario === 'hang') await new Promise((resolve) => setTimeout(resolve, 8000));
  if (scenario === 'error' || (scenario.startsWith('fail-once') && seen.length === 1)) {
    sendJson(ctx, 500, failure);
    return true;
  }
  if (scenario === 'unknown' && id) {
    sendJson(ctx, 404, notFound);
    return true;
  }
  const empty = scenario === 'empty';
  if (kind === 'portfolio') sendJson(ctx, 200, mockPortfolio(empty ? 0 : scenario.startsWith('big') ? 2000 : 24));
  else if (kind === 'usage') {
    const days = query.from && query.to ? daysBetween(query.from, query.to) : 90;
    sendJson(ctx, 200, mockAccountUsage(id, { days, empty }));
  } else if (kind === 'tickets') sendJson(ctx, 200, mockAccountTickets(id, { ...query, empty }));
  else if (kind === 'collections') sendJson(ctx, 200, mockAccountCollections(id, { empty }));
  else sendJson(ctx, 200, mockAccountAssets(id, { empty }));
  return true;
}
