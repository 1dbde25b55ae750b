/**
 * A mocked API of the profile parts for the `<account-usage>`, `<account-support>`,
 * `<account-collections>`, `<account-assets>` and `<account-portfolio>` stories:
 * `partsMockClient(scenario)` returns a `SuccessKitClient` whose `fetch` answers from the same
 * fixtures as the element tests (packages/elements/src/<element>/__fixtures__).
 */
import { SuccessKitClient } from '@successkit/core/client';
import { mockAccountAssets } from '../../packages/elements/src/account-assets/__fixtures__/assets-data.ts';
import { mockAccountCollections } from '../../packages/elements/src/account-collections/__fixtures__/collections-data.ts';
import { mockPortfolio } from '../../packages/elements/src/account-portfolio/__fixtures__/portfolio-data.ts';
import { mockAccountTickets } from '../../packages/elements/src/account-support/__fixtures__/tickets-data.ts';
import { mockAccountUsage } from '../../packages/elements/src/account-usage/__fixtures__/usage-data.ts';

/** Which answers the mock gives: data, empty lists, never (loading), or 503. `big`: 2,000 accounts. */
export type PartsScenario = 'data' | 'empty' | 'loading' | 'error' | 'big';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const problem = { type: 'https://successkit.dev/problems/unavailable', title: 'The service is unavailable', status: 503 };

/** A client answering the profile part routes for a scenario. */
export function partsMockClient(scenario: PartsScenario = 'data'): SuccessKitClient {
  const mockFetch: typeof fetch = async (input) => {
    if (scenario === 'loading') return new Promise<Response>(() => {});
    if (scenario === 'error') return json(problem, 503);
    const url = new URL(String(input));
    const query = Object.fromEntries(url.searchParams);
    const empty = scenario === 'empty';
    if (url.pathname === '/v1/portfolio') return json(mockPortfolio(empty ? 0 : scenario === 'big' ? 2000 : 24));
    const route = /\/v1\/accounts\/([^/]+)\/(usage|tickets|collections|assets)$/.exec(url.pathname);
    if (!route) return json({ type: 'https://successkit.dev/problems/not-found', title: 'Not found', status: 404 }, 404);
    const id = decodeURIComponent(route[1]!);
    const days = query.from && query.to ? Math.round((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000) : 90;
    if (route[2] === 'usage') return json(mockAccountUsage(id, { days, empty }));
    if (route[2] === 'tickets') return json(mockAccountTickets(id, { ...query, empty }));
    if (route[2] === 'collections') return json(mockAccountCollections(id, { empty }));
    return json(mockAccountAssets(id, { empty }));
  };
  return new SuccessKitClient({ baseUrl: 'https://mock', fetch: mockFetch });
}
