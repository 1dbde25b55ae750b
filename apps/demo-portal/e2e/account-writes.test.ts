/**
 * End-to-end, user writes by seat: in the demo portal in a real Chromium against the real
 * server, a contributor logs a touchpoint on one of their uncovered accounts from the Timeline
 * tab and completes a task assigned to them from the Overview; the team spotlight then counts
 * that member's activity +1 with the account covered, and the account's summary (generated
 * before) says the data changed since. A viewer sees no write control on the same account.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './portal-harness.ts';

let harness: Harness;
let key = '';
let token = '';
let userId = '';

const api = async <T>(path: string): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${harness.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as T };
};

interface MemberRow {
  userId: string;
  activityVolume: { value: number };
  covered: number;
  notCovered: number;
}

beforeAll(async () => {
  harness = await startHarness();
  key = await harness.serviceKey('e2e-writes');
  const session = await fetch(`${harness.base}/portal-api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'contributor' }) });
  const answer = (await session.json()) as { token: string; user: { id: string; seat: string } };
  expect(answer.user.seat).toBe('contributor');
  token = answer.token;
  userId = answer.user.id;
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await harness.screenshotLast(`failed-writes-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await harness?.stop();
});

/** Chooses a profile tab and waits until nothing in it is loading. */
async function visitTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => page.getByText(/^Loading\b/).count(), { timeout: 15_000 }).toBe(0);
}

describe('demo portal, user writes', () => {
  it('a contributor logs a touchpoint and completes a task; the spotlight and the summary follow; a viewer sees no write control', async () => {
    // A role the contributor holds with an account they have not covered in the period.
    const roles = (await api<{ options: { roles: string[] } }>('/v1/team-spotlight?period=30')).body.options.roles;
    let role = '';
    let member: MemberRow | undefined;
    for (const r of roles) {
      const row = (await api<{ members: MemberRow[] }>(`/v1/team-spotlight?role=${encodeURIComponent(r)}&period=30`)).body.members.find((m) => m.userId === userId);
      if (row && row.notCovered > 0) {
        role = r;
        member = row;
        break;
      }
    }
    expect(member, `the contributor ${userId} has an uncovered account in some role`).toBeDefined();
    const spotlightQuery = `role=${encodeURIComponent(role)}&period=30`;
    const uncovered = (await api<{ items: Array<{ accountId: string; name: string }> }>(`/v1/team-spotlight/members/${encodeURIComponent(userId)}/accounts?${spotlightQuery}&filter=not-covered`)).body.items;
    const account = uncovered[0]!;
    const path = encodeURIComponent(account.accountId);

    // A summary generated before the writes.
    const first = await api<{ state: string; jobId?: string }>(`/v1/accounts/${path}/summary`);
    if (first.body.state === 'generating') {
      await expect.poll(async () => (await api<{ status: string }>(`/v1/jobs/${first.body.jobId}`)).body.status, { timeout: 60_000 }).toBe('succeeded');
    }
    const generated = await api<{ state: string; dataChangedSince: unknown }>(`/v1/accounts/${path}/summary`);
    expect(generated.body.state).toBe('fresh');
    expect(generated.body.dataChangedSince).toBeNull();

    // A task assigned to the contributor, pushed by the host's backend.
    const title = `E2E follow-up ${Date.now()}`;
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const ingest = await fetch(`${harness.base}/v1/ingest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ upserts: { tasks: [{ id: 'e2e-task-1', accountId: account.accountId, userId, flow: 'renewal', title, dueAt: due, completedAt: null }] } }),
    });
    expect(ingest.status).toBe(200);

    // The contributor logs a touchpoint from the Timeline tab.
    const page = await harness.open('contributor', `/#/accounts/${path}`);
    await page.getByRole('heading', { name: account.name, exact: true, level: 2 }).first().waitFor();
    await visitTab(page, 'Timeline');
    const timeline = page.locator('account-timeline');
    await timeline.getByRole('button', { name: 'Log touchpoint' }).click();
    const form = timeline.getByRole('form', { name: 'Log touchpoint' });
    await form.getByLabel('Flow').fill('adoption');
    await form.getByLabel('Type').fill('call');
    await form.getByLabel('Subject').fill('E2E check-in');
    await form.getByLabel('Sentiment').selectOption('positive');
    await form.getByRole('button', { name: 'Log', exact: true }).click();
    await timeline.getByText('Touchpoint logged.').waitFor();
    await timeline.getByText('E2E check-in').first().waitFor();
    await harness.screenshot(page, 'writes-touchpoint-logged');

    const after = (await api<{ members: MemberRow[] }>(`/v1/team-spotlight?${spotlightQuery}`)).body.members.find((m) => m.userId === userId)!;
    expect(after.activityVolume.value).toBe(member!.activityVolume.value + 1);
    expect(after.covered).toBe(member!.covered + 1);
    const covered = (await api<{ items: Array<{ accountId: string }> }>(`/v1/team-spotlight/members/${encodeURIComponent(userId)}/accounts?${spotlightQuery}&filter=covered`)).body.items;
    expect(covered.map((a) => a.accountId)).toContain(account.accountId);

    // …and completes the task from the Overview.
    await visitTab(page, 'Overview');
    const tasks = page.locator('account-tasks');
    await tasks.getByRole('button', { name: `Complete “${title}”` }).click();
    await tasks.getByText('Task completed.').waitFor();
    const done = (await api<{ tasks: Array<{ id: string; status: string }> }>(`/v1/accounts/${path}/tasks`)).body.tasks.find((t) => t.id === 'e2e-task-1');
    expect(done?.status).toBe('done');

    // The summary says the data changed since it was generated.
    const changed = await api<{ dataChangedSince: { changes: number } | null }>(`/v1/accounts/${path}/summary`);
    expect(changed.body.dataChangedSince?.changes).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Account Summary' }).click();
    await page.getByRole('dialog').getByText(/^Data changed since this summary was generated/).waitFor();

    // A viewer sees no write control on the same account.
    const viewer = await harness.open('viewer', `/#/accounts/${path}`);
    await viewer.getByRole('heading', { name: account.name, exact: true, level: 2 }).first().waitFor();
    await viewer.locator('account-tasks').getByText(title).waitFor();
    expect(await viewer.locator('account-tasks').getByRole('button', { name: /^(Complete|Reopen) / }).count()).toBe(0);
    expect(await viewer.locator('account-tasks').getByRole('form').count()).toBe(0);
    await visitTab(viewer, 'Timeline');
    await viewer.locator('account-timeline').getByText('E2E check-in').first().waitFor();
    expect(await viewer.getByRole('button', { name: 'Log touchpoint' }).count()).toBe(0);
  }, 180_000);
});
