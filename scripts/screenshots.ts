/**
 * `pnpm screenshots`: fresh screenshots of the account profile for the README, taken in
 * Debian's headless Chromium (playwright-core) against a running demo portal — `--url
 * http://localhost:8787` for one you started with `pnpm start` (use `SUCCESSKIT_SIMULATE=0` so
 * nothing moves mid-shot), or, without `--url`, a fresh one started the way the end-to-end tests
 * start it (pages built with Vite, a synthetic dataset, the offline generator). Signs in as the
 * practitioner, opens the portfolio, then an account of it with child accounts and restricted
 * attributes, and shoots every tab into `docs/images/profile-<tab>.png`.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

const out = new URL('../docs/images/', import.meta.url).pathname;
const urlFlag = process.argv.indexOf('--url');
const given = urlFlag > 0 ? process.argv[urlFlag + 1] : undefined;
const tabs = ['Overview', 'All attributes', 'Timeline', 'Usage', 'Assets', 'Health', 'Hierarchy'];

const harness = given ? null : await (await import('../apps/demo-portal/e2e/portal-harness.ts')).startHarness();
const base = given ?? harness!.base;

/** A GET on the API as the practitioner (the portal's backend mints the token). */
async function api<T>(path: string): Promise<T> {
  const session = (await (await fetch(`${base}/portal-api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'practitioner' }) })).json()) as { token: string };
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${session.token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The practitioner's biggest account with child accounts and a restricted attribute (else the first). */
async function pickAccount(): Promise<{ id: string; name: string }> {
  const { items } = await api<{ items: Array<{ account: { id: string; name: string } }> }>('/v1/portfolio?sort=contractValue&order=desc');
  if (!items.length) throw new Error('the practitioner has no accounts');
  for (const { account } of items) {
    const profile = await api<{ account: { childCount: number }; attributes: Array<{ restricted?: boolean }> }>(`/v1/accounts/${encodeURIComponent(account.id)}`);
    if (profile.account.childCount > 0 && profile.attributes.some((a) => a.restricted)) return account;
  }
  return items[0]!.account;
}

/** Waits until nothing on the page says it is loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.getAttribute('role') === 'status') texts.push(el.textContent ?? '');
      }
    };
    walk(document);
    return !texts.some((t) => /^\s*Loading\b/.test(t));
  });
  await page.waitForTimeout(300);
}

const slug = (tab: string) => tab.toLowerCase().replace(/\W+/g, '-');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  mkdirSync(out, { recursive: true });
  const account = await pickAccount();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(() => sessionStorage.setItem('sk-demo-persona', 'practitioner'));
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // `?live=0`: the elements do not reload while being shot.
  await page.goto(`${base}/?live=0#/`);
  await page.locator('account-portfolio').getByRole('link', { name: account.name, exact: true }).waitFor();
  await settled(page);
  await page.screenshot({ path: `${out}portfolio.png` });
  console.log(`  docs/images/portfolio.png`);
  await page.goto(`${base}/?live=0#/accounts/${encodeURIComponent(account.id)}`);
  await page.getByRole('heading', { name: account.name, exact: true, level: 2 }).first().waitFor();
  for (const tab of tabs) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await settled(page);
    // The page down to the end of the profile (hidden helper tables must not stretch the shot).
    const bottom = await page.locator('account-profile').evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
    await page.screenshot({ path: `${out}profile-${slug(tab)}.png`, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.max(900, Math.ceil(bottom) + 24) } });
    console.log(`  docs/images/profile-${slug(tab)}.png`);
  }
} finally {
  await browser.close();
  await harness?.stop();
}
