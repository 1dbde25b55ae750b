/**
 * `<account-summary>` while a summary is written: stages and elapsed time, sections as they
 * stream, closing without cancelling, resuming on reopen, failures with the last good summary,
 * Retry, and an expired token renewed by the host.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.ts';
import type { AccountSummary } from './account-summary.ts';
import { accountFor, advanceJob, expiredToken, makeToken, stubAccount, until } from './account-summary.test-helpers.ts';

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(scenario: string, token = makeToken()): Promise<{ el: AccountSummary; accountId: string }> {
  const accountId = accountFor(scenario);
  const el = await fixture<AccountSummary>(html`<account-summary account-id=${accountId} api-base=${location.origin}></account-summary>`);
  el.token = token;
  return { el, accountId };
}

describe('<account-summary> generating', () => {
  it('shows the stage, elapsed time and sections as they stream, then the summary', async () => {
    const { el, accountId } = await mount('gen');
    el.show();
    const { jobId } = await until(async () => {
      const state = await stubAccount(accountId);
      return state.listeners > 0 && state;
    }, 'the element to follow the job');
    await until(() => $(el, '.progress'), 'progress');
    expect(text($(el, '.stage-now'))).to.equal('Waiting to start…');
    // The stub counts the listener before the element has read the stream's first (`job`) event.
    const elapsedSeconds = () => {
      const [minutes, seconds] = text($(el, '.elapsed')).split(':').map(Number);
      return minutes! * 60 + seconds!;
    };
    await until(() => elapsedSeconds() >= 5, 'the elapsed time to count from the job’s creation (5 s before the stub answered)');
    await expect(el).to.be.accessible();

    await advanceJob(jobId!, 3);
    await until(() => text($(el, '[aria-current="step"]')) === 'Writing', 'the writing stage');
    expect($$(el, '.stages li').map((li) => li.dataset.state)).to.deep.equal(['done', 'done', 'current', 'todo']);
    expect(text($(el, '.stage-now'))).to.equal('Writing…');

    await advanceJob(jobId!, 2);
    await until(() => $$(el, 'h3').length === 2, 'two streamed sections');
    expect($$(el, 'h3').map((h) => text(h))).to.deep.equal(['Overview', 'Usage & engagement']);
    expect($(el, '.kpis')).to.equal(null);
    await expect(el).to.be.accessible();

    const loaded = oneEvent(el, 'sk-summary-loaded');
    await advanceJob(jobId!, 99);
    await loaded;
    await el.updateComplete;
    expect($(el, '.progress')).to.equal(null);
    expect($$(el, 'h3')).to.have.length(7);
    expect($$(el, '.kpi')).to.have.length(4);
    expect(text($(el, '.meta'))).to.match(/^Generated (now|\d+ seconds? ago) · refreshes in 12 hours$/);
  });

  it('keeps the job running when closed, and shows the finished summary on reopen', async () => {
    const { el, accountId } = await mount('gen');
    el.show();
    const { jobId } = await until(async () => {
      const state = await stubAccount(accountId);
      return state.listeners > 0 && state;
    }, 'following');
    el.close();
    await until(async () => (await stubAccount(accountId)).listeners === 0, 'the stream to close');
    const after = await advanceJob(jobId!, 99);
    expect(after.remaining, 'the job ran to the end without anyone listening').to.equal(0);
    el.show();
    await until(() => $$(el, '.kpi').length === 4, 'the finished summary');
    expect($(el, '.progress')).to.equal(null);
    expect((await stubAccount(accountId)).jobId).to.equal(jobId);
  });

  it('resumes a running job on reopen, with the sections written meanwhile', async () => {
    const { el, accountId } = await mount('gen');
    el.show();
    const { jobId } = await until(async () => {
      const state = await stubAccount(accountId);
      return state.listeners > 0 && state;
    }, 'following');
    await advanceJob(jobId!, 1);
    el.close();
    await until(async () => (await stubAccount(accountId)).listeners === 0, 'the stream to close');
    await advanceJob(jobId!, 5);
    el.show();
    await until(() => $$(el, 'h3').length === 3, 'three sections from the job snapshot');
    expect(text($(el, '[aria-current="step"]'))).to.equal('Writing');
    await advanceJob(jobId!, 99);
    await until(() => $$(el, '.kpi').length === 4, 'the finished summary');
  });

  it('shows a failure with Retry and the last good summary, then recovers', async () => {
    const { el } = await mount('fail');
    el.show();
    await until(() => $(el, '[role="alert"]'), 'the error');
    expect(text($(el, '.error p'))).to.equal('The summary could not be written this time.');
    expect(text($(el, '.note'))).to.equal('Previous summary, shown while a new one is written');
    expect(text($(el, '.meta'))).to.equal('Generated 20 hours ago · expired');
    expect($$(el, '.kpi')).to.have.length(4);
    await expect(el).to.be.accessible();
    $(el, '.error button')!.click();
    await until(() => text($(el, '.meta')) === 'Generated 3 hours ago · refreshes in 9 hours', 'the fresh summary after retry');
    expect($(el, '.error')).to.equal(null);
    expect($(el, '.note')).to.equal(null);
  });

  it('shows an error with Retry when there is no summary yet', async () => {
    const { el } = await mount('error');
    el.show();
    await until(() => $(el, '.error'), 'the error');
    expect(text($(el, '.error p'))).to.equal('The summary service is unavailable. Retry in a moment.');
    expect($(el, '.kpis')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, '.error button')!.click();
    await until(() => $$(el, '.kpi').length === 4, 'the summary after retry');
  });

  it('asks the host for a fresh token when it expired, then retries', async () => {
    const { el } = await mount('expired', expiredToken());
    const expired = oneEvent(el, 'sk-token-expired');
    el.show();
    const event = await expired;
    expect(event.detail.element).to.equal(el);
    expect(event.composed).to.equal(true);
    el.token = makeToken();
    await until(() => $$(el, '.kpi').length === 4, 'the summary with the fresh token');
    expect($(el, '.error')).to.equal(null);
  });
});
