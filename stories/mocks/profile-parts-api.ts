/**
 * A mocked account profile API for the `<account-profile>` and profile part stories:
 * `profilePartsMockClient(scenario)` returns a `SuccessKitClient` whose `fetch` answers
 * `GET /v1/accounts/:id` and its part routes (timeline, tasks, team, contacts, changes, usage,
 * tickets, assets, collections) from the same fixtures as the element tests.
 */
import { SuccessKitClient } from '@successkit/core/client';
import { isFixtureAccount } from '../../packages/elements/src/account-health/__fixtures__/profile-data.ts';
import {
  mockChanges,
  mockContacts,
  mockFullProfile,
  mockTasks,
  mockTeam,
  mockTimeline,
} from '../../packages/elements/src/account-profile/__fixtures__/profile-parts.ts';
import { mockAccountAssets } from '../../packages/elements/src/account-assets/__fixtures__/assets-data.ts';
import { mockAccountCollections } from '../../packages/elements/src/account-collections/__fixtures__/collections-data.ts';
import { mockAccountTickets } from '../../packages/elements/src/account-support/__fixtures__/tickets-data.ts';
import { mockAccountUsage } from '../../packages/elements/src/account-usage/__fixtures__/usage-data.ts';

/** Which answers the mock gives. */
export type PartsScenario = 'full' | 'empty' | 'loading' | 'error';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
const problem = { type: 'https://successkit.dev/problems/unavailable', title: 'The service is unavailable', status: 503 };

function answer(part: string | undefined, id: string, query: Record<string, string>, empty: boolean): unknown {
  switch (part) {
    case undefined:
      return mockFullProfile(id, { empty });
    case 'timeline':
      return mockTimeline(id, query, empty);
    case 'tasks':
      return mockTasks(id, query, empty);
    case 'team':
      return mockTeam(id, empty);
    case 'contacts':
      return mockContacts(id, empty ? 0 : 5);
    case 'changes':
      return mockChanges(id, query, empty);
    case 'usage':
      return mockAccountUsage(id, { empty });
    case 'tickets':
      return mockAccountTickets(id, { ...query, empty });
    case 'assets':
      return mockAccountAssets(id, { empty });
    case 'collections':
      return mockAccountCollections(id, { empty });
    default:
      return null;
  }
}

/** A client answering the profile routes for a scenario. */
export function profilePartsMockClient(scenario: PartsScenario = 'full'): SuccessKitClient {
  const mockFetch: typeof fetch = async (input) => {
    const url = new URL(String(input));
    const route = /\/v1\/accounts\/([^/]+)(?:\/(\w+))?$/.exec(url.pathname);
    if (scenario === 'loading') return new Promise<Response>(() => {});
    if (!route || scenario === 'error') return json(problem, 503);
    const id = decodeURIComponent(route[1]!);
    if (!isFixtureAccount(id)) return json({ type: 'https://successkit.dev/problems/not-found', title: 'Account not found', status: 404 }, 404);
    const body = answer(route[2], id, Object.fromEntries(url.searchParams), scenario === 'empty');
    return body === null ? json({ type: 'https://successkit.dev/problems/not-found', title: 'Not found', status: 404 }, 404) : json(body);
  };
  return new SuccessKitClient({ baseUrl: 'https://mock', fetch: mockFetch });
}
