/**
 * The server's own time from the model's first streamed token to the first section on the SSE
 * stream (target < 150 ms). Everything is real and local: the OpenAI-compatible stub on
 * 127.0.0.1 streams the output (all chunks at once, so model speed is left out), the real
 * `openai` SDK parses it, the summary service publishes the section, and the Hono app serves
 * `GET /v1/jobs/:id/events` over @hono/node-server to a `fetch` reader. Both instants are
 * taken with `performance.now()` in this one process. If the HTTP app cannot be loaded (the
 * workspace is mid-change), it measures through `SummaryService.subscribeJob` and says so.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { median, recordFigure } from '@successkit/bench-kit';
import { citingContent, startOpenAIStub } from '../src/generators/__fixtures__/openai-stub-server.ts';
import { createOpenAIGenerator } from '../src/generators/openai-generator.ts';
import { createInlineQueue } from '../src/jobs/inline-queue.ts';
import { followJob, testCaller } from '../src/summary/__fixtures__/summary-test-kit.ts';
import { createMemoryStores } from '../src/stores/memory-stores.ts';
import { testTenants } from '../src/summary/__fixtures__/summary-test-kit.ts';
import { createSummaryService } from '../src/summary/create-summary-service.ts';

const key = { secret: 'bench-secret-0123456789-abcdefghijklmnop', issuer: 'https://portal.bench', audience: 'successkit-bench' };
const stub = await startOpenAIStub({ defaultReply: { kind: 'completion', content: citingContent, delayMs: 150, chunkSize: 24 } });
const data = testTenants();
const stores = createMemoryStores();
const summaries = createSummaryService({
  data,
  stores,
  queue: createInlineQueue(),
  generator: createOpenAIGenerator({ apiKey: 'sk-bench', baseURL: stub.baseURL, maxRetries: 0 }),
});
const http = await (async () => {
  try {
    const [{ createSuccessKit }, { mintEmbedToken }, { createLogger }] = await Promise.all([
      import('../src/app.ts'),
      import('../src/auth/embed-token.ts'),
      import('../src/logging/logger.ts'),
    ]);
    const kit = createSuccessKit({ data, jwt: key, summaries, stores, logger: createLogger({ level: 'silent' }) });
    const server: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: kit.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    const token = await mintEmbedToken({ ...key, tenant: 'acme', user: 'u-bench', seat: 'practitioner', ttl: 900 });
    return {
      kit,
      server,
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      headers: { authorization: `Bearer ${token}` },
    };
  } catch (error) {
    console.log(`  (HTTP app unavailable: ${(error as Error).message.split('\n')[0]}; measuring through subscribeJob)`);
    return null;
  }
})();

/** One generation: refresh, follow its SSE stream, return first token → first section in ms. */
async function once(): Promise<number> {
  const before = stub.requests.length;
  if (!http) return onceInProcess(before);
  const { base, headers } = http;
  const refresh = await fetch(`${base}/v1/accounts/acc-1/summary/refresh`, { method: 'POST', headers });
  const { jobId } = (await refresh.json()) as { jobId: string };
  const response = await fetch(`${base}/v1/jobs/${jobId}/events`, { headers });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  let firstSectionAt: number | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
    if (firstSectionAt === null && text.includes('event: section')) firstSectionAt = performance.now();
    if (/event: (done|failed)/.test(text)) break;
  }
  await reader.cancel().catch(() => undefined);
  const firstTokenAt = stub.requests[before]?.firstContentAt;
  if (firstSectionAt === null || firstTokenAt == null) throw new Error(`no section streamed (${text.slice(0, 200)})`);
  return firstSectionAt - firstTokenAt;
}

/** The same through the service: first `section` event delivered to a `subscribeJob` listener. */
async function onceInProcess(before: number): Promise<number> {
  const caller = testCaller('acme', 'u-bench');
  const { jobId } = await summaries.refresh(caller, 'acc-1');
  let firstSectionAt: number | null = null;
  const subscription = await summaries.subscribeJob(caller, jobId, (event) => {
    if (event.type === 'section' && firstSectionAt === null) firstSectionAt = performance.now();
  });
  await followJob(summaries, caller, jobId);
  await subscription?.unsubscribe();
  const firstTokenAt = stub.requests[before]?.firstContentAt;
  if (firstSectionAt === null || firstTokenAt == null) throw new Error('no section streamed');
  return firstSectionAt - firstTokenAt;
}

const samples: number[] = [];
for (let i = 0; i < 2; i++) await once();
for (let i = 0; i < 15; i++) samples.push(await once());
const value = median(samples);
recordFigure({
  name: 'server.summary.first-token-to-first-section',
  median: value,
  unit: 'ms',
  target: '< 150 ms',
  met: value < 150,
  note: `${samples.length} runs; stub → openai SDK → summary job → ${http ? 'SSE over HTTP' : 'subscribeJob (HTTP app unavailable)'}`,
});

if (http) {
  await http.kit.close();
  if ('closeAllConnections' in http.server) http.server.closeAllConnections();
  await new Promise<void>((resolve) => http.server.close(() => resolve()));
} else await summaries.close();
await stub.close();
await stores.close();
