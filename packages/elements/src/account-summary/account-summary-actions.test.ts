/**
 * `<account-summary>` actions: Copy (plain text with headings, announced politely), Like and
 * Dislike (with a reason) firing `sk-feedback`, Refresh and the settings gear shown only when
 * the token (or the `permissions` property) allows, and the whole flow by keyboard alone.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.ts';
import type { AccountSummary } from './account-summary.ts';
import { accountFor, advanceJob, makeToken, stubAccount, until } from './account-summary.test-helpers.ts';

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
const live = (el: HTMLElement) => text($(el, 'dialog > [role="status"]'));

async function openSummary(token = makeToken()): Promise<{ el: AccountSummary; accountId: string }> {
  const accountId = accountFor('fresh');
  const el = await fixture<AccountSummary>(html`<account-summary account-id=${accountId} api-base=${location.origin}></account-summary>`);
  el.token = token;
  el.show();
  await until(() => $(el, '.kpis'), 'the summary');
  return { el, accountId };
}

describe('<account-summary> actions', () => {
  let clipboard: string | undefined;
  before(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (clipboard = value) } });
  });
  after(() => delete (navigator as { clipboard?: unknown }).clipboard);

  it('copies the summary as plain text with headings and announces it politely', async () => {
    const { el } = await openSummary();
    const copied = oneEvent(el, 'sk-summary-copied');
    $(el, '.copy')!.click();
    const event = await copied;
    expect(clipboard).to.equal(event.detail.text);
    const lines = clipboard!.split('\n');
    expect(lines.slice(0, 4)).to.deep.equal(['Account summary', '', 'Key figures', 'ARR: $120,000']);
    expect(lines).to.include('Usage & engagement');
    expect(lines).to.include('Recommended next actions');
    expect(lines).to.include('- risks statement two.');
    expect(lines.at(-1)).to.equal('Written by gpt-4.1-mini');
    await until(() => live(el) === 'Summary copied to the clipboard.', 'the announcement');
    expect($(el, 'dialog > [role="status"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('likes, then dislikes with a reason, firing sk-feedback each time', async () => {
    const { el, accountId } = await openSummary();
    const like = $(el, '.like')!;
    const dislike = $(el, '.dislike')!;
    expect(like.getAttribute('aria-pressed')).to.equal('false');
    const liked = oneEvent(el, 'sk-feedback');
    like.click();
    expect((await liked).detail).to.deep.include({ accountId, vote: 'up', reason: null });
    await el.updateComplete;
    expect(like.getAttribute('aria-pressed')).to.equal('true');

    dislike.click();
    await until(() => $(el, 'textarea'), 'the reason form');
    expect(dislike.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'textarea'));
    await expect(el).to.be.accessible();
    ($(el, 'textarea') as HTMLTextAreaElement).value = 'Too vague on risks';
    const disliked = oneEvent(el, 'sk-feedback');
    $(el, '.dislike-form button[type="submit"]')!.click();
    expect((await disliked).detail).to.deep.include({ vote: 'down', reason: 'Too vague on risks' });
    await el.updateComplete;
    expect(dislike.getAttribute('aria-pressed')).to.equal('true');
    expect(like.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, 'textarea')).to.equal(null);
    expect((await stubAccount(accountId)).votes).to.deep.equal([{ vote: 'up' }, { vote: 'down', reason: 'Too vague on risks' }]);
  });

  it('dislikes without a reason', async () => {
    const { el, accountId } = await openSummary();
    $(el, '.dislike')!.click();
    await until(() => $(el, 'textarea'), 'the reason form');
    const disliked = oneEvent(el, 'sk-feedback');
    $(el, '.dislike-form button[type="button"]')!.click();
    expect((await disliked).detail.reason).to.equal(null);
    expect((await stubAccount(accountId)).votes).to.deep.equal([{ vote: 'down' }]);
  });

  it('shows Refresh only when the token allows, and follows the new job', async () => {
    const viewer = await openSummary(makeToken({ seat: 'viewer' }));
    expect($(viewer.el, '.refresh')).to.equal(null);
    expect($(viewer.el, '.gear')).to.equal(null);
    const narrowed = await openSummary(makeToken({ seat: 'contributor', permissions: ['summary:read'] }));
    expect($(narrowed.el, '.refresh'), 'a permissions claim narrows the seat').to.equal(null);

    const { el, accountId } = await openSummary(makeToken({ seat: 'contributor' }));
    $(el, '.refresh')!.click();
    await until(() => $(el, '.progress'), 'the progress');
    expect($(el, '.refresh'), 'no second refresh while one runs').to.equal(null);
    expect(text($(el, '.note'))).to.equal('Previous summary, shown while a new one is written');
    const { jobId } = await until(async () => {
      const state = await stubAccount(accountId);
      return state.listeners > 0 && state;
    }, 'following the refresh job');
    await advanceJob(jobId!, 99);
    await until(() => !$(el, '.progress') && $$(el, '.kpi').length === 4, 'the new summary');
    expect(text($(el, '.meta'))).to.match(/^Generated (now|\d+ seconds? ago)/);
  });

  it('lets a `permissions` property decide instead of the token', async () => {
    const { el } = await openSummary(makeToken({ seat: 'viewer' }));
    el.permissions = { refresh: true, configure: true };
    await el.updateComplete;
    expect($(el, '.refresh')).to.not.equal(null);
    expect($(el, '.gear')).to.not.equal(null);
  });

  it('opens <summary-settings> from the gear for admins only, and comes back on Cancel', async () => {
    const { el } = await openSummary(makeToken({ seat: 'practitioner', admin: true, tenant: `t-${Math.random()}` }));
    $(el, '.gear')!.click();
    const settings = await until(() => el.shadowRoot!.querySelector('summary-settings'), 'the settings');
    expect(text($(el, 'h2'))).to.equal('Summary settings');
    await until(() => settings.shadowRoot?.querySelector('form'), 'the settings form');
    await expect(el).to.be.accessible();
    settings.shadowRoot!.querySelector<HTMLElement>('.cancel')!.click();
    await until(() => $(el, '.kpis'), 'back to the summary');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.gear'));
  });

  it('works by keyboard alone: open, like, close', async () => {
    const accountId = accountFor('fresh');
    const el = await fixture<AccountSummary>(html`<account-summary account-id=${accountId} api-base=${location.origin}></account-summary>`);
    el.token = makeToken({ seat: 'contributor' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.trigger'));
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.kpis'), 'the summary');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.close'));
    // From the close button: Tab cycles into the body; Shift+Tab walks back through the actions.
    await shiftTab();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.refresh'));
    await shiftTab();
    await shiftTab();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.like'));
    const liked = oneEvent(el, 'sk-feedback');
    await sendKeys({ press: 'Space' });
    expect((await liked).detail.vote).to.equal('up');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.open, 'closed');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.trigger'));
    expect((await stubAccount(accountId)).votes).to.deep.equal([{ vote: 'up' }]);
  });
});
