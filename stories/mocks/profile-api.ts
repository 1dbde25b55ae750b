/**
 * A mocked account profile API for the `<account-health>` and `<account-hierarchy>` stories:
 * `profileMockClient(scenario)` returns a `SuccessKitClient` whose `fetch` answers from the same
 * fixtures as the element tests (packages/elements/src/account-health/__fixtures__).
 */
import { SuccessKitClient } from '@successkit/core/client';
import { isFixtureAccount, mockAccountChildren, mockAccountProfile } from '../../packages/elements/src/account-health/__fixtures__/profile-data.ts';

/** Which answers the mock gives. */
export type ProfileScenario = 'data' | 'no-health' | 'from-children' | 'loading' | 'error' | 'children-error' | 'slow-children';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const problem = { type: 'https://successkit.dev/problems/unavailable', title: 'The service is unavailable', status: 503 };

/** A client answering `GET /v1/accounts/:id` and `…/children` for a scenario. */
export function profileMockClient(scenario: ProfileScenario = 'data'): SuccessKitClient {
  const mockFetch: typeof fetch = async (input) => {
    const url = new URL(String(input));
    const route = /\/v1\/accounts\/([^/]+)(\/children)?$/.exec(url.pathname);
    if (scenario === 'loading') return new Promise<Response>(() => {});
    if (!route || scenario === 'error') return json(problem, 503);
    const id = decodeURIComponent(route[1]!);
    if (!isFixtureAccount(id)) return json({ type: 'https://successkit.dev/problems/not-found', title: 'Account not found', status: 404 }, 404);
    if (!route[2]) return json(mockAccountProfile(id, { withHealth: scenario !== 'no-health', fromChildren: scenario === 'from-children' }));
    if (scenario === 'children-error' && id !== 'acme') return json(problem, 503);
    if (scenario === 'slow-children' && id !== 'acme') await new Promise((resolve) => setTimeout(resolve, 60_000));
    return json(mockAccountChildren(id));
  };
  return new SuccessKitClient({ baseUrl: 'https://mock', fetch: mockFetch });
}
