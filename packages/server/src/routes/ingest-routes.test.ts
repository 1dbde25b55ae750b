import { problemSchema } from '@successkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServiceKey } from '../auth/service-keys.ts';
import { call, type Json } from '../__fixtures__/http-helpers.ts';
import { testDataset } from '../__fixtures__/test-datasets.ts';
import { startRecordsTestServer, type RecordsTestServer } from '../records/__fixtures__/records-test-server.ts';

const at = '2026-03-01T10:00:00Z';
const touchpoint = (id: string, accountId = 'acc-alpha-1') => ({ id, accountId, userId: 'u-csm', flow: 'Adoption', type: 'call', at });
const product = (id: string, attributes: Record<string, unknown>, parentId = 'acc-root') => ({ id, name: `ALPHA ${id}`, typeId: 'product', parentId, attributes });

describe('POST /v1/ingest and GET /v1/changes', () => {
  let ts: RecordsTestServer;
  let key: string;
  let viewer: string;
  beforeEach(async () => {
    ts = await startRecordsTestServer();
    key = ts.keys.alpha!;
    viewer = await ts.token({ seat: 'viewer' });
  });
  afterEach(() => ts.close());

  const ingest = (body: unknown, headers: Record<string, string> = {}, secret = key) =>
    fetch(`${ts.base}/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }).then(async (r) => ({
      status: r.status,
      type: r.headers.get('content-type'),
      replayed: r.headers.get('idempotent-replayed'),
      body: (await r.json()) as Json,
    }));

  it('applies a batch, answers { seq, applied, unchanged }, and the next read sees it', async () => {
    const first = await ingest({ upserts: { touchpoints: [touchpoint('tp-n1'), touchpoint('tp-n2')], accounts: [product('acc-alpha-1', { arr: 5_000 })] } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ seq: 3, applied: { accounts: 1, touchpoints: 2 }, unchanged: 0 });
    const profile = await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer);
    expect(profile.body.dataVersion).toBe(3);
    expect((await call(ts.base, 'GET', '/v1/accounts/acc-root/children', viewer)).body.dataVersion).toBe(3);
    expect((await call(ts.base, 'GET', '/v1/team-spotlight?role=CSM&period=30', viewer)).body.dataVersion).toBe(3);
    expect((await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1/timeline', viewer)).body.dataVersion).toBe(3);
    expect((await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1/summary', viewer)).body.dataVersion).toBe(3);
    const arr = profile.body.attributes.find((a: { key: string }) => a.key === 'arr');
    // The root's rollup: 1000 (own) + 5000 + 600 + 700 + 800 + 900 (the other products).
    expect(arr.rolledUp).toBe(1000 + 5000 + 600 + 700 + 800 + 900);
    const child = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', viewer);
    expect(child.body.attributes.find((a: { key: string }) => a.key === 'licenses').own).toBe(5); // merged, not replaced
    expect(child.body.recentChanges.some((c: { key: string; new: unknown }) => c.key === 'arr' && c.new === 5_000)).toBe(true);

    const again = await ingest({ upserts: { touchpoints: [touchpoint('tp-n1'), touchpoint('tp-n2')], accounts: [product('acc-alpha-1', { arr: 5_000 })] } });
    expect(again.body).toEqual({ seq: 3, applied: {}, unchanged: 3 });
  });

  it('lists every problem with its JSON pointer (422) and applies nothing', async () => {
    const response = await ingest({
      upserts: {
        accounts: [product('acc-new', { arr: 1 }, 'acc-missing'), product('acc-alpha-2', { arr: 'lots', nope: 1 })],
        touchpoints: [touchpoint('tp-x'), { ...touchpoint('tp-y'), userId: 'u-ghost' }, { ...touchpoint('tp-z'), at: 'yesterday' }],
      },
    });
    expect(response.status).toBe(422);
    expect(response.type).toBe('application/problem+json');
    expect(problemSchema.parse(response.body).type).toMatch(/ingest-invalid$/);
    // Schema problems come first and alone: the data is checked once the shapes are right.
    expect([...new Set(response.body.errors.map((e: { path: string }) => e.path))]).toEqual(['/upserts/touchpoints/2/at']);

    const data = await ingest({
      upserts: {
        accounts: [product('acc-new', { arr: 1 }, 'acc-missing'), product('acc-alpha-2', { arr: 'lots', nope: 1 })],
        touchpoints: [touchpoint('tp-x'), { ...touchpoint('tp-y'), userId: 'u-ghost' }],
      },
    });
    expect(data.status).toBe(422);
    expect(data.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      ['/upserts/accounts/0/parentId', '/upserts/accounts/1/attributes/arr', '/upserts/accounts/1/attributes/nope', '/upserts/touchpoints/1/userId'].sort(),
    );
    const changes = await fetch(`${ts.base}/v1/changes`, { headers: { authorization: `Bearer ${key}` } }).then((r) => r.json());
    expect(changes).toEqual({ changes: [], latestSeq: 0, next: null });
  });

  it('takes a partial upsert of a stored account (one attribute), and names what a new account lacks', async () => {
    const stored = (await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', viewer)).body.account;
    const partial = await ingest({ upserts: { accounts: [{ id: 'acc-alpha-1', attributes: { arr: 7_000 } }] } });
    expect(partial.status).toBe(200);
    const child = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', viewer);
    expect(child.body.account).toMatchObject({ name: stored.name, typeId: stored.typeId, parentId: stored.parentId }); // kept
    expect(child.body.attributes.find((a: { key: string }) => a.key === 'arr').own).toBe(7_000);
    expect(child.body.attributes.find((a: { key: string }) => a.key === 'licenses').own).toBe(5); // untouched attributes stay
    const before = (await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer)).body.dataVersion;
    const fresh = await ingest({ upserts: { accounts: [{ id: 'acc-brand-new', attributes: { arr: 1 } }] } });
    expect(fresh.status).toBe(422);
    expect(fresh.body.errors.map((e: { path: string }) => e.path)).toEqual(['/upserts/accounts/0/name', '/upserts/accounts/0/typeId', '/upserts/accounts/0/parentId']);
    expect((await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer)).body.dataVersion).toBe(before);
  });

  it('names the ids of a cycle', async () => {
    const types = { accountTypes: [{ id: 'region', name: 'Region', parentTypeId: 'region' }] };
    const response = await ingest({ upserts: types });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].message).toContain('region → region');
    const moved = await ingest({ upserts: { accounts: [{ id: 'acc-root', name: 'ALPHA Holdings', typeId: 'company', parentId: 'acc-alpha-1', attributes: {} }] } });
    expect(moved.status).toBe(422);
    expect(moved.body.errors.map((e: { message: string }) => e.message).join(' ')).toContain('acc-root → acc-alpha-1 → acc-root');
  });

  it('refuses deleting an account with children, and deletes a leaf with its activity', async () => {
    const refused = await ingest({ deletes: { accounts: ['acc-root'] } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ path: '/deletes/accounts/0', message: expect.stringContaining('still has children') }]);
    const done = await ingest({ deletes: { accounts: ['acc-alpha-1'] } });
    expect(done.status).toBe(200);
    // tp-0, task-1, three usage rows, one assignment, then the account.
    expect(done.body.applied).toEqual({ touchpoints: 1, tasks: 1, usage: 3, assignments: 1, accounts: 1 });
    expect((await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', viewer)).status).toBe(404);
    const again = await ingest({ deletes: { accounts: ['acc-alpha-1'], usage: [{ accountId: 'acc-alpha-2', date: '2099-01-01' }] } });
    expect(again.body).toEqual({ seq: done.body.seq, applied: {}, unchanged: 2 });
  });

  it('replays the first answer for a repeated Idempotency-Key, and refuses it for another body', async () => {
    const body = { upserts: { touchpoints: [touchpoint('tp-i')] } };
    const first = await ingest(body, { 'idempotency-key': 'batch-1' });
    await ingest({ upserts: { touchpoints: [touchpoint('tp-j')] } });
    const replay = await ingest(body, { 'idempotency-key': 'batch-1' });
    expect(replay.status).toBe(200);
    expect(replay.replayed).toBe('true');
    expect(replay.body).toEqual(first.body);
    const other = await ingest({ upserts: { touchpoints: [touchpoint('tp-k')] } }, { 'idempotency-key': 'batch-1' });
    expect(other.status).toBe(409);
  });

  it('answers 400 to malformed JSON, 401 to unknown or revoked keys, 403 to embed tokens, 413 past the limits', async () => {
    expect((await ingest('{"upserts":')).status).toBe(400);
    expect((await ingest({}, {}, `sks_${'A'.repeat(43)}`)).status).toBe(401);
    const [record] = await ts.records.serviceKeys.list('alpha');
    await ts.records.serviceKeys.revoke('alpha', record!.id, new Date().toISOString());
    expect((await ingest({})).status).toBe(401);
    const embed = await ts.token({ seat: 'practitioner', admin: true });
    const refused = await ingest({}, {}, embed);
    expect(refused.status).toBe(403);
    expect(refused.type).toBe('application/problem+json');
    const tooMany = await ingest({ upserts: { touchpoints: Array.from({ length: 10_001 }, (_, i) => touchpoint(`tp-${i}`)) } }, {}, ts.keys.beta);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.detail).toContain('10000');
    const huge = await ingest(`{"upserts":{"touchpoints":[${'"x",'.repeat(2_700_000)}"x"]}}`, {}, ts.keys.beta);
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toContain('10 MB');
  });

  it('refuses a service key on a user route (403)', async () => {
    const response = await call(ts.base, 'GET', '/v1/accounts/acc-root', ts.keys.alpha);
    expect(response.status).toBe(403);
    expect(response.type).toBe('application/problem+json');
  });

  it('pages the change log of the key\'s tenant only', async () => {
    for (let i = 0; i < 5; i++) await ingest({ upserts: { touchpoints: [touchpoint(`tp-p${i}`)] } });
    await ingest({ upserts: { touchpoints: [touchpoint('tp-beta', 'acc-beta-1')] } }, {}, ts.keys.beta);
    const page = (after: number): Promise<Json> => fetch(`${ts.base}/v1/changes?after=${after}&limit=2`, { headers: { authorization: `Bearer ${key}` } }).then((r) => r.json());
    const one = await page(0);
    expect(one.changes.map((c: { seq: number }) => c.seq)).toEqual([1, 2]);
    expect(one.next).toBe(2);
    expect(one.changes[0]).toMatchObject({ kind: 'touchpoints', key: 'tp-p0', old: null, actor: { kind: 'service' } });
    const last = await page(4);
    expect(last).toMatchObject({ latestSeq: 5, next: null });
    expect(last.changes.map((c: { key: string }) => c.key)).toEqual(['tp-p4']);
    const bad = await fetch(`${ts.base}/v1/changes?after=-1`, { headers: { authorization: `Bearer ${key}` } });
    expect(bad.status).toBe(400);
  });

  it('creates a tenant from its first batch', async () => {
    const { secret } = await createServiceKey(ts.records, { tenantId: 'gamma' });
    const batch = {
      upserts: {
        accountTypes: [{ id: 'company', name: 'Company', parentTypeId: null }],
        attributes: [{ key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' }],
        accounts: [{ id: 'g-1', name: 'Gamma One', typeId: 'company', parentId: null, attributes: { arr: 10 } }],
      },
    };
    const answer = await ingest(batch, {}, secret);
    expect(answer.body).toEqual({ seq: 3, applied: { accountTypes: 1, attributes: 1, accounts: 1 }, unchanged: 0 });
    const token = await ts.token({ tenant: 'gamma', user: 'nobody', seat: 'viewer' });
    const profile = await call(ts.base, 'GET', '/v1/accounts/g-1', token);
    expect(profile.status).toBe(200);
    expect(profile.body.account.name).toBe('Gamma One');
    expect(await ts.records.tenants()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('keeps every change across a restart: the views are the same', async () => {
    await ingest({ upserts: { accounts: [product('acc-alpha-3', { arr: 12_345 })], touchpoints: [touchpoint('tp-r')] } });
    const before = await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer);
    const children = await call(ts.base, 'GET', '/v1/accounts/acc-root/children', viewer);
    ts = await ts.restart();
    viewer = await ts.token({ seat: 'viewer' });
    expect(await call(ts.base, 'GET', '/v1/accounts/acc-root', viewer)).toEqual(before);
    expect(await call(ts.base, 'GET', '/v1/accounts/acc-root/children', viewer)).toEqual(children);
    expect(testDataset('alpha').accounts.length).toBe(6);
  });
});
