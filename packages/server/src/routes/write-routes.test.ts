import type { Dataset } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Json } from '../__fixtures__/http-helpers.ts';
import { testDataset } from '../__fixtures__/test-datasets.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';
import { createSqliteRecordStore } from '../records/sqlite-record-store.ts';
import { startRecordsTestServer, type RecordsTestServer } from '../records/__fixtures__/records-test-server.ts';

/** The test tenants with `licenses`, `renewalDate` and `discountNotes` editable, and tasks only beta has. */
function datasets(): Dataset[] {
  return ['alpha', 'beta'].map((tenant) => {
    const dataset = testDataset(tenant);
    dataset.attributes = dataset.attributes.map((a) => (a.key === 'licenses' || a.key === 'renewalDate' || a.key === 'discountNotes' ? { ...a, editable: true } : a));
    if (tenant === 'beta') {
      dataset.tasks = [
        ...dataset.tasks,
        { id: 'task-beta-only', accountId: 'acc-beta-1', userId: 'u-csm', flow: 'Renewal', dueAt: '2026-03-10T00:00:00Z', completedAt: null },
        { id: 'task-beta-done', accountId: 'acc-beta-1', userId: 'u-csm', flow: 'Renewal', dueAt: '2026-03-10T00:00:00Z', completedAt: '2026-03-01T00:00:00Z' },
      ];
    }
    return dataset;
  });
}

type Seat = 'viewer' | 'contributor' | 'practitioner';
const seats: Seat[] = ['viewer', 'contributor', 'practitioner'];

