import { request } from 'node:http';
import fc from 'fast-check';
import { problemSchema } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';
import { startRecordsTestServer, type RecordsTestServer } from '../records/__fixtures__/records-test-server.ts';
import type { ApiRoute } from './api-route.ts';

/**
 * Fuzz: thousands of invalid requests across every authenticated route — bad tokens, bad ids,
 * bad query strings, bad JSON, wrong types, huge bodies, wrong methods — and every answer must
 * be a 4xx `application/problem+json`, never a 5xx.
 */
describe('fuzz: invalid requests get 4xx problem+json, never 5xx', () => {
  let ts: TestServer;
  let token = '';
  beforeAll(async () => {
    ts = await startTestServer({});
    token = await ts.token({ seat: 'practitioner', admin: true });
  });
  afterAll(() => ts.close());

  interface Attempt {
    kind: string;
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string;
  }

  /**
   * One request with node:http, which reports the answer even when the server stops reading a
   * body it refused (413) and closes the connection while the client still writes.
   */
  function send(url: string, attempt: Attempt): Promise<{ status: number; contentType: string | undefined; text: string }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...attempt.headers };
      if (attempt.body !== undefined) headers['content-length'] = Buffer.byteLength(attempt.body);
      const req = request(url, { method: attempt.method, headers, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], text }));
        res.on('error', reject);
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A write cut short after the answer arrived is fine; no answer at all is not.
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      req.end(attempt.body);
    });
  }

  function pathOf(route: ApiRoute, id: (name: string) => string): string {
    return route.path.replace(/:([A-Za-z]+)/g, (_m, name: string) => id(name));
  }
  const goodId = (name: string) => (name === 'userId' ? 'u-csm' : 'acc-root');

  const badTokens = fc.oneof(
    fc.string({ maxLength: 80 }).map((s) => `Bearer ${s}`),
    fc.string({ maxLength: 40 }),
    fc.constant('Bearer '),
    fc.base64String({ minLength: 10, maxLength: 60 }).map((s) => `Bearer ${s}.${s}.${s}`),
    fc.constantFrom('Basic dXNlcjpwYXNz', 'bearer x.y.z', `Bearer ${'a'.repeat(5000)}`),
  );
  // Path segments, already encoded (some deliberately malformed).
  const badIds = fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(`nope-${s}`)),
    fc.string({ minLength: 201, maxLength: 400 }).map((s) => encodeURIComponent(s)),
    fc.constantFrom('%', '%E0%A4%A', '..', '%00', 'acc-beta-1', '%20', '%2F%2F', encodeURIComponent('ünïcödé'), '%3Cscript%3E', '%ZZ'),
  );
  const badQuery = fc.oneof(
    fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 })).map(([k, v]) => `zz${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
    fc.constantFrom('period=abc', 'period=8', 'period=-30', 'asOf=yesterday', 'from=2026-13-45', 'metrics=nope:sum', 'role=', 'page=0', 'pageSize=1000', 'filter=all', 'sort=ARR', 'excludeInactive=maybe', 'period=30&period=7'),
  );
  const notJson = fc.oneof(fc.constantFrom('{', '{"vote":', 'nul', '[1,2', '\u0000', "{'a':1}", 'undefined'), fc.string({ minLength: 1, maxLength: 50 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }));

  function attempts(routes: readonly ApiRoute[]): fc.Arbitrary<Attempt> {
    const auth = () => ({ authorization: `Bearer ${token}` });
    const route = fc.constantFrom(...routes);
    const withBody = routes.filter((r) => r.body);
    return fc.oneof(
      fc.tuple(route, badTokens).map(([r, authorization]) => ({ kind: 'token', method: r.method.toUpperCase(), path: pathOf(r, goodId), headers: { authorization } })),
      fc.tuple(route.filter((r) => r.path.includes(':')), badIds).map(([r, id]) => ({
        kind: 'id', method: r.method.toUpperCase(), path: pathOf(r, () => id), headers: auth(),
        ...(r.body ? { body: '{"vote":"up"}' } : {}),
      })),
      fc.tuple(route, badQuery).map(([r, q]) => ({ kind: 'query', method: r.method.toUpperCase(), path: `${pathOf(r, goodId)}?${q}`, headers: auth(), ...(r.body ? { body: '{}' } : {}) })),
      fc.tuple(fc.constantFrom(...withBody), notJson).map(([r, body]) => ({ kind: 'json', method: r.method.toUpperCase(), path: pathOf(r, goodId), headers: { ...auth(), 'content-type': 'application/json' }, body })),
      fc.constantFrom(...withBody).chain((r) =>
        fc.anything({ maxDepth: 3 }).filter((value) => !r.body!.safeParse(value).success && value !== undefined).map((value) => ({
          kind: 'types', method: r.method.toUpperCase(), path: pathOf(r, goodId), headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify(value) ?? '1',
        })),
      ),
      fc.tuple(fc.constantFrom(...withBody), fc.integer({ min: 65 * 1024, max: 300 * 1024 })).map(([r, size]) => ({
        kind: 'huge', method: r.method.toUpperCase(), path: pathOf(r, goodId), headers: { ...auth(), 'content-type': 'application/json' }, body: `{"reason":"${'x'.repeat(size)}"}`,
      })),
      fc.tuple(route, fc.constantFrom('DELETE', 'PATCH')).map(([r, method]) => ({ kind: 'method', method, path: pathOf(r, goodId), headers: auth() })),
    );
  }

  it('answers at least 5,000 invalid requests with 4xx problem+json', async () => {
    const routes = ts.kit.routes.filter((r) => r.permission !== null);
    expect(routes.length).toBeGreaterThanOrEqual(13);
    const samples = fc.sample(attempts(routes), { numRuns: 5_200, seed: 20_260_302 });
    const seen = new Map<string, number>();
    const failures: string[] = [];
    for (let i = 0; i < samples.length; i += 40) {
      await Promise.all(
        samples.slice(i, i + 40).map(async (attempt) => {
          const response = await send(`${ts.base}${attempt.path}`, attempt);
          const text = response.text;
          seen.set(attempt.kind, (seen.get(attempt.kind) ?? 0) + 1);
          let problemOk: boolean;
          try {
            problemOk = problemSchema.safeParse(JSON.parse(text)).success;
          } catch {
            problemOk = false;
          }
          const ok = response.status >= 400 && response.status < 500 && response.contentType === 'application/problem+json' && problemOk;
          if (!ok && failures.length < 10) failures.push(`${attempt.kind} ${attempt.method} ${attempt.path.slice(0, 120)} → ${response.status} ${text.slice(0, 200)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5_000);
    for (const kind of ['token', 'id', 'query', 'json', 'types', 'huge', 'method']) expect(seen.get(kind) ?? 0).toBeGreaterThan(100);
  }, 180_000);
});

