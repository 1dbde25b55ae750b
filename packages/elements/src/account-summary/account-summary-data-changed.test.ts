/**
 * `<account-summary>` when the account's data changed after its summary was written
 * (`dataChangedSince` in the answer): the notice with how many changes and when, a Refresh
 * beside it only for seats that may refresh, refreshing from it, and no notice otherwise.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.ts';
import type { AccountSummary } from './account-summary.ts';
import { accountFor, advanceJob, makeToken, stubAccount, until } from './account-summary.test-helpers.ts';

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function openSummary(scenario: string, token = makeToken()): Promise<{ el: AccountSummary; accountId: string }> {
  const accountId = accountFor(scenario);
  const el = await fixture<AccountSummary>(html`<account-summary account-id=${accountId} api-base=${location.origin} theme="light"></account-summary>`);
  el.token = token;
  el.show();
  await until(() => $(el, '.kpis'), 'the summary');
  return { el, accountId };
}

describe('<account-summary> data changed since the summary', () => {
  it('says how many changes and when, with Refresh for a contributor, and is accessible', async () => {
    const { el } = await openSummary('moved');
    expect(text($(el, '.changed'))).to.equal('Data changed since this summary was generated: 3 changes, the latest 5 minutes ago.');
    expect(text($(el, '.refresh-changed'))).to.equal('Refresh');
    expect($(el, '[part="data-changed"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refreshes from the notice, which goes once the new summary is in', async () => {
    const { el, accountId } = await openSummary('moved');
    $(el, '.refresh-changed')!.click();
    const { jobId } = await until(async () => {
      const account = await stubAccount(accountId);
      return account.jobId && account.listeners > 0 ? account : null;
    }, 'following the refresh job');
    expect($(el, '.refresh-changed'), 'no second refresh while one runs').to.equal(null);
    await advanceJob(jobId!, 99);
    await until(() => !$(el, '.progress') && $(el, '.kpis'), 'the new summary');
    // The answer for the new summary (read again on reopening) carries no change.
    el.close();
    el.show();
    await until(() => $(el, '.kpis') && !$(el, '.data-changed'), 'the notice gone');
    expect($(el, '.changed')).to.equal(null);
  });

  it('shows the notice without Refresh to a viewer', async () => {
    const { el } = await openSummary('moved', makeToken({ seat: 'viewer' }));
    expect(text($(el, '.changed'))).to.match(/^Data changed since this summary was generated: 3 changes/);
    expect($(el, '.refresh-changed')).to.equal(null);
    expect($(el, '.refresh')).to.equal(null);
  });

  it('shows nothing when the data did not change', async () => {
    const { el } = await openSummary('fresh');
    expect($(el, '.data-changed')).to.equal(null);
  });
});
