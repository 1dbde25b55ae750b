/**
 * End-to-end: the demo portal in a real Chromium against the real server, as a user would use
 * it — the summary's whole life (generate, copy, like, cache, refresh, permissions, settings),
 * the team spotlight with filters and drill-down, and the hierarchy (a tab of the profile).
 * The account profile itself is in profile.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitUntil, type Harness } from './portal-harness.ts';

const sections = ['Overview', 'Usage & engagement', 'Interactions', 'Sentiment', 'Risks', 'Renewal', 'Recommended next actions'];

let harness: Harness;
let accountId = '';
let accountName = '';

beforeAll(async () => {
  harness = await startHarness();
  // An account of the practitioner's portfolio that has child accounts (for the hierarchy).
  const session = (await (await fetch(`${harness.base}/portal-api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'practitioner' }) })).json()) as { token: string };
  const get = async <T>(path: string) => (await (await fetch(`${harness.base}${path}`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as T;
  const { items } = await get<{ items: Array<{ account: { id: string; name: string } }> }>('/v1/portfolio?sort=contractValue&order=desc');
  let chosen = items[0]!.account;
  for (const item of items) {
    const profile = await get<{ account: { childCount: number } }>(`/v1/accounts/${encodeURIComponent(item.account.id)}`);
    if (profile.account.childCount > 0) {
      chosen = item.account;
      break;
    }
  }
  accountId = chosen.id;
  accountName = chosen.name;
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await harness.screenshotLast(`failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await harness?.stop();
});

async function openSummary(page: Page) {
  await page.getByRole('button', { name: 'Account Summary' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  for (const name of sections) await dialog.getByRole('heading', { name, exact: true }).waitFor();
  return dialog;
}

describe('demo portal', () => {
  it('lists the portfolio with search and sort', async () => {
    const page = await harness.open('practitioner', '/');
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const portfolio = page.locator('account-portfolio');
    await portfolio.getByRole('link', { name: accountName, exact: true }).waitFor();
    await portfolio.getByRole('button', { name: 'Health', exact: true }).click();
    await portfolio.getByRole('columnheader', { name: 'Health' }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    await portfolio.getByRole('button', { name: 'Health', exact: true }).click();
    await portfolio.getByRole('columnheader', { name: 'Health' }).and(page.locator('[aria-sort="descending"]')).waitFor();
    await page.getByLabel('Search accounts').fill(accountName.slice(0, 6));
    await portfolio.getByRole('link', { name: accountName, exact: true }).waitFor();
    await harness.screenshot(page, 'portfolio');
  });

  it('generates a summary with every section, copies it, likes it, and serves it from cache on reopen', async () => {
    const page = await harness.open('practitioner', `/#/accounts/${encodeURIComponent(accountId)}`);
    await page.getByRole('heading', { name: accountName, exact: true, level: 2 }).first().waitFor();
    const before = harness.modelCalls();
    const dialog = await openSummary(page);
    expect(harness.modelCalls()).toBe(before + 1);
    await harness.screenshot(page, 'account-summary');

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await dialog.getByText('Summary copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Overview');
    expect(copied).toContain('Recommended next actions');

    const like = dialog.getByRole('button', { name: 'Helpful', exact: true });
    await like.click();
    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const served = page.waitForResponse((r) => r.url().endsWith(`/v1/accounts/${encodeURIComponent(accountId)}/summary`) && r.request().method() === 'GET');
    await openSummary(page);
    expect((await served).status()).toBe(200);
    expect(harness.modelCalls()).toBe(before + 1);
  });

  it('lets a practitioner refresh the summary', async () => {
    const page = await harness.open('practitioner', `/#/accounts/${encodeURIComponent(accountId)}`);
    const dialog = await openSummary(page);
    const before = harness.modelCalls();
    await dialog.getByRole('button', { name: 'Refresh' }).click();
    await waitUntil(() => harness.modelCalls() === before + 1, 'a new generation');
    await dialog.getByRole('heading', { name: 'Overview', exact: true }).waitFor();
  });

  it('shows a viewer no refresh button', async () => {
    const page = await harness.open('viewer', `/#/accounts/${encodeURIComponent(accountId)}`);
    const dialog = await openSummary(page);
    await dialog.getByRole('button', { name: 'Copy' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Refresh' }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Summary settings' }).count()).toBe(0);
    await harness.screenshot(page, 'viewer-summary');
  });

  it('lets an admin configure the summary and shows the change in the next summary', async () => {
    const page = await harness.open('admin', `/#/accounts/${encodeURIComponent(accountId)}`);
    const dialog = await openSummary(page);
    await dialog.getByRole('button', { name: 'Summary settings' }).click();
    const add = dialog.getByLabel('Add a KPI');
    await add.waitFor();
    await add.selectOption({ label: 'Seats' });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await harness.screenshot(page, 'summary-settings');
    const before = harness.modelCalls();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await add.waitFor({ state: 'detached' });
    if (await dialog.isVisible()) {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    const again = await openSummary(page);
    await waitUntil(() => harness.modelCalls() === before + 1, 'a summary under the new config');
    await again.getByText(/^Seats\b/).first().waitFor();
    await harness.screenshot(page, 'summary-after-settings');
  });

  it('filters the team spotlight and drills down into a member', async () => {
    const page = await harness.open('practitioner', '/#/console');
    await page.getByRole('heading', { name: 'Executive console' }).waitFor();
    const table = page.getByRole('table');
    await table.first().waitFor();
    await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Last 90 days' });
    const member = page.getByRole('button', { name: /^Show the accounts of / }).first();
    await member.waitFor();
    await member.click();
    const tabs = page.getByRole('tablist', { name: 'Account lists' });
    await tabs.waitFor();
    await tabs.getByRole('tab', { name: /Not covered/ }).click();
    await expect.poll(() => tabs.getByRole('tab', { name: /Not covered/ }).getAttribute('aria-selected')).toBe('true');
    await harness.screenshot(page, 'team-spotlight');
  });

  it('expands the account hierarchy', async () => {
    const page = await harness.open('practitioner', `/#/accounts/${encodeURIComponent(accountId)}`);
    await page.getByRole('tab', { name: 'Hierarchy', exact: true }).click();
    const tree = page.getByRole('tree');
    await tree.waitFor();
    const items = tree.getByRole('treeitem');
    await items.first().waitFor();
    const before = await items.count();
    const collapsed = tree.locator('[role="treeitem"][aria-expanded="false"]').first();
    await collapsed.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => items.count()).toBeGreaterThan(before);
    await harness.screenshot(page, 'account-hierarchy');
  });
});
