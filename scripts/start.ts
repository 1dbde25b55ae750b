/**
 * `pnpm start`: the one-command demo. Builds the portal's pages when they are missing or older
 * than their sources, then starts ONE process serving the successkit API and the portal at
 * http://localhost:8787 (a synthetic dataset is written on first start; summaries use OpenAI
 * when OPENAI_API_KEY is set, else the offline generator). The demo is live: a simulator streams
 * changes into the tenant through the ingestion API, one batch every 2 s
 * (`SUCCESSKIT_SIMULATE=0` turns it off, `SUCCESSKIT_SIMULATE_RATE=N` sets batches per second).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const portal = 'apps/demo-portal';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = existsSync(`${portal}/dist/index.html`) ? statSync(`${portal}/dist/index.html`).mtimeMs : 0;
const sources = Math.max(newest(`${portal}/src/portal`), newest('packages/elements/src'), statSync(`${portal}/index.html`).mtimeMs);
if (built < sources) {
  console.log('building the portal pages…');
  const build = spawnSync('pnpm', ['--filter', '@successkit/demo-portal', 'run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync('node', ['--conditions=@successkit/source', `${portal}/src/server/main.ts`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 0);