/**
 * Fuzz of the service-key routes (`POST /v1/ingest`, `GET /v1/changes`) on a real store of
 * record: bad keys, embed tokens, malformed JSON, wrong shapes, batches with random references
 * and keys, bad paging. Every answer is a 4xx problem+json, or a 200 for a batch that happens
 * to be valid — never a 5xx.
 */
describe('fuzz: the service-key routes never answer 5xx', () => {
  let ts: RecordsTestServer;
  beforeAll(async () => {
    ts = await startRecordsTestServer();
  });
  afterAll(() => ts.close());

  const ids = fc.constantFrom('acc-root', 'acc-alpha-1', 'acc-alpha-2', 'acc-beta-1', 'ghost', '', 'u-csm', 'u-lead', 'company', 'product', 'arr');
  const value = fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), fc.constant('2026-03-01'));
  const account = fc.record({ id: ids, name: fc.string({ maxLength: 8 }), typeId: ids, parentId: fc.option(ids), attributes: fc.dictionary(fc.constantFrom('arr', 'licenses', 'renewalDate', 'nps', 'nope'), value) });
  const touchpoint = fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), accountId: ids, userId: ids, flow: fc.constantFrom('Adoption', ''), type: fc.constant('call'), at: fc.constantFrom('2026-03-01T10:00:00Z', 'nope') });
  const usage = fc.record({ accountId: ids, date: fc.constantFrom('2026-03-01', '2026-02-30', 'x'), activeUsers: fc.integer({ min: -2, max: 9 }) });
  const batch = fc.record(
    {
      upserts: fc.record({ accounts: fc.array(account, { maxLength: 4 }), touchpoints: fc.array(touchpoint, { maxLength: 4 }), usage: fc.array(usage, { maxLength: 3 }) }, { requiredKeys: [] }),
      deletes: fc.record({ accounts: fc.array(ids, { maxLength: 2 }), usage: fc.array(fc.oneof(ids, fc.record({ accountId: ids, date: fc.constant('2026-03-01') })), { maxLength: 2 }), users: fc.array(ids, { maxLength: 1 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(
    batch.map((b) => JSON.stringify(b)),
    fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? '1'),
    fc.constantFrom('{', '{"upserts":', '[]', 'null', '{"upserts":{"accounts":{}}}', '{"deletes":{"usage":["[1]"]}}'),
  );
  const keyHeader = fc.oneof(
    fc.constant('good'),
    fc.constant('good'),
    fc.constantFrom('Bearer sks_short', `Bearer sks_${'A'.repeat(43)}`, 'Bearer x.y.z', 'Basic abc', ''),
    fc.string({ maxLength: 30 }).map((s) => `Bearer ${s}`),
  );
  const query = fc.oneof(fc.constantFrom('', 'after=0', 'after=-1', 'after=abc', 'limit=0', 'limit=5000', 'limit=2&after=1', 'after=1&after=2', 'zz=1', 'after=1e3', 'limit=1.5'));

  it('answers 1,000 fuzzed ingest and change-feed requests with 4xx problem+json or 200', async () => {
    const samples = fc.sample(
      fc.oneof(
        fc.tuple(keyHeader, body, fc.option(fc.string({ minLength: 1, maxLength: 300 }))).map(([auth, text, idem]) => ({ method: 'POST', path: '/v1/ingest', auth, text, idem })),
        fc.tuple(keyHeader, query).map(([auth, q]) => ({ method: 'GET', path: `/v1/changes?${q}`, auth, text: undefined, idem: null })),
      ),
      { numRuns: 1_000, seed: 20_261_204 },
    );
    const failures: string[] = [];
    let accepted = 0;
    for (let i = 0; i < samples.length; i += 20) {
      await Promise.all(
        samples.slice(i, i + 20).map(async (attempt) => {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (attempt.auth) headers.authorization = attempt.auth === 'good' ? `Bearer ${ts.keys.alpha}` : attempt.auth;
          if (attempt.idem !== null) headers['idempotency-key'] = attempt.idem;
          const response = await fetch(`${ts.base}${attempt.path}`, { method: attempt.method, headers, ...(attempt.text === undefined ? {} : { body: attempt.text }) });
          const text = await response.text();
          if (response.status === 200) {
            accepted += 1;
            return;
          }
          let ok = response.status >= 400 && response.status < 500 && response.headers.get('content-type') === 'application/problem+json';
          try {
            ok &&= problemSchema.safeParse(JSON.parse(text)).success;
          } catch {
            ok = false;
          }
          if (!ok && failures.length < 10) failures.push(`${attempt.method} ${attempt.path} ${attempt.text?.slice(0, 200)} → ${response.status} ${text.slice(0, 300)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
