/**
 * `pnpm test-storybook`: builds Storybook, serves it on 127.0.0.1, and renders every story in
 * Debian's headless Chromium (playwright-core). A story fails on a console error, an uncaught
 * exception, a render error, or an axe-core violation. Writes `.test-results/storybook.json`
 * (`numPassedTests` / `numFailedTests`) for `pnpm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = 'storybook-static';
if (!process.argv.includes('--no-build') || !existsSync(root)) {
  const build = spawnSync('pnpm', ['run', '--silent', 'build-storybook'], { stdio: 'inherit' });
  if (build.status !== 0) {
    writeReport(0, 1, ['storybook build failed']);
    process.exit(1);
  }
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string; title: string; name: string }> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
});
let passed = 0;
let failed = 0;
const failures: string[] = [];
try {
  const context = await browser.newContext();
  for (const story of stories) {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} ${message.location().url ?? ''}`.trim());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
        undefined,
        { timeout: 15_000 },
      );
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
        problems.push(`render error: ${(await page.textContent('#error-message').catch(() => '')) ?? ''}`.trim());
      }
      // Let elements settle: pending updates, mocked fetches, streaming stories.
      await page.waitForTimeout(400);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
        const run = () =>
          axe.run(document.querySelector('#storybook-root') ?? document.body, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
        // The a11y addon may still be running its own check of the story: wait for it, then run ours.
        let result: Awaited<ReturnType<typeof run>> | undefined;
        for (let attempt = 0; !result; attempt += 1) {
          try {
            result = await run();
          } catch (error) {
            if (attempt >= 50 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        return result!.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
      });
      for (const violation of violations) problems.push(`axe ${violation}`);
    } catch (error) {
      problems.push(`failed to render: ${error instanceof Error ? error.message : String(error)}`);
    }
    await page.close();
    if (problems.length === 0) {
      passed += 1;
      console.log(`  ✓ ${story.title} › ${story.name}`);
    } else {
      failed += 1;
      failures.push(`${story.title} › ${story.name}: ${problems[0]!.split('\n')[0]!.slice(0, 300)}`);
      console.log(`  ✗ ${story.title} › ${story.name}\n${problems.map((p) => `      ${p}`).join('\n')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
writeReport(passed, failed, failures);
console.log(`storybook: ${passed} passed, ${failed} failed (${stories.length} stories)`);
process.exit(failed > 0 || stories.length === 0 ? 1 : 0);

function writeReport(numPassedTests: number, numFailedTests: number, failures: string[] = []): void {
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/storybook.json', JSON.stringify({ numPassedTests, numFailedTests, failures }));
}
