/**
 * End-to-end: the account profile in the demo portal, in a real Chromium against the real
 * server — find an account by name, open its profile, visit every tab (the built-in ones and the
 * portal's Health and Hierarchy tabs), search the attributes, see own and rolled-up values, and
 * see a restricted attribute only as a user assigned to the account (the working level). The
 * account and the attributes are picked from the API first, as the assigned practitioner.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './portal-harness.ts';

interface Attribute {
  key: string;
  label: string;
  own: unknown;
  rolledUp?: unknown;
  restricted?: boolean;
}

let harness: Harness;
let account: { id: string; name: string };
let rollup: Attribute;
let restricted: Attribute;

/** A GET on the successkit API as a persona (token minted by the portal's backend). */
async function api<T>(persona: string, path: string): Promise<T> {
  const session = (await (await fetch(`${harness.base}/portal-api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) })).json()) as { token: string };
  const response = await fetch(`${harness.base}${path}`, { headers: { authorization: `Bearer ${session.token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const shown = (value: unknown) => value !== null && value !== undefined && value !== '';

beforeAll(async () => {
  harness = await startHarness();
  // An account of the practitioner's portfolio with a rolled-up value that differs from its own
  // value, and a restricted attribute with a value (the synthetic data has both).
  const portfolio = await api<{ items: Array<{ account: { id: string; name: string } }> }>('practitioner', '/v1/portfolio?limit=500');
  expect(portfolio.items.length).toBeGreaterThan(0);
  for (const item of portfolio.items) {
    const profile = await api<{ attributes: Attribute[] }>('practitioner', `/v1/accounts/${encodeURIComponent(item.account.id)}`);
    const rolled = profile.attributes.find((a) => shown(a.own) && shown(a.rolledUp) && a.rolledUp !== a.own && !a.restricted);
    const secret = profile.attributes.find((a) => a.restricted && shown(a.own));
    if (rolled && secret) {
      account = item.account;
      rollup = rolled;
      restricted = secret;
      break;
    }
  }
  expect(account, 'no portfolio account with a rolled-up value and a restricted attribute').toBeDefined();
}, 180_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await harness.screenshotLast(`failed-profile-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await harness?.stop();
});

/** Finds `name` with the portal's "Find any account" search (GET /v1/accounts?q=) and opens it. */
async function findAndOpen(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
  await page.getByLabel('Account name').fill(name);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /accounts match/ }).waitFor();
  await page.locator('ul.found').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true, level: 2 }).first().waitFor();
}

/** Chooses a tab of the profile and waits until nothing in its panel is loading. */
async function visitTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => page.getByText(/^Loading\b/).count(), { timeout: 15_000 }).toBe(0);
  expect(await page.getByRole('alert').count(), `an error on the ${name} tab`).toBe(0);
}

describe('account profile', () => {
  it('finds an account from the portfolio, visits every tab, searches the attributes, shows own and rolled-up values', async () => {
    const page = await harness.open('practitioner', '/');
    await page.getByRole('heading', { name: 'My accounts' }).waitFor();
    await page.getByLabel('Search accounts').fill(account.name);
    await page.locator('account-portfolio').getByRole('link', { name: account.name, exact: true }).click();
    await page.getByRole('heading', { name: account.name, exact: true, level: 2 }).first().waitFor();

    await visitTab(page, 'Overview');
    for (const title of ['Key information', 'Recent changes', 'Tasks', 'Account team', 'Contacts']) await page.getByRole('heading', { name: title, exact: true }).waitFor();
    await visitTab(page, 'Timeline');
    await page.getByRole('heading', { name: 'Timeline', exact: true }).waitFor();
    await visitTab(page, 'Usage');
    await page.locator('account-usage figure.active-users svg').waitFor();
    await page.getByRole('heading', { name: 'Support tickets', exact: true }).waitFor();
    await visitTab(page, 'Assets');
    await page.getByRole('heading', { name: 'Documents and links', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Records', exact: true }).waitFor();
    for (const link of await page.locator('account-assets ul.assets a').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    await visitTab(page, 'Health');
    await page.getByRole('heading', { name: /^Account health/ }).waitFor();
    await visitTab(page, 'Hierarchy');
    await page.getByRole('tree').waitFor();

    await visitTab(page, 'All attributes');
    const attributes = page.locator('account-attributes');
    const rows = attributes.locator('tbody tr:visible');
    const before = await rows.count();
    await attributes.getByLabel('Search attributes').fill(rollup.label);
    await expect.poll(() => rows.count()).toBeLessThan(before);
    const row = attributes.locator(`tr[data-key="${rollup.key}"]`);
    await row.waitFor();
    const own = (await row.locator('td.own').textContent())!.trim();
    const rolled = (await row.locator('td.rolled').textContent())!.trim();
    expect(own).not.toBe('');
    expect(rolled).not.toBe('');
    expect(rolled).not.toBe(own);
    await attributes.getByLabel('Search attributes').fill('');
    await expect.poll(() => rows.count()).toBe(before);
  });

  it('shows a restricted attribute to the assigned practitioner, and not to a practitioner assigned to no account', async () => {
    const assigned = await harness.open('practitioner', '/');
    await findAndOpen(assigned, account.name);
    await visitTab(assigned, 'All attributes');
    const secret = assigned.locator(`account-attributes tr[data-key="${restricted.key}"]`);
    await secret.waitFor();
    await expect.poll(() => secret.getByText('Restricted', { exact: true }).count()).toBe(1);

    const outsider = await harness.open('unassigned', '/');
    await outsider.getByText(/assigned to 0 accounts/).waitFor();
    await findAndOpen(outsider, account.name);
    await visitTab(outsider, 'All attributes');
    const attributes = outsider.locator('account-attributes');
    await attributes.locator(`tr[data-key="${rollup.key}"]`).waitFor({ state: 'attached' });
    expect(await attributes.locator(`tr[data-key="${restricted.key}"]`).count()).toBe(0);
    expect(await attributes.getByText('Restricted', { exact: true }).count()).toBe(0);
  });
});
