import {
  buildAccountAssets,
  buildAccountChanges,
  buildAccountCollections,
  buildAccountContacts,
  buildAccountTasks,
  buildAccountTeam,
  buildAccountTickets,
  buildAccountTimeline,
  buildAccountUsage,
  buildPortfolio,
  createDatasetModel,
  parseDataset,
  type Dataset,
} from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../__fixtures__/http-helpers.ts';
import { testDataset, testNow } from '../__fixtures__/test-datasets.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';

const day = (offset: number) => new Date(testNow.getTime() + offset * 86_400_000).toISOString();

/**
 * The alpha test tenant as a version-2 dataset: tickets, assets, collections and end users on
 * its accounts, end users' events in usage, and `discountRate`, a restricted key info attribute
 * rolled up by max, on the root and three products (with a change by a user).
 */
function profileDataset(tenant: string): Dataset {
  const base = testDataset(tenant);
  const products = base.accounts.filter((a) => a.parentId !== null).map((a) => a.id);
  return parseDataset({
    ...base,
    version: 2,
    attributes: [...base.attributes, { key: 'discountRate', label: 'Discount rate', type: 'percent', category: 'keyInfo', restricted: true, rollup: 'max', editable: true }],
    accounts: base.accounts.map((a, i) => (i < 4 ? { ...a, attributes: { ...a.attributes, discountRate: 10 + i } } : a)),
    usage: base.usage.map((row) => ({ ...row, users: { [`eu-${row.accountId}`]: row.activeUsers * 2 } })),
    attributeHistory: [...base.attributeHistory, { accountId: 'acc-root', key: 'discountRate', at: day(-2), old: 5, new: 10, actor: { kind: 'user', id: 'u-lead' } }],
    tickets: [
      { id: 'tk-1', accountId: 'acc-root', subject: `${tenant} SSO`, priority: 'urgent', status: 'open', openedAt: day(-4) },
      { id: 'tk-2', accountId: 'acc-root', priority: 'low', status: 'solved', openedAt: day(-9), solvedAt: day(-8) },
    ],
    assets: [{ id: 'as-1', accountId: 'acc-root', name: 'MSA.pdf', url: 'https://docs.example.com/msa.pdf', kind: 'document', addedBy: 'u-lead', addedAt: day(-30) }],
    collections: [{ id: 'opp-1', accountId: 'acc-root', collection: 'opportunities', name: 'Upsell', fields: { amount: 9000, stage: 'Proposal' } }],
    endUsers: products.map((id) => ({ id: `eu-${id}`, accountId: id, name: `User of ${id}` })),
  });
}

