import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Json } from '../__fixtures__/http-helpers.ts';
import { createFakeSummaryService, type FakeSummaryService } from '../__fixtures__/fake-summary-service.ts';
import { testNow } from '../__fixtures__/test-datasets.ts';
import { startTestServer, type TestServer } from '../__fixtures__/test-server.ts';

/** Reads SSE messages from a response until `stop` returns true or the stream ends. */
async function readEvents(response: Response, stop: (event: string) => boolean): Promise<Array<{ event: string; data: Json }>> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Array<{ event: string; data: Json }> = [];
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) {
        events.push({ event, data: JSON.parse(data) });
        if (stop(event)) {
          await reader.cancel();
          return events;
        }
      }
    }
  }
  return events;
}

describe('GET /v1/jobs/:id/events (SSE)', () => {
  let ts: TestServer;
  let fake: FakeSummaryService;
  let token = '';
  beforeAll(async () => {
    fake = createFakeSummaryService(() => testNow);
    ts = await startTestServer({ summaries: fake, sseHeartbeatMs: 20 });
    token = await ts.token({ seat: 'viewer' });
  });
  afterAll(() => ts.close());

  it('sends job first, then stage and section, and ends with done', async () => {
    const { body } = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-1/summary', token);
    const response = await fetch(`${ts.base}/v1/jobs/${body.jobId}/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readEvents(response, () => false);
    while (fake.listenerCount(body.jobId) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 60)); // a heartbeat or two go by
    await fake.finishJob(body.jobId);
    const events = await reading;
    expect(events.map((e) => e.event)).toEqual(['job', 'stage', 'section', 'done']);
    expect(events.every((e) => e.data.type === e.event)).toBe(true);
    expect(events[0]!.data.job.id).toBe(body.jobId);
    expect(fake.listenerCount(body.jobId)).toBe(0);
  });

  it('a client that disconnects only unsubscribes; the job goes on', async () => {
    const { body } = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-2/summary', token);
    const controller = new AbortController();
    const response = await fetch(`${ts.base}/v1/jobs/${body.jobId}/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    await readEvents(response, (event) => event === 'job');
    controller.abort();
    for (let i = 0; i < 200 && fake.listenerCount(body.jobId) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.listenerCount(body.jobId)).toBe(0);
    const job = await call(ts.base, 'GET', `/v1/jobs/${body.jobId}`, token);
    expect(job.body.status).toBe('running');
    await fake.finishJob(body.jobId);
    expect((await call(ts.base, 'GET', `/v1/jobs/${body.jobId}`, token)).body.status).toBe('succeeded');
  });

  it('a late joiner of a finished job gets the job and the stream ends', async () => {
    const { body } = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-3/summary', token);
    await fake.finishJob(body.jobId);
    const response = await fetch(`${ts.base}/v1/jobs/${body.jobId}/events`, { headers: { authorization: `Bearer ${token}` } });
    const events = await readEvents(response, () => false);
    expect(events[0]!.event).toBe('job');
    expect(events[0]!.data.job.status).toBe('succeeded');
  });

  it('answers 404 problem for an unknown job', async () => {
    const response = await call(ts.base, 'GET', '/v1/jobs/nope/events', token);
    expect(response.status).toBe(404);
    expect(response.type).toBe('application/problem+json');
  });
});

describe('GET /v1/jobs/:id/events with the real summary engine', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(() => ts.close());

  it('streams a cold summary from job to done, sections on the way', async () => {
    const token = await ts.token({ seat: 'viewer' });
    const { status, body } = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-4/summary', token);
    expect(status).toBe(202);
    const response = await fetch(`${ts.base}/v1/jobs/${body.jobId}/events`, { headers: { authorization: `Bearer ${token}` } });
    const events = await readEvents(response, () => false);
    expect(events[0]!.event).toBe('job');
    expect(events.at(-1)!.event).toBe('done');
    expect(events.at(-1)!.data.summary.accountId).toBe('acc-alpha-4');
    // A late joiner may have missed sections as events, but then has them in the `job` event.
    const sections = events.filter((e) => e.event === 'section').length + Object.keys(events[0]!.data.job.sections).length;
    expect(sections).toBeGreaterThan(0);
    const again = await call(ts.base, 'GET', '/v1/accounts/acc-alpha-4/summary', token);
    expect(again.status).toBe(200);
    expect(again.body.summary.id).toBe(events.at(-1)!.data.summary.id);
  });
});
