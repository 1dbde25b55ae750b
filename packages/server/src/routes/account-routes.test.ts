import { buildAccountProfile, computeTeamSpotlight, createDatasetModel, spotlightQueryFromParams } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../__fixtures__/http-helpers.ts';
import { testDataset, testNow } from '../__fixtures__/test-datasets.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';

describe('profile and Team Spotlight routes serve what the core computes', () => {
  let ts: TestServer;
  let token = '';
  const model = createDatasetModel(testDataset('alpha'));
  beforeAll(async () => {
    ts = await startTestServer();
    token = await ts.token({ seat: 'contributor' });
  });
  afterAll(() => ts.close());

  it('GET /v1/accounts/:id: own and rolled-up values, health, lifecycle, recent changes', async () => {
    const { status, body } = await call(ts.base, 'GET', '/v1/accounts/acc-root', token);
    expect(status).toBe(200);
    const expected = buildAccountProfile(model, 'acc-root', testNow.toISOString(), { includeRestricted: false });
    expect(body).toEqual({ ...JSON.parse(JSON.stringify(expected)), dataVersion: 0 });
    const arr = body.attributes.find((a: { key: string }) => a.key === 'arr');
    expect(arr.own).toBe(1000);
    expect(arr.rolledUp).toBe(1000 + 500 + 600 + 700 + 800 + 900);
    expect(body.lifecycle).toEqual([{ lifecycleId: 'journey', stage: 'Adopt' }]);
    expect(body.recentChanges.map((c: { key: string }) => c.key)).toContain('arr');
  });

  it('GET /v1/accounts/:id/children: one level down with rollups', async () => {
    const { status, body } = await call(ts.base, 'GET', '/v1/accounts/acc-root/children', token);
    expect(status).toBe(200);
    expect(body.children.map((c: { id: string }) => c.id)).toEqual(['acc-alpha-1', 'acc-alpha-2', 'acc-alpha-3', 'acc-alpha-4', 'acc-alpha-5']);
    expect(body.children[0].values.arr).toEqual({ own: 500, rolledUp: 500 });
  });

  it('GET /v1/team-spotlight equals computeTeamSpotlight', async () => {
    const { status, body } = await call(ts.base, 'GET', '/v1/team-spotlight?role=CSM&period=30', token);
    expect(status).toBe(200);
    const expected = computeTeamSpotlight(model, spotlightQueryFromParams({ role: 'CSM', period: 30 }, model, testNow.toISOString()));
    expect(body).toEqual({ ...JSON.parse(JSON.stringify(expected)), dataVersion: 0 });
    expect(body.members.map((m: { userId: string }) => m.userId).sort()).toEqual(['u-csm', 'u-lead']);
  });

  it('GET /v1/team-spotlight/members/:userId/accounts drills down', async () => {
    const { status, body } = await call(ts.base, 'GET', '/v1/team-spotlight/members/u-csm/accounts?filter=overdue&period=30', token);
    expect(status).toBe(200);
    expect(body).toMatchObject({ userId: 'u-csm', filter: 'overdue' });
    expect(body.items.map((i: { accountId: string }) => i.accountId)).toEqual(['acc-alpha-1']);
    expect((await call(ts.base, 'GET', '/v1/team-spotlight/members/u-ghost/accounts', token)).status).toBe(404);
  });
});
