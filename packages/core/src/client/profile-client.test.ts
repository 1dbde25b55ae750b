/**
 * The profile methods of the client against a real node:http server on 127.0.0.1 that answers
 * with the core's own views of a fixture: each method's URL and query string, and every answer
 * proven against the API's zod schemas by `zodValidator`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import { profileAsOf as asOf, profileDataset } from '../profile/__fixtures__/profile-dataset.ts';
import { buildAccountAssets } from '../profile/account-assets.ts';
import { buildAccountChanges } from '../profile/account-changes.ts';
import { buildAccountCollections } from '../profile/account-collections.ts';
import { buildAccountContacts } from '../profile/account-contacts.ts';
import { searchAccounts } from '../profile/account-search.ts';
import { buildAccountTasks } from '../profile/account-tasks.ts';
import { buildAccountTeam } from '../profile/account-team.ts';
import { buildAccountTickets } from '../profile/account-tickets.ts';
import { buildAccountTimeline } from '../profile/account-timeline.ts';
import { buildAccountUsage } from '../profile/account-usage.ts';
import { buildPortfolio } from '../profile/portfolio.ts';
import { SuccessKitClient } from './client.ts';
import { ResponseValidationError } from './errors.ts';
import { zodValidator } from './validator.ts';

const model = createDatasetModel(profileDataset(), { dataVersion: 4 });
const answers: Record<string, unknown> = {
  '/v1/accounts': searchAccounts(model, { q: 'acme', asOf, canSeeRestricted: () => true }),
  '/v1/accounts/acme/timeline': buildAccountTimeline(model, 'acme', { asOf }),
  '/v1/accounts/acme/tasks': buildAccountTasks(model, 'acme', { asOf }),
  '/v1/accounts/acme/usage': buildAccountUsage(model, 'acme', { asOf }),
  '/v1/accounts/acme/contacts': buildAccountContacts(model, 'acme'),
  '/v1/accounts/acme/team': buildAccountTeam(model, 'acme'),
  '/v1/accounts/acme/changes': buildAccountChanges(model, 'acme', { asOf, includeRestricted: true }),
  '/v1/accounts/acme/tickets': buildAccountTickets(model, 'acme'),
  '/v1/accounts/acme/assets': buildAccountAssets(model, 'acme'),
  '/v1/accounts/acme/collections': buildAccountCollections(model, 'acme'),
  '/v1/portfolio': buildPortfolio(model, 'u-ben', { asOf }),
  '/v1/accounts/broken/usage': { ...buildAccountUsage(model, 'acme', { asOf }), granularity: 'month' },
};
const seen: string[] = [];
let server: Server;
let client: SuccessKitClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const body = answers[(req.url ?? '').split('?')[0]!];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { type: 'https://successkit.dev/problems/not-found', title: 'Not found', status: 404 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new SuccessKitClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: 't', validator: zodValidator });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('SuccessKitClient profile methods', () => {
  it('call each route with its query and return answers that match the contract', async () => {
    const calls: Array<[() => Promise<unknown>, string]> = [
      [() => client.searchAccounts({ q: 'acme co', type: 'product', limit: 5, cursor: '5' }), '/v1/accounts?q=acme+co&type=product&limit=5&cursor=5'],
      [() => client.getTimeline('acme', { flow: 'renewal', type: 'task' }), '/v1/accounts/acme/timeline?flow=renewal&type=task'],
      [() => client.getTasks('acme', { status: 'overdue' }), '/v1/accounts/acme/tasks?status=overdue'],
      [() => client.getUsage('acme', { from: '2026-01-01', to: '2026-02-01', granularity: 'week' }), '/v1/accounts/acme/usage?from=2026-01-01&to=2026-02-01&granularity=week'],
      [() => client.getContacts('acme'), '/v1/accounts/acme/contacts'],
      [() => client.getTeam('acme'), '/v1/accounts/acme/team'],
      [() => client.getChanges('acme', { from: '2026-01-01' }), '/v1/accounts/acme/changes?from=2026-01-01'],
      [() => client.getTickets('acme', { priority: 'urgent' }), '/v1/accounts/acme/tickets?priority=urgent'],
      [() => client.getAssets('acme'), '/v1/accounts/acme/assets'],
      [() => client.getCollections('acme'), '/v1/accounts/acme/collections'],
      [() => client.getPortfolio({ sort: 'renewalDate', order: 'desc', band: 'none' }), '/v1/portfolio?sort=renewalDate&order=desc&band=none'],
    ];
    for (const [run, url] of calls) {
      const answer = (await run()) as { dataVersion: number };
      expect(seen.at(-1)).toBe(url);
      expect(answer.dataVersion).toBe(4);
      expect(answer).toEqual(answers[url.split('?')[0]!]);
    }
  });

  it('encodes ids and rejects an answer that breaks the contract, naming the path', async () => {
    await expect(client.getTeam('a/b c')).rejects.toMatchObject({ status: 404 });
    expect(seen.at(-1)).toBe('/v1/accounts/a%2Fb%20c/team');
    const error = await client.getUsage('broken').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.path)).toContain('granularity');
  });
});
