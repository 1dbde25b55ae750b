/**
 * `<account-summary>` in headless Chromium against the stub API: opening and closing the dialog,
 * the summary (KPIs, sections, evidence on hover and focus, age, generator, data-changed note),
 * model output that carries HTML and scripts, and accessibility in each state.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.ts';
import type { AccountSummary } from './account-summary.ts';
import { accountFor, makeToken, until } from './account-summary.test-helpers.ts';

async function openSummary(scenario: string, token = makeToken(), theme = 'light'): Promise<AccountSummary> {
  const el = await fixture<AccountSummary>(html`<account-summary account-id=${accountFor(scenario)} api-base=${location.origin} theme=${theme}></account-summary>`);
  el.token = token;
  el.shadowRoot!.querySelector<HTMLButtonElement>('.trigger')!.click();
  await until(() => el.shadowRoot!.querySelector('.kpis'), 'the summary');
  return el;
}

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<account-summary>', () => {
  it('is a button until opened, and accessible', async () => {
    const el = await fixture<AccountSummary>(html`<account-summary account-id="fresh-x" api-base=${location.origin}></account-summary>`);
    expect(text($(el, '.trigger'))).to.equal('Account Summary');
    expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens a modal dialog with focus inside, showing KPIs, seven sections, age and model', async () => {
    const el = await openSummary('fresh');
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.close'));
    expect($$(el, '.kpi').map((k) => text(k))).to.deep.equal(['ARR$120,000', 'Active users42', 'HealthGood (78)', 'Renewalin 64 days']);
    expect($$(el, 'h3').map((h) => text(h))).to.deep.equal([
      'Overview',
      'Usage & engagement',
      'Interactions',
      'Sentiment',
      'Risks',
      'Renewal',
      'Recommended next actions',
    ]);
    expect(text($(el, '.meta'))).to.equal('Generated 3 hours ago · refreshes in 9 hours');
    expect(text($(el, '.generator'))).to.equal('Written by gpt-4.1-mini');
    expect($(el, '.offline')).to.equal(null);
    expect($(el, '.changed')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens at once with the `open` attribute (as stories and hosts may set it)', async () => {
    const el = await fixture<AccountSummary>(
      html`<account-summary open account-id=${accountFor('fresh')} api-base=${location.origin} .token=${makeToken()}></account-summary>`,
    );
    expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
    await until(() => $(el, '.kpis'), 'the summary');
  });

  it('closes with Escape and with the X button, returning focus to the button', async () => {
    const el = await openSummary('fresh');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.open, 'closed by Escape');
    expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.trigger'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.trigger')!.click();
    await until(() => ($(el, 'dialog') as HTMLDialogElement).open, 'reopened');
    $(el, '.close')!.click();
    await until(() => !el.open, 'closed by X');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.trigger'));
  });

  it('stays open when reopened before the last close’s `close` event arrives', async () => {
    const el = await openSummary('fresh');
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    const lateClose = oneEvent(dialog, 'close');
    el.close();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    el.show();
    await el.updateComplete;
    await lateClose;
    await el.updateComplete;
    expect(el.open, 'the old close event must not close the reopened dialog').to.equal(true);
    expect(dialog.open).to.equal(true);
    await until(() => $(el, '.kpis'), 'the summary again');
  });

  it('shows a statement’s evidence on keyboard focus, dismissible with Escape', async () => {
    const el = await openSummary('fresh');
    const first = $(el, '.statement')!;
    const tooltip = first.querySelector<HTMLElement>('[role="tooltip"]')!;
    expect(getComputedStyle(tooltip).display).to.equal('none');
    // Tab from the last header button into the body reaches the first statement.
    $(el, '.gear, .refresh, .dislike')!.focus();
    for (let i = 0; i < 5 && el.shadowRoot!.activeElement !== first; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(getComputedStyle(tooltip).display).to.equal('block');
    expect(text(tooltip)).to.equal('Based on: Annual recurring revenue: 120,000Active users (30-day mean): 42');
    expect(first.getAttribute('aria-describedby')).to.equal(tooltip.id);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(getComputedStyle(tooltip).display).to.equal('none');
    expect(el.open, 'Escape on a statement hides the evidence, not the dialog').to.equal(true);
  });

  it('shows a statement’s evidence on hover', async () => {
    const el = await openSummary('fresh');
    const second = $$(el, '.statement')[1]!;
    const tooltip = second.querySelector<HTMLElement>('[role="tooltip"]')!;
    const box = second.querySelector('.text')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
    expect(getComputedStyle(tooltip).display).to.equal('block');
    expect(text(tooltip)).to.equal('Based on: Renewal date: 2026-03-06');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('labels the offline generator clearly', async () => {
    const el = await openSummary('offline');
    expect(text($(el, '.offline'))).to.equal('Offline summary: written without AI from the account data.');
    expect($(el, '.generator')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when the data changed since the summary was generated', async () => {
    const el = await openSummary('changed');
    expect(text($(el, '.changed'))).to.equal('Data changed since this summary was generated.');
    await expect(el).to.be.accessible();
  });

  it('renders HTML and script payloads in model output as inert text', async () => {
    const win = window as unknown as { __skXss?: number };
    delete win.__skXss;
    const el = await openSummary('xss');
    const content = $(el, '.content')!;
    expect(content.querySelectorAll('img, script, b, i')).to.have.length(0);
    expect($(el, '.statement .text')!.textContent).to.contain('<img src=x onerror="window.__skXss=1"><script>window.__skXss=1</script>');
    expect(text($(el, '.kpi dd'))).to.equal('<script>window.__skXss=1</script>');
    expect(text($(el, '.evidence .label'))).to.equal('<i>ARR</i>');
    expect(text($(el, '.generator'))).to.equal('Written by gpt <b>bold</b>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__skXss).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await openSummary('fresh', makeToken({ admin: true }), 'dark');
    expect(getComputedStyle($(el, 'dialog')!).backgroundColor).to.equal('rgb(13, 17, 23)');
    await expect(el).to.be.accessible();
  });

  it('takes the API base and token from <successkit-provider>', async () => {
    await import('../successkit-provider/define.ts');
    const provider = await fixture<HTMLElement & { token: string | null }>(
      html`<successkit-provider api-base=${location.origin}><account-summary account-id=${accountFor('fresh')}></account-summary></successkit-provider>`,
    );
    provider.token = makeToken({ seat: 'viewer' });
    const el = provider.querySelector('account-summary')!;
    el.show();
    const loaded = await oneEvent(el, 'sk-summary-loaded');
    expect(loaded.detail.summary.output.kpis).to.have.length(4);
    await el.updateComplete;
    expect($(el, '.refresh'), 'viewers cannot refresh').to.equal(null);
  });
});