describe('user writes (by seat)', () => {
  let ts: RecordsTestServer;
  const tokens = {} as Record<Seat, string>;
  let serial = 0;

  const ingest = async (body: unknown) => {
    const response = await fetch(`${ts.base}/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${ts.keys.alpha}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
  };
  /** A new open task of alpha's acc-alpha-1, assigned to `userId`. */
  const openTask = async (userId = 'u-csm', completedAt: string | null = null) => {
    const id = `task-t${++serial}`;
    await ingest({ upserts: { tasks: [{ id, accountId: 'acc-alpha-1', userId, flow: 'Renewal', dueAt: '2026-03-05T00:00:00Z', completedAt }] } });
    return id;
  };

  beforeAll(async () => {
    ts = await startRecordsTestServer({ datasets: datasets() });
    for (const seat of seats) tokens[seat] = await ts.token({ seat });
  });
  afterAll(() => ts.close());

  // Own tenant: alpha's accounts and tasks. Other tenant: ids only beta has (acc-beta-1, task-beta-only, task-beta-done).
  // `entered`: the seats the route lets through to the lookup (the rest are refused first).
  const matrix: Array<{ route: string; method: string; path: (own: boolean) => Promise<string> | string; body: unknown; allowed: Seat[]; ok: number; entered?: Seat[] }> = [
    { route: 'log a touchpoint', method: 'POST', path: (own) => `/v1/accounts/${own ? 'acc-alpha-2' : 'acc-beta-1'}/touchpoints`, body: { flow: 'Adoption', type: 'call' }, allowed: ['contributor', 'practitioner'], ok: 201 },
    { route: 'add a task', method: 'POST', path: (own) => `/v1/accounts/${own ? 'acc-alpha-2' : 'acc-beta-1'}/tasks`, body: { flow: 'Renewal', dueAt: '2026-03-09' }, allowed: ['contributor', 'practitioner'], ok: 201 },
    { route: 'complete an own task', method: 'PATCH', path: async (own) => `/v1/tasks/${own ? await openTask() : 'task-beta-only'}`, body: { completed: true }, allowed: ['contributor', 'practitioner'], ok: 200 },
    { route: 'reopen a task', method: 'PATCH', path: async (own) => `/v1/tasks/${own ? await openTask('u-csm', '2026-03-01T00:00:00Z') : 'task-beta-done'}`, body: { completed: false }, allowed: ['practitioner'], ok: 200, entered: ['contributor', 'practitioner'] },
    { route: 'edit an attribute', method: 'PATCH', path: (own) => `/v1/accounts/${own ? 'acc-alpha-3' : 'acc-beta-1'}/attributes`, body: { attributes: { licenses: 42 } }, allowed: ['practitioner'], ok: 200 },
  ];

  for (const entry of matrix) {
    for (const seat of seats) {
      for (const own of [true, false]) {
        const allowed = entry.allowed.includes(seat);
        // A seat without the right is refused before any lookup; one past it finds nothing of another tenant.
        const entered = (entry.entered ?? entry.allowed).includes(seat);
        const expected = !own && entered ? 404 : !allowed ? 403 : entry.ok;
        it(`${entry.route} as ${seat}, ${own ? 'own' : 'other'} tenant: ${expected}`, async () => {
          const response = await call(ts.base, entry.method, await entry.path(own), tokens[seat], entry.body);
          expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(expected);
          if (expected >= 400) {
            expect(response.type).toBe('application/problem+json');
            expect(response.body.type).toBe(`https://successkit.dev/problems/${expected === 403 ? 'forbidden' : 'not-found'}`);
          } else expect(response.body.dataVersion).toBeGreaterThan(0);
        });
      }
    }
  }

  it('documents the four routes in the OpenAPI document', async () => {
    const { paths } = (await call(ts.base, 'GET', '/v1/openapi.json')).body;
    expect(Object.keys(paths['/v1/accounts/{id}/touchpoints'])).toEqual(['post']);
    expect(Object.keys(paths['/v1/accounts/{id}/tasks'])).toContain('post');
    expect(Object.keys(paths['/v1/tasks/{id}'])).toEqual(['patch']);
    expect(Object.keys(paths['/v1/accounts/{id}/attributes'])).toEqual(['patch']);
    expect(Object.keys(paths['/v1/tasks/{id}'].patch.responses)).toEqual(expect.arrayContaining(['200', '403', '404', '409', '422']));
  });

  it('never touched the other tenant', async () => {
    const beta = await ts.token({ tenant: 'beta', seat: 'viewer' });
    const tasks = await call(ts.base, 'GET', '/v1/accounts/acc-beta-1/tasks', beta);
    expect(tasks.body.items ?? tasks.body.tasks).toBeDefined();
    const timeline = await call(ts.base, 'GET', '/v1/accounts/acc-beta-1/timeline', beta);
    expect(JSON.stringify(timeline.body)).not.toContain('ALPHA');
    expect(timeline.body.dataVersion).toBe((await call(ts.base, 'GET', '/v1/accounts/acc-beta-1', beta)).body.dataVersion);
    const changes = await fetch(`${ts.base}/v1/changes`, { headers: { authorization: `Bearer ${ts.keys.beta}` } }).then((r) => r.json() as Promise<Json>);
    expect(changes.changes.filter((c: Json) => c.actor.kind === 'user')).toEqual([]);
  });

  it('logs a touchpoint as the token\'s user: id assigned, at defaults to now, the timeline and the change log show it', async () => {
    const response = await call(ts.base, 'POST', '/v1/accounts/acc-alpha-4/touchpoints', tokens.contributor, { flow: 'Adoption', type: 'meeting', subject: 'Kickoff', sentiment: 'positive' });
    expect(response.status).toBe(201);
    const { touchpoint, dataVersion } = response.body;
    expect(touchpoint).toMatchObject({ accountId: 'acc-alpha-4', userId: 'u-csm', flow: 'Adoption', type: 'meeting', subject: 'Kickoff', sentiment: 'positive', at: '2026-03-02T12:00:00.000Z' });
    expect(touchpoint.id).toMatch(/^tp-/);
    const timeline = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-4/timeline', tokens.viewer);
    expect(timeline.body.dataVersion).toBe(dataVersion);
    expect(timeline.body.items.some((item: Json) => item.id === touchpoint.id && item.subject === 'Kickoff')).toBe(true);
    const changes = await fetch(`${ts.base}/v1/changes?after=${dataVersion - 1}`, { headers: { authorization: `Bearer ${ts.keys.alpha}` } }).then((r) => r.json() as Promise<Json>);
    expect(changes.changes[0]).toMatchObject({ seq: dataVersion, kind: 'touchpoints', key: touchpoint.id, actor: { kind: 'user', id: 'u-csm' }, old: null });
  });

  it('a contributor completes only tasks assigned to them, and cannot reopen, move or reassign', async () => {
    const theirs = await openTask('u-lead');
    const refused = await call(ts.base, 'PATCH', `/v1/tasks/${theirs}`, tokens.contributor, { completed: true });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/assigned to them/);
    const mine = await openTask('u-csm');
    for (const body of [{ dueAt: '2026-04-01' }, { userId: 'u-lead' }, { completed: true, dueAt: '2026-04-01' }]) {
      expect((await call(ts.base, 'PATCH', `/v1/tasks/${mine}`, tokens.contributor, body)).status).toBe(403);
    }
    const done = await call(ts.base, 'PATCH', `/v1/tasks/${mine}`, tokens.contributor, { completed: true });
    expect(done.status).toBe(200);
    expect(done.body.task).toMatchObject({ id: mine, completedAt: '2026-03-02T12:00:00.000Z', userId: 'u-csm' });
    const tasks = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1/tasks', tokens.viewer);
    expect(JSON.stringify(tasks.body)).toContain(mine);
    expect(tasks.body.dataVersion).toBe(done.body.dataVersion);
  });

  it('completing a completed task is a 409 and writes nothing', async () => {
    const id = await openTask('u-csm', '2026-03-01T00:00:00Z');
    const before = (await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', tokens.viewer)).body.dataVersion;
    const response = await call(ts.base, 'PATCH', `/v1/tasks/${id}`, tokens.practitioner, { completed: true });
    expect(response.status).toBe(409);
    expect(response.body.type).toBe('https://successkit.dev/problems/conflict');
    expect((await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', tokens.viewer)).body.dataVersion).toBe(before);
  });

  describe('two servers on one store, the second not yet told of the first one\'s writes', () => {
    // The second server's change feed polls once a minute: its model is behind until a write of
    // its own catches it up inside the writer's transaction.
    let other: TestServer;
    let otherRecords: ReturnType<typeof createSqliteRecordStore>;
    beforeAll(async () => {
      otherRecords = createSqliteRecordStore(ts.path, { pollMs: 60_000 });
      other = await startTestServer({ data: undefined, records: otherRecords });
    });
    afterAll(async () => {
      await other.close();
      await otherRecords.close();
    });

    it('completing a task the other server completed is a 409, decided on the committed task', async () => {
      const id = await openTask('u-csm');
      await call(other.base, 'GET', `/v1/accounts/acc-alpha-1/tasks`, tokens.viewer); // loaded while the task is open
      expect((await call(ts.base, 'PATCH', `/v1/tasks/${id}`, tokens.practitioner, { completed: true })).status).toBe(200);
      const second = await call(other.base, 'PATCH', `/v1/tasks/${id}`, tokens.contributor, { completed: true });
      expect(second.status, JSON.stringify(second.body)).toBe(409);
      expect(second.body.type).toBe('https://successkit.dev/problems/conflict');
      const changes = await fetch(`${ts.base}/v1/changes?after=0&limit=1000`, { headers: { authorization: `Bearer ${ts.keys.alpha}` } });
      const { changes: log } = (await changes.json()) as { changes: Array<{ kind: string; key: string }> };
      // The ingest that opened it, then the one completion.
      expect(log.filter((change) => change.kind === 'tasks' && change.key === id)).toHaveLength(2);
    });

    it('an attribute edit keeps a change the other server made to the account meanwhile', async () => {
      await call(other.base, 'GET', '/v1/accounts/acc-alpha-2', tokens.viewer);
      await ingest({ upserts: { accounts: [{ id: 'acc-alpha-2', name: 'Alpha Two Renamed' }] } });
      const edited = await call(other.base, 'PATCH', '/v1/accounts/acc-alpha-2/attributes', tokens.practitioner, { attributes: { licenses: 7 } });
      expect(edited.status).toBe(200);
      expect(edited.body.attributes).toEqual({ licenses: 7 });
      const stored = (await call(ts.base, 'GET', '/v1/accounts/acc-alpha-2', tokens.viewer)).body;
      expect(JSON.stringify(stored)).toContain('Alpha Two Renamed');
    });
  });

  it('a practitioner reopens, moves and reassigns a task', async () => {
    const id = await openTask('u-csm', '2026-03-01T00:00:00Z');
    const response = await call(ts.base, 'PATCH', `/v1/tasks/${id}`, tokens.practitioner, { completed: false, dueAt: '2026-04-01T00:00:00Z', userId: 'u-lead' });
    expect(response.status).toBe(200);
    expect(response.body.task).toMatchObject({ id, completedAt: null, dueAt: '2026-04-01T00:00:00Z', userId: 'u-lead' });
    const unknownUser = await call(ts.base, 'PATCH', `/v1/tasks/${id}`, tokens.practitioner, { userId: 'u-ghost' });
    expect(unknownUser.status).toBe(422);
    expect(unknownUser.body.errors).toEqual([expect.objectContaining({ path: 'body.userId' })]);
  });

  it('an attribute change rolls up at once and shows in recent changes with the user as actor', async () => {
    const before = (await call(ts.base, 'GET', '/v1/accounts/acc-root', tokens.viewer)).body.attributes.find((a: Json) => a.key === 'licenses').rolledUp;
    const own = (await call(ts.base, 'GET', '/v1/accounts/acc-alpha-5', tokens.viewer)).body.attributes.find((a: Json) => a.key === 'licenses').own;
    const response = await call(ts.base, 'PATCH', '/v1/accounts/acc-alpha-5/attributes', tokens.practitioner, { attributes: { licenses: own + 100, renewalDate: '2027-01-31' } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ accountId: 'acc-alpha-5', attributes: { licenses: own + 100, renewalDate: '2027-01-31' } });
    const root = await call(ts.base, 'GET', '/v1/accounts/acc-root', tokens.viewer);
    expect(root.body.dataVersion).toBe(response.body.dataVersion);
    expect(root.body.attributes.find((a: Json) => a.key === 'licenses').rolledUp).toBe(before + 100);
    const changes = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-5/changes', tokens.viewer);
    expect(JSON.stringify(changes.body)).toContain('2027-01-31');
  });

  it('refuses a non-editable, unknown or mistyped attribute with 422 naming each, and writes nothing', async () => {
    const before = (await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', tokens.viewer)).body;
    // The profile says which attributes are editable (the elements offer Edit on those only).
    expect(before.attributes.find((a: Json) => a.key === 'licenses').editable).toBe(true);
    expect(before.attributes.find((a: Json) => a.key === 'arr').editable).toBeUndefined();
    const response = await call(ts.base, 'PATCH', '/v1/accounts/acc-alpha-1/attributes', tokens.practitioner, { attributes: { arr: 1, nope: 2, licenses: 3 } });
    expect(response.status).toBe(422);
    expect(response.type).toBe('application/problem+json');
    expect(response.body.errors).toEqual([
      { path: 'body.attributes.arr', message: 'this attribute is not editable' },
      { path: 'body.attributes.nope', message: 'unknown attribute' },
    ]);
    const mistyped = await call(ts.base, 'PATCH', '/v1/accounts/acc-alpha-1/attributes', tokens.practitioner, { attributes: { licenses: 'lots' } });
    expect(mistyped.status).toBe(422);
    expect(mistyped.body.errors[0].path).toBe('body.attributes.licenses');
    // discountNotes is editable but restricted: u-csm is not assigned to acc-root, so for them it does not exist.
    const restricted = await call(ts.base, 'PATCH', '/v1/accounts/acc-root/attributes', tokens.practitioner, { attributes: { discountNotes: 'x' } });
    expect(restricted.status).toBe(422);
    expect(restricted.body.errors).toEqual([{ path: 'body.attributes.discountNotes', message: 'unknown attribute' }]);
    const after = (await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1', tokens.viewer)).body;
    expect(after.dataVersion).toBe(before.dataVersion);
    expect(after.attributes).toEqual(before.attributes);
  });

  it('checks bodies (400 naming the field) and refuses a service key (403)', async () => {
    const bad = await call(ts.base, 'POST', '/v1/accounts/acc-alpha-1/touchpoints', tokens.practitioner, { flow: '', type: 'call', sentiment: 'great', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: Json) => e.path).sort()).toEqual(['body.extra', 'body.flow', 'body.sentiment']);
    const empty = await call(ts.base, 'PATCH', '/v1/tasks/task-1', tokens.practitioner, {});
    expect(empty.status).toBe(400);
    for (const [method, path, body] of [
      ['POST', '/v1/accounts/acc-alpha-1/touchpoints', { flow: 'Adoption', type: 'call' }],
      ['POST', '/v1/accounts/acc-alpha-1/tasks', { flow: 'Renewal', dueAt: '2026-03-09' }],
      ['PATCH', '/v1/tasks/task-1', { completed: true }],
      ['PATCH', '/v1/accounts/acc-alpha-1/attributes', { attributes: { licenses: 1 } }],
    ] as const) {
      const response = await call(ts.base, method, path, ts.keys.alpha, body);
      expect(response.status, path).toBe(403);
      expect(response.body.detail).toMatch(/service key cannot act as a user/);
    }
  });

  it('the spotlight counts a logged touchpoint for its user at once: activity +1, the account covered', async () => {
    const member = async () => {
      const body = (await call(ts.base, 'GET', '/v1/team-spotlight?role=CSM&period=30', tokens.viewer)).body;
      return { dataVersion: body.dataVersion, row: body.members.find((m: Json) => m.userId === 'u-csm') };
    };
    const before = await member();
    // acc-alpha-5 is u-csm's (CSM) and has no activity in the fixture; an hour before the frozen clock, inside the period.
    const logged = await call(ts.base, 'POST', '/v1/accounts/acc-alpha-5/touchpoints', tokens.contributor, { flow: 'Adoption', type: 'call', at: '2026-03-02T11:00:00Z' });
    expect(logged.status).toBe(201);
    const after = await member();
    expect(after.dataVersion).toBe(logged.body.dataVersion);
    expect(after.row.activityVolume.value).toBe(before.row.activityVolume.value + 1);
    expect(after.row.covered).toBe(before.row.covered + 1);
  });
});

describe('user writes without a store of record', () => {
  it('do not exist (fixed datasets cannot be written): 404, and absent from the OpenAPI document', async () => {
    const ts = await startTestServer();
    try {
      const response = await call(ts.base, 'POST', '/v1/accounts/acc-alpha-1/touchpoints', await ts.token({ seat: 'practitioner' }), { flow: 'Adoption', type: 'call' });
      expect(response.status).toBe(404);
      const document = await call(ts.base, 'GET', '/v1/openapi.json');
      expect(Object.keys(document.body.paths)).not.toContain('/v1/tasks/{id}');
    } finally {
      await ts.close();
    }
  });
});
