/**
 * Stub Team Spotlight routes for `<team-spotlight>` tests, answered from the same fixtures as the
 * stories. Tests pick a scenario through the API base, `/stub-spotlight/<scenario>`:
 * `ok`, `empty` (no members), `error` (500), `hang` (answers after 8 s), `fail-once-*` (500 on
 * the first call, then data). `/stub-spotlight/<scenario>/calls` reports how many spotlight
 * calls a scenario had and the last query, so tests can check what the element asked for.
 */
import { mockDrilldown, mockTeamSpotlight } from '../src/team-spotlight/__fixtures__/spotlight-data.ts';
import { sendJson } from './stub-api.mjs';

const calls = new Map();
const problem = { type: 'https://successkit.dev/problems/internal', title: 'Stub failure', status: 500 };

export async function handle(ctx) {
  const match = /^\/stub-spotlight\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (!match) return false;
  const [, scenario, rest] = match;
  const query = Object.fromEntries(new URLSearchParams(ctx.querystring));
  const seen = calls.get(scenario) ?? { count: 0, last: null, drilldowns: [] };
  calls.set(scenario, seen);
  if (rest === '/calls') {
    sendJson(ctx, 200, seen);
    return true;
  }
  if (rest === '/v1/team-spotlight') {
    seen.count += 1;
    seen.last = query;
    if (scenario === 'hang') await new Promise((resolve) => setTimeout(resolve, 8000));
    if (scenario === 'error' || (scenario.startsWith('fail-once') && seen.count === 1)) sendJson(ctx, 500, problem);
    else sendJson(ctx, 200, mockTeamSpotlight(scenario === 'empty' ? { ...query, role: 'Nobody' } : scenario.startsWith('many') ? { ...query, memberCount: 45 } : scenario.startsWith('lots') ? { ...query, memberCount: 120 } : query));
    return true;
  }
  const drill = /^\/v1\/team-spotlight\/members\/([^/]+)\/accounts$/.exec(rest);
  if (drill) {
    seen.drilldowns.push(query);
    if (scenario === 'drill-error') sendJson(ctx, 500, problem);
    else sendJson(ctx, 200, mockDrilldown(decodeURIComponent(drill[1]), query));
    return true;
  }
  return false;
}
