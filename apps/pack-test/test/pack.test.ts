/**
 * The packed packages work for an embedder: core, server and elements from `pnpm pack`
 * tarballs (not the workspace) are installed into a temporary project with React 19 and Lit;
 * a React 19 app (type-checked, then bundled) and a plain HTML page (import map, no bundler)
 * render `<account-summary>` in Debian's Chromium against a real successkit server built from
 * the packed `@successkit/server`; clicking "Account Summary" opens the dialog and the offline
 * summary's "Overview" section appears.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlainPage, buildReactPage, typecheckReactApp, type HostSettings } from './build-pages.ts';
import { createPackProject, type PackProject } from './pack-project.ts';
import { servePages, startStubApi, type Running, type StubApi } from './pack-servers.ts';

let project: PackProject;
let pages: Running;
let api: StubApi;
let browser: Browser;

beforeAll(async () => {
  project = createPackProject();
  pages = await servePages(project.dir);
  api = await startStubApi(project.dir, pages.origin);
  const settings: HostSettings = { apiBase: api.origin, token: api.token, accountId: api.accountId };
  await buildReactPage(project.dir, settings);
  await buildPlainPage(project.dir, settings);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await pages?.close();
  if (project) rmSync(project.dir, { recursive: true, force: true });
});

/** Opens `path`, clicks "Account Summary" and waits for the summary's Overview section. */
async function openSummary(path: string): Promise<Page> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    await page.goto(`${pages.origin}${path}`);
    await page.getByRole('button', { name: 'Account Summary' }).click({ timeout: 15_000 });
    const dialog = page.getByRole('dialog', { name: 'Account Summary' });
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
    await dialog.getByRole('heading', { name: 'Overview', level: 3 }).waitFor({ timeout: 30_000 });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${problems.join('\n')}`, { cause: error });
  }
  expect(problems).toEqual([]);
  return page;
}

describe('the packed packages', () => {
  it('are tarballs whose manifests carry no workspace references', () => {
    for (const tarball of Object.values(project.tarballs)) {
      const manifest = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' });
      expect(manifest).not.toContain('workspace:');
    }
  });

  it('type-check a React 19 app against @successkit/elements/react', () => {
    expect(() => typecheckReactApp(project.dir)).not.toThrow();
  });

  it('render <account-summary> in a React 19 app and show the summary', async () => {
    const page = await openSummary('/public/react/');
    // React 19 attached the custom-event prop `onsk-summary-loaded` as a listener.
    await expect.poll(() => page.locator('#loaded').textContent(), { timeout: 10_000 }).toBe('summaries loaded: 1');
    await page.close();
  });

  it('render <account-summary> in a plain HTML page and show the summary', async () => {
    const page = await openSummary('/public/plain/');
    const sections = await page.getByRole('dialog').getByRole('heading', { level: 3 }).allTextContents();
    expect(sections).toContain('Overview');
    await page.close();
  });
});
