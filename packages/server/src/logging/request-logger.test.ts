import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, waitForJob } from '../__fixtures__/http-helpers.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';
import { createLogger } from './logger.ts';

describe('request logs', () => {
  const lines: string[] = [];
  let ts: TestServer;
  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    ts = await startTestServer({ logger: createLogger({ level: 'info', destination }) });
  });
  afterAll(() => ts.close());

  it('carry request id, method, route pattern, status and duration — and never tokens, account data or prompts', async () => {
    const token = await ts.token({ seat: 'practitioner', admin: true });
    const first = await call(ts.base, 'GET', '/v1/accounts/acc-root/summary', token);
    await waitForJob(ts.base, token, first.body.jobId);
    await call(ts.base, 'GET', '/v1/accounts/acc-root', token);
    await call(ts.base, 'POST', '/v1/accounts/acc-root/summary/feedback', token, { vote: 'down', reason: 'ALPHA Holdings is wrong' });
    await call(ts.base, 'POST', '/v1/summary-config/preview', token, { config: {}, accountId: 'acc-root' });
    await call(ts.base, 'GET', '/v1/accounts/acc-root', `${token}x`); // a bad token
    await fetch(`${ts.base}/v1/accounts/acc-root`, { headers: { authorization: `Bearer ${token}`, 'x-request-id': 'trace-42' } });
    await new Promise((resolve) => setTimeout(resolve, 20));

    const all = lines.join('\n');
    const entries = lines.map((line) => JSON.parse(line));
    const profile = entries.find((e) => e.requestId === 'trace-42');
    expect(profile).toMatchObject({ method: 'GET', route: '/v1/accounts/:id', status: 200, tenant: 'alpha' });
    expect(typeof profile.durationMs).toBe('number');
    expect(entries.some((e) => e.status === 401)).toBe(true);
    // Nothing secret or account-related:
    expect(all).not.toContain(token.split('.')[2]!);
    expect(all).not.toContain(token.split('.')[1]!);
    for (const secret of ['ALPHA', 'Holdings', 'acc-root', 'alpha@example.com', 'secret discount', 'is wrong', 'PROMPT TEXT']) expect(all).not.toContain(secret);
  });
});
