/**
 * Stub account profile routes for `<account-health>` and `<account-hierarchy>` tests, answered
 * from the same fixtures as the stories. The API base picks a scenario,
 * `/stub-profile/<scenario>`: `ok`, `no-health`, `error` (500 on every route), `hang` (answers
 * after 8 s), `children-fail-once-*` (the first children call fails). Unknown accounts are 404.
 * `/stub-profile/<scenario>/calls` lists the accounts whose children were asked for.
 */
import { isFixtureAccount, mockAccountChildren, mockAccountProfile } from '../src/account-health/__fixtures__/profile-data.ts';
import { sendJson } from './stub-api.mjs';

const calls = new Map();

export async function handle(ctx) {
  const match = /^\/stub-profile\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (!match) return false;
  const [, scenario, rest] = match;
  const seen = calls.get(scenario) ?? { children: [] };
  calls.set(scenario, seen);
  if (rest === '/calls') {
    sendJson(ctx, 200, seen);
    return true;
  }
  const route = /^\/v1\/accounts\/([^/]+)(\/children)?$/.exec(rest);
  if (!route) return false;
  const id = decodeURIComponent(route[1]);
  if (route[2]) seen.children.push(id);
  if (scenario === 'hang') await new Promise((resolve) => setTimeout(resolve, 8000));
  if (scenario === 'error' || (route[2] && scenario.startsWith('children-fail-once') && seen.children.length === 1)) {
    sendJson(ctx, 500, { type: 'https://successkit.dev/problems/internal', title: 'Stub failure', status: 500 });
  } else if (!isFixtureAccount(id)) {
    sendJson(ctx, 404, { type: 'https://successkit.dev/problems/not-found', title: 'Account not found', status: 404 });
  } else {
    sendJson(ctx, 200, route[2] ? mockAccountChildren(id) : mockAccountProfile(id, { withHealth: scenario !== 'no-health' }));
  }
  return true;
}