describe('profile part routes', () => {
  let ts: TestServer;
  const model = createDatasetModel(profileDataset('alpha'));
  const now = testNow.toISOString();
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    ts = await startTestServer({ data: [profileDataset('alpha'), testDataset('beta')] });
    tokens.csm = await ts.token({ seat: 'practitioner', user: 'u-csm' });
    tokens.lead = await ts.token({ seat: 'viewer', user: 'u-lead' });
    tokens.outsider = await ts.token({ seat: 'practitioner', user: 'u-nobody' });
    tokens.admin = await ts.token({ seat: 'viewer', user: 'u-nobody', admin: true });
    tokens.beta = await ts.token({ tenant: 'beta', seat: 'practitioner', user: 'u-lead' });
  });
  afterAll(() => ts.close());

  const get = (path: string, who = 'csm') => call(ts.base, 'GET', path, tokens[who]);
  const same = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  it('every part answers what the core view computes, with dataVersion', async () => {
    const expected: Array<[string, unknown]> = [
      ['/v1/accounts/acc-root/timeline', buildAccountTimeline(model, 'acc-root', { asOf: now })],
      ['/v1/accounts/acc-alpha-1/timeline?type=task', buildAccountTimeline(model, 'acc-alpha-1', { asOf: now, type: 'task' })],
      ['/v1/accounts/acc-alpha-1/tasks', buildAccountTasks(model, 'acc-alpha-1', { asOf: now })],
      ['/v1/accounts/acc-root/usage', buildAccountUsage(model, 'acc-root', { asOf: now })],
      ['/v1/accounts/acc-root/usage?from=2026-02-20&to=2026-03-02&granularity=week&scope=subtree', buildAccountUsage(model, 'acc-root', { asOf: now, from: '2026-02-20', to: '2026-03-02', granularity: 'week', scope: 'subtree' })],
      ['/v1/accounts/acc-root/contacts', buildAccountContacts(model, 'acc-root')],
      ['/v1/accounts/acc-root/team', buildAccountTeam(model, 'acc-root')],
      ['/v1/accounts/acc-root/changes?from=2026-01-01', buildAccountChanges(model, 'acc-root', { asOf: now, from: '2026-01-01', includeRestricted: false })],
      ['/v1/accounts/acc-root/tickets?status=open', buildAccountTickets(model, 'acc-root', { status: 'open' })],
      ['/v1/accounts/acc-root/assets', buildAccountAssets(model, 'acc-root')],
      ['/v1/accounts/acc-root/collections', buildAccountCollections(model, 'acc-root')],
      ['/v1/portfolio?sort=contractValue&order=desc', buildPortfolio(model, 'u-csm', { asOf: now, sort: 'contractValue', order: 'desc' })],
    ];
    for (const [path, view] of expected) {
      const { status, body } = await get(path);
      expect(status, path).toBe(200);
      expect(body, path).toEqual(same(view));
      expect(body.dataVersion, path).toBe(0);
    }
  });

  it('the parts carry the version-2 data: usage with top users, tickets, assets, collections', async () => {
    const usage = (await get('/v1/accounts/acc-root/usage?from=2026-02-27&to=2026-03-02')).body;
    expect(usage.series.map((p: { activeUsers: number }) => p.activeUsers)).toEqual([3 + 4 + 5 + 6 + 7, 25, 25]);
    expect(usage.topUsers[0]).toEqual({ id: 'eu-acc-alpha-5', name: 'User of acc-alpha-5', email: null, events: 42, lastSeenAt: null });
    const tickets = (await get('/v1/accounts/acc-root/tickets')).body;
    expect(tickets.byStatus).toEqual({ open: 1, pending: 0, solved: 1 });
    expect((await get('/v1/accounts/acc-root/assets')).body.assets[0].addedBy).toEqual({ id: 'u-lead', name: 'ALPHA Lead' });
    expect((await get('/v1/accounts/acc-root/collections')).body.collections[0].fields).toEqual(['amount', 'stage']);
  });

  it('GET /v1/accounts searches by name within the caller’s tenant, paged by cursor', async () => {
    const first = await get('/v1/accounts?q=product&limit=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 5, q: 'product', nextCursor: '2', dataVersion: 0 });
    expect(first.body.items.map((i: { name: string }) => i.name)).toEqual(['ALPHA Product 1', 'ALPHA Product 2']);
    expect(first.body.items[0].ancestors).toEqual([{ id: 'acc-root', name: 'ALPHA Holdings', typeId: 'company', typeName: 'Company' }]);
    const next = await get(`/v1/accounts?q=product&limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body.items.map((i: { id: string }) => i.id)).toEqual(['acc-alpha-3', 'acc-alpha-4']);
    const beta = await get('/v1/accounts?q=holdings', 'beta');
    expect(beta.body.items.map((i: { name: string }) => i.name)).toEqual(['BETA Holdings']);
    expect((await get('/v1/accounts?type=product')).body.total).toBe(5);
  });

  it('answers 400 naming the query field, and 404 for an account of another tenant or none', async () => {
    const cases: Array<[string, string]> = [
      ['/v1/accounts?type=planet', 'query.type'],
      ['/v1/accounts?limit=0', 'query.limit'],
      ['/v1/accounts?cursor=abc', 'query.cursor'],
      ['/v1/accounts?q=product&cursor=900', 'query.cursor'],
      ['/v1/accounts/acc-root/usage?from=2026-03-01&to=2026-02-01', 'query.from'],
      ['/v1/accounts/acc-root/usage?from=2020-01-01', 'query.from'],
      ['/v1/accounts/acc-root/usage?granularity=month', 'query.granularity'],
      ['/v1/accounts/acc-root/changes?from=2026-04-01', 'query.from'],
      ['/v1/accounts/acc-root/tickets?priority=blocker', 'query.priority'],
      ['/v1/accounts/acc-root/tasks?status=late', 'query.status'],
      ['/v1/accounts/acc-root/contacts?extra=1', 'query.extra'],
      ['/v1/portfolio?sort=colour', 'query.sort'],
      ['/v1/portfolio?limit=5001', 'query.limit'],
      ['/v1/portfolio?type=planet', 'query.type'],
    ];
    for (const [path, field] of cases) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.type, path).toBe('https://successkit.dev/problems/validation');
      expect(body.errors.map((e: { path: string }) => e.path), path).toContain(field);
    }
    for (const part of ['timeline', 'tasks', 'usage', 'contacts', 'team', 'changes', 'tickets', 'assets', 'collections']) {
      expect((await get(`/v1/accounts/acc-alpha-1/${part}`, 'beta')).status, part).toBe(404);
      expect((await get(`/v1/accounts/nope/${part}`)).status, part).toBe(404);
    }
    expect((await call(ts.base, 'GET', '/v1/portfolio')).status).toBe(401);
  });

  it('GET /v1/portfolio lists the caller’s assignments only', async () => {
    const csm = (await get('/v1/portfolio')).body;
    expect(csm.items.map((i: { account: { id: string } }) => i.account.id)).toEqual(['acc-alpha-1', 'acc-alpha-3', 'acc-alpha-5']);
    expect(csm.roles).toEqual(['CSM']);
    const lead = (await get('/v1/portfolio?q=holdings', 'lead')).body;
    expect(lead).toMatchObject({ accounts: 3, total: 1 });
    expect((await get('/v1/portfolio', 'outsider')).body).toMatchObject({ accounts: 0, items: [] });
  });

  describe('working level: restricted attributes show only at accounts the caller is assigned to, and to admins', () => {
    const restricted = async (path: string, who: string) => {
      const { status, body } = await get(path, who);
      expect(status).toBe(200);
      return body;
    };

    it('profile: the assigned user (any seat) and an admin see them; an unassigned practitioner does not', async () => {
      const keys = async (who: string) => (await restricted('/v1/accounts/acc-root', who)).attributes.filter((a: { restricted: boolean }) => a.restricted).map((a: { key: string }) => a.key);
      expect(await keys('lead')).toEqual(['discountNotes', 'discountRate']);
      expect(await keys('admin')).toEqual(['discountNotes', 'discountRate']);
      expect(await keys('csm')).toEqual([]);
      expect(await keys('outsider')).toEqual([]);
      expect((await restricted('/v1/accounts/acc-alpha-1', 'csm')).attributes.find((a: { key: string }) => a.key === 'discountRate')).toMatchObject({ own: 11 });
    });

    it('children: a restricted value on each row the caller is assigned to, and on no other', async () => {
      const rows = async (who: string) => new Map((await restricted('/v1/accounts/acc-root/children', who)).children.map((c: { id: string; values: Record<string, unknown> }) => [c.id, c.values.discountRate]));
      const csm = await rows('csm');
      expect(csm.get('acc-alpha-1')).toEqual({ own: 11, rolledUp: 11 });
      expect(csm.get('acc-alpha-3')).toEqual({ own: 13, rolledUp: 13 });
      expect(csm.get('acc-alpha-2')).toBeUndefined();
      expect([...(await rows('outsider')).values()].every((v) => v === undefined)).toBe(true);
      expect((await rows('admin')).get('acc-alpha-2')).toEqual({ own: 12, rolledUp: 12 });
    });

    it('changes: restricted changes at the working level only', async () => {
      const keys = async (who: string) => (await restricted('/v1/accounts/acc-root/changes', who)).changes.map((c: { key: string }) => c.key);
      expect(await keys('lead')).toEqual(['discountRate', 'arr']);
      expect(await keys('csm')).toEqual(['arr']);
      const change = (await restricted('/v1/accounts/acc-root/changes', 'admin')).changes[0];
      expect(change).toMatchObject({ key: 'discountRate', old: 5, new: 10, by: { kind: 'user', id: 'u-lead', name: 'ALPHA Lead' } });
    });

    it('search results and the portfolio: key info per row by the same rule', async () => {
      const search = async (who: string) =>
        new Map((await restricted('/v1/accounts?limit=10', who)).items.map((i: { id: string; keyAttributes: { key: string }[] }) => [i.id, i.keyAttributes.map((a) => a.key)]));
      const csm = await search('csm');
      expect(csm.get('acc-alpha-1')).toContain('discountRate');
      expect(csm.get('acc-alpha-2')).not.toContain('discountRate');
      expect(csm.get('acc-root')).not.toContain('discountRate');
      expect((await search('admin')).get('acc-alpha-2')).toContain('discountRate');
      const portfolio = await restricted('/v1/portfolio', 'csm');
      expect(portfolio.items[0].keyAttributes.find((a: { key: string }) => a.key === 'discountRate')).toMatchObject({ own: 11, restricted: true });
    });

    it('a summary never includes them, whoever asks', async () => {
      const admin = await ts.token({ seat: 'practitioner', user: 'u-lead', admin: true });
      const preview = await call(ts.base, 'POST', '/v1/summary-config/preview', admin, { config: {}, accountId: 'acc-root' });
      expect(preview.status).toBe(200);
      expect(JSON.stringify(preview.body)).not.toMatch(/discountRate|discountNotes|secret discount/);
    });
  });
});
