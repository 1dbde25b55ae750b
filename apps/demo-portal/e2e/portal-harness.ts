/**
 * The end-to-end harness: builds the portal pages with Vite into a temp folder, starts the REAL
 * portal server (successkit API + portal backend + pages) on 127.0.0.1 with a fresh synthetic
 * dataset and SQLite file, counts model calls through a wrapper around the offline generator,
 * and drives Debian's Chromium with playwright-core. Screenshots go to `artifacts/e2e/`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createOfflineGenerator, type SummaryGenerator } from '@successkit/core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { createPortalServer, type PortalServer } from '../src/server/portal-server.ts';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const artifacts = fileURLToPath(new URL('../../../artifacts/e2e/', import.meta.url));

/** A running portal with a browser. */
export interface Harness {
  base: string;
  browser: Browser;
  /** How many times the model (generator) was called. */
  modelCalls(): number;
  /** A service key of the portal's tenant, for `POST /v1/ingest` (live data). */
  serviceKey(name?: string): Promise<string>;
  /** A new page (own context, clipboard allowed) signed in as a persona. */
  open(persona: 'practitioner' | 'contributor' | 'viewer' | 'admin' | 'unassigned', path?: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  /** Screenshots the last page opened (after a failure). */
  screenshotLast(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts everything. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'sk-e2e-'));
  mkdirSync(artifacts, { recursive: true });
  await build({
    configFile: join(appDir, 'vite.config.ts'),
    root: appDir,
    logLevel: 'error',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  let calls = 0;
  const offline = createOfflineGenerator() as SummaryGenerator;
  const counting: SummaryGenerator = {
    info: offline.info,
    generate(request) {
      calls += 1;
      return offline.generate(request);
    },
  };
  const portal: PortalServer = await createPortalServer({
    dataPath: join(dir, 'dataset.json'),
    storePath: join(dir, 'successkit.db'),
    staticDir: join(dir, 'dist'),
    generator: counting,
    accounts: 80,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: portal.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const contexts: BrowserContext[] = [];
  let lastPage: Page | null = null;
  return {
    base,
    browser,
    modelCalls: () => calls,
    serviceKey: (name) => portal.serviceKey(name),
    async open(persona, path = '/') {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      await context.addInitScript((p) => sessionStorage.setItem('sk-demo-persona', p), persona);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${base}${path}`);
      lastPage = page;
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
    },
    async screenshotLast(name) {
      if (lastPage) await lastPage.screenshot({ path: join(artifacts, `${name}.png`) }).catch(() => {});
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await portal.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` is true (bounded). */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
