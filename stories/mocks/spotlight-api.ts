/**
 * A mocked Team Spotlight API for the stories: `spotlightMockClient(scenario)` returns a
 * `SuccessKitClient` whose `fetch` answers from the same fixtures as the element tests
 * (packages/elements/src/team-spotlight/__fixtures__), honouring every filter of the query.
 */
import { SuccessKitClient } from '@successkit/core/client';
import { mockDrilldown, mockTeamSpotlight } from '../../packages/elements/src/team-spotlight/__fixtures__/spotlight-data.ts';

/** Which answers the mock gives. */
export type SpotlightScenario = 'data' | 'many' | 'empty' | 'loading' | 'error' | 'drilldown-error';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const problem = { type: 'https://successkit.dev/problems/unavailable', title: 'The service is unavailable', status: 503 };

/** A client answering the team spotlight routes for a scenario. */
export function spotlightMockClient(scenario: SpotlightScenario = 'data'): SuccessKitClient {
  const mockFetch: typeof fetch = async (input) => {
    const url = new URL(String(input));
    const query = Object.fromEntries(url.searchParams);
    if (scenario === 'loading') return new Promise<Response>(() => {});
    const drill = /\/v1\/team-spotlight\/members\/([^/]+)\/accounts$/.exec(url.pathname);
    if (drill) return scenario === 'drilldown-error' ? json(problem, 503) : json(mockDrilldown(decodeURIComponent(drill[1]!), query));
    if (url.pathname.endsWith('/v1/team-spotlight')) {
      if (scenario === 'error') return json(problem, 503);
      if (scenario === 'empty') return json(mockTeamSpotlight({ ...query, role: 'Nobody' }));
      return json(mockTeamSpotlight({ ...query, memberCount: scenario === 'many' ? 500 : 12 }));
    }
    return json({ type: 'https://successkit.dev/problems/not-found', title: 'Not found', status: 404 }, 404);
  };
  return new SuccessKitClient({ baseUrl: 'https://mock', fetch: mockFetch });
}
