/**
 * Starts the demo portal: one process, one URL (default http://localhost:8787). The dataset and
 * the SQLite store (summaries and the store of record) live in `.data/` at the repository root;
 * a simulator streams live changes into the tenant (see live-demo.ts).
 */
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createPortalServer } from './portal-server.ts';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const port = Number(process.env.PORT ?? 8787);
const api = process.argv.includes('--api-only');
const portal = await createPortalServer({
  dataPath: process.env.SUCCESSKIT_DATA ?? `${repo}.data/demo-dataset.json`,
  storePath: process.env.SUCCESSKIT_STORE ?? `${repo}.data/successkit.db`,
  staticDir: api ? null : fileURLToPath(new URL('../../dist', import.meta.url)),
  // Live data: simulated changes stream in (one batch every 2 s) unless SUCCESSKIT_SIMULATE=0.
  simulate: process.env.SUCCESSKIT_SIMULATE === '0' ? false : { rate: Number(process.env.SUCCESSKIT_SIMULATE_RATE ?? 0.5) || 0.5 },
});
const server = serve({ fetch: portal.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' }, () => {
  const generator = process.env.OPENAI_API_KEY ? `OpenAI (${process.env.SUCCESSKIT_MODEL ?? 'default model'})` : 'the offline generator (set OPENAI_API_KEY for AI summaries)';
  console.log(`successkit demo portal: http://localhost:${port}  — summaries by ${generator}`);
  if (process.env.SUCCESSKIT_SIMULATE !== '0') console.log('live data: simulated changes stream in through POST /v1/ingest (SUCCESSKIT_SIMULATE=0 turns them off)');
});
const stop = () => {
  server.close();
  void portal.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
