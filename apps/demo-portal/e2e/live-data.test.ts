/**
 * End-to-end, live data: with the demo portal open in a real Chromium against the real server,
 * a host's backend ingests changes over HTTP with a service key (`POST /v1/ingest`) and the
 * portal's views move on their own — the parent's rolled-up renewal date on its profile, the
 * member's activity in the team spotlight — and the account summary then says the data changed
 * since it was generated, with Refresh, which brings a summary without the notice.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './portal-harness.ts';

let harness: Harness;
let key = '';
let token = '';

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${harness.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

async function ingest(batch: unknown): Promise<number> {
  const response = await fetch(`${harness.base}/v1/ingest`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(batch),
  });
  const body = (await response.json()) as { seq: number };
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body.seq;
}

interface Profile {
  account: { id: string; name: string; typeId: string; parentId: string | null; childCount: number };
}

beforeAll(async () => {
  harness = await startHarness();
  key = await harness.serviceKey('e2e');
  const session = await fetch(`${harness.base}/portal-api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'practitioner' }) });
  token = ((await session.json()) as { token: string }).token;
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await harness.screenshotLast(`failed-live-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await harness?.stop();
});

describe('demo portal, live data', () => {
  it('moves the profile rollup when a child changes, and the summary says the data changed', async () => {
    // A parent of the practitioner's portfolio and one of its children.
    const { items } = await api<{ items: Array<{ account: { id: string } }> }>('/v1/portfolio?sort=contractValue&order=desc');
    let parent: Profile | null = null;
    for (const item of items) {
      const profile = await api<Profile>(`/v1/accounts/${encodeURIComponent(item.account.id)}`);
      if (profile.account.childCount > 0) {
        parent = profile;
        break;
      }
    }
    expect(parent).not.toBeNull();
    const { children } = await api<{ children: Array<{ id: string }> }>(`/v1/accounts/${encodeURIComponent(parent!.account.id)}/children`);
    const child = await api<Profile>(`/v1/accounts/${encodeURIComponent(children[0]!.id)}`);

    const page = await harness.open('practitioner', `/?live=1#/accounts/${encodeURIComponent(parent!.account.id)}`);
    await page.getByRole('heading', { name: parent!.account.name, exact: true, level: 2 }).first().waitFor();
    const profile = page.locator('account-profile');
    await profile.getByText('With child accounts').first().waitFor();
    const renewal = /Jul 19, 2031|19 Jul 2031/;
    expect(await profile.getByText(renewal).count()).toBe(0);

    // The summary, generated before the change.
    await page.getByRole('button', { name: 'Account Summary' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Overview', exact: true }).waitFor();
    expect(await dialog.getByText('Data changed since this summary was generated').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The host's backend pushes a renewal far out on the child: the parent's "latest" rollup follows.
    const { id, name, typeId, parentId } = child.account;
    await ingest({ upserts: { accounts: [{ id, name, typeId, parentId, attributes: { renewalDate: '2031-07-19' } }] } });
    await profile.getByText(renewal).first().waitFor({ timeout: 20_000 });
    await harness.screenshot(page, 'live-data-profile');

    await page.getByRole('button', { name: 'Account Summary' }).click();
    const notice = dialog.getByText(/^Data changed since this summary was generated: 1 change, the latest/);
    await notice.waitFor();
    await harness.screenshot(page, 'live-data-summary-changed');
    const before = harness.modelCalls();
    await dialog.getByRole('button', { name: 'Refresh' }).first().click();
    await expect.poll(() => harness.modelCalls(), { timeout: 20_000 }).toBe(before + 1);
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(0);
  });

  it('moves the team spotlight when touchpoints are ingested', async () => {
    const spotlight = await api<{ members: Array<{ userId: string; name: string; activityVolume: { value: number } }> }>('/v1/team-spotlight?role=CSM&period=30');
    const member = spotlight.members[0]!;
    const { items: accounts } = await api<{ items: Array<{ accountId: string }> }>(`/v1/team-spotlight/members/${encodeURIComponent(member.userId)}/accounts?role=CSM&period=30`);
    expect(accounts.length).toBeGreaterThan(0);
    const page = await harness.open('practitioner', '/?live=1#/console');
    await page.getByRole('heading', { name: 'Executive console' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(member.name) }).first();
    await row.waitFor();

    const at = new Date(Date.now() - 60_000).toISOString();
    const added = 37;
    const touchpoints = Array.from({ length: added }, (_, i) => ({ id: `e2e-tp-${i}`, accountId: accounts[i % accounts.length]!.accountId, userId: member.userId, flow: 'adoption', type: 'call', at }));
    await ingest({ upserts: { touchpoints } });
    const expected = member.activityVolume.value + added;
    const after = await api<{ members: Array<{ userId: string; activityVolume: { value: number } }> }>('/v1/team-spotlight?role=CSM&period=30');
    expect(after.members.find((m) => m.userId === member.userId)!.activityVolume.value).toBe(expected);
    const shown = expected.toLocaleString('en-US');
    await expect.poll(async () => (await row.innerText()).includes(shown), { timeout: 20_000 }).toBe(true);
    await harness.screenshot(page, 'live-data-spotlight');
  });
});
