import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../__fixtures__/http-helpers.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';

describe('request validation names the field', () => {
  let ts: TestServer;
  let admin = '';
  beforeAll(async () => {
    ts = await startTestServer();
    admin = await ts.token({ seat: 'practitioner', admin: true });
  });
  afterAll(() => ts.close());

  async function paths(method: string, path: string, body?: unknown): Promise<string[]> {
    const response = await call(ts.base, method, path, admin, body);
    expect(response.status).toBe(400);
    expect(response.type).toBe('application/problem+json');
    expect(response.body.type).toBe('https://successkit.dev/problems/validation');
    return response.body.errors.map((e: { path: string }) => e.path);
  }

  it('query.period', async () => {
    expect(await paths('GET', '/v1/team-spotlight?period=8')).toEqual(['query.period']);
  });
  it('query: unknown keys by name', async () => {
    expect(await paths('GET', '/v1/accounts/acc-root?colour=red')).toEqual(['query.colour']);
  });
  it('query: a key given twice', async () => {
    expect(await paths('GET', '/v1/team-spotlight?period=7&period=30')).toEqual(['query.period']);
  });
  it('query: a role the data does not have (core SpotlightQueryError)', async () => {
    expect(await paths('GET', '/v1/team-spotlight?role=Astronaut')).toEqual(['query.role']);
  });
  it('body.kpis (too many)', async () => {
    expect(await paths('PUT', '/v1/summary-config', { kpis: ['a', 'b', 'c', 'd', 'e'] })).toEqual(['body.kpis']);
  });
  it('body.kpis[1] (wrong type)', async () => {
    expect(await paths('PUT', '/v1/summary-config', { kpis: ['arr', 7] })).toEqual(['body.kpis[1]']);
  });
  it('body.vote', async () => {
    expect(await paths('POST', '/v1/accounts/acc-root/summary/feedback', { vote: 'sideways' })).toEqual(['body.vote']);
  });
  it('body: not JSON', async () => {
    expect(await paths('POST', '/v1/accounts/acc-root/summary/feedback', '{"vote":')).toEqual(['body']);
  });
  it('params.id: too long', async () => {
    expect(await paths('GET', `/v1/accounts/${'x'.repeat(300)}`)).toEqual(['params.id']);
  });
  it('answers 404 for an account that does not exist', async () => {
    const response = await call(ts.base, 'GET', '/v1/accounts/nope', admin);
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('https://successkit.dev/problems/not-found');
  });
});
