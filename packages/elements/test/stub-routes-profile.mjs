/**
 * Stub account profile routes for the profile element tests (`<account-profile>` and every part
 * it composes), answered from the same fixtures as the stories. The API base picks a scenario, `/stub-profile/<scenario>`:
 * - `ok`: the health fixture's profile (`GET /v1/accounts/:id`) and children; full part answers;
 * - `full`: a full profile (every attribute category, a restricted one, lifecycle stages);
 * - `attrs-<n>`: a full profile with `n` generated attributes;
 * - `few-contacts-<n>`: `n` contacts;
 * - `no-health`: no health; `from-children`: health from the child accounts (no dimensions); `empty`: empty profile and empty lists on every part;
 * - `error`: 500 on every route; `part-error`: 500 on the part routes only;
 * - `hang`: answers after 8 s; `children-fail-once-*`: the first children call fails.
 * Unknown accounts are 404, unknown query parameters 400 (like the server's strict queries).
 * `/stub-profile/<scenario>/calls` lists the accounts whose children were asked for and every
 * part call with its query (`{ part, id, query }`).
 */
import { isFixtureAccount, mockAccountChildren, mockAccountProfile } from '../src/account-health/__fixtures__/profile-data.ts';
import { mockChanges, mockContacts, mockFullProfile, mockTasks, mockTeam, mockTimeline } from '../src/account-profile/__fixtures__/profile-parts.ts';
import { mockAccountAssets } from '../src/account-assets/__fixtures__/assets-data.ts';
import { mockAccountCollections } from '../src/account-collections/__fixtures__/collections-data.ts';
import { mockAccountTickets } from '../src/account-support/__fixtures__/tickets-data.ts';
import { mockAccountUsage } from '../src/account-usage/__fixtures__/usage-data.ts';
import { sendJson } from './stub-api.mjs';

const calls = new Map();

/** Part routes: allowed query keys and the answer. */
const parts = {
  timeline: { query: ['flow', 'type', 'limit', 'cursor', 'asOf'], answer: (id, q, empty) => mockTimeline(id, q, empty) },
  tasks: { query: ['status', 'flow', 'asOf'], answer: (id, q, empty) => mockTasks(id, q, empty) },
  team: { query: [], answer: (id, _q, empty) => mockTeam(id, empty) },
  contacts: { query: [], answer: (id, _q, empty, scenario) => mockContacts(id, empty ? 0 : Number(/^few-contacts-(\d+)$/.exec(scenario)?.[1] ?? 5)) },
  changes: { query: ['from', 'to', 'key'], answer: (id, q, empty) => mockChanges(id, q, empty) },
  // The parts of the Usage and Assets tabs, from their own fixtures (stub-routes-parts.mjs has their scenarios).
  usage: { query: ['from', 'to', 'granularity', 'scope'], answer: (id, _q, empty) => mockAccountUsage(id, { empty }) },
  tickets: { query: ['status', 'priority'], answer: (id, q, empty) => mockAccountTickets(id, { ...q, empty }) },
  assets: { query: [], answer: (id, _q, empty) => mockAccountAssets(id, { empty }) },
  collections: { query: [], answer: (id, _q, empty) => mockAccountCollections(id, { empty }) },
};

const problem = (status, name, title, detail) => ({ type: `https://successkit.dev/problems/${name}`, title, status, ...(detail ? { detail } : {}) });

function profileAnswer(scenario, id) {
  if (scenario === 'full') return mockFullProfile(id);
  if (scenario === 'empty') return mockFullProfile(id, { empty: true });
  const many = /^attrs-(\d+)$/.exec(scenario);
  if (many) return mockFullProfile(id, { attributeCount: Number(many[1]) });
  return mockAccountProfile(id, { withHealth: scenario !== 'no-health', fromChildren: scenario === 'from-children' });
}

export async function handle(ctx) {
  const match = /^\/stub-profile\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (!match) return false;
  const [, scenario, rest] = match;
  const seen = calls.get(scenario) ?? { children: [], parts: [] };
  calls.set(scenario, seen);
  if (rest === '/calls') {
    sendJson(ctx, 200, seen);
    return true;
  }
  const route = /^\/v1\/accounts\/([^/]+)(?:\/(\w+))?$/.exec(rest);
  if (!route) return false;
  const id = decodeURIComponent(route[1]);
  const part = route[2];
  if (part && part !== 'children' && !parts[part]) return false;
  const query = Object.fromEntries(new URLSearchParams(ctx.querystring));
  if (part === 'children') seen.children.push(id);
  else if (part) seen.parts.push({ part, id, query });
  if (scenario === 'hang') await new Promise((resolve) => setTimeout(resolve, 8000));
  const unknown = part && parts[part] ? Object.keys(query).find((key) => !parts[part].query.includes(key)) : undefined;
  if (scenario === 'error' || (part && part !== 'children' && scenario === 'part-error') || (part === 'children' && scenario.startsWith('children-fail-once') && seen.children.length === 1)) {
    sendJson(ctx, 500, problem(500, 'internal', 'Stub failure'));
  } else if (unknown) {
    sendJson(ctx, 400, problem(400, 'validation', 'Invalid query', `/${unknown}: unknown parameter`));
  } else if (!isFixtureAccount(id)) {
    sendJson(ctx, 404, problem(404, 'not-found', 'Account not found'));
  } else if (part === 'children') {
    sendJson(ctx, 200, mockAccountChildren(id));
  } else if (part) {
    sendJson(ctx, 200, parts[part].answer(id, query, scenario === 'empty', scenario));
  } else {
    sendJson(ctx, 200, profileAnswer(scenario, id));
  }
  return true;
}
