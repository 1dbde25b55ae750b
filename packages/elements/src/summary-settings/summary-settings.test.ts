/**
 * `<summary-settings>` in headless Chromium against the stub API: loading, KPI order by keyboard
 * alone and by drag and drop, the limits (4 KPIs, 10 unmasked attributes) and the warning,
 * categories, ignore list, the preview rendered as text, Save with the server's validation
 * messages, Cancel, a non-admin token, an expired token, and accessibility in every state.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.ts';
import type { SummarySettings } from './summary-settings.ts';
import { expiredToken, makeToken, until } from '../account-summary/account-summary.test-helpers.ts';

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const kpis = (el: HTMLElement) => $$(el, '.kpi-label').map((k) => text(k));
const checkbox = (el: HTMLElement, name: string) => $(el, `input[name="${name}"]`) as HTMLInputElement;
const live = (el: HTMLElement) => text($(el, 'form > [role="status"]'));

async function mount(token = makeToken({ admin: true, tenant: `t-${Math.random()}` }), theme = 'light'): Promise<SummarySettings> {
  const el = await fixture<SummarySettings>(html`<summary-settings .token=${token} api-base=${location.origin} theme=${theme}></summary-settings>`);
  await until(() => $(el, 'form'), 'the settings form');
  return el;
}

async function toggle(el: HTMLElement, name: string): Promise<void> {
  checkbox(el, name).click();
  await (el as SummarySettings).updateComplete;
}

describe('<summary-settings>', () => {
  it('loads the configuration and is accessible, in light and dark', async () => {
    const el = await mount();
    expect(kpis(el)).to.deep.equal(['ARR', 'Active users']);
    expect(checkbox(el, 'category-custom').checked).to.equal(false);
    expect(checkbox(el, 'ignore-region').checked).to.equal(true);
    expect(checkbox(el, 'include-notes').disabled, 'restricted attributes are never sent').to.equal(true);
    expect(text($(el, '[part="warning"]'))).to.contain('sent to the AI model unmasked');
    await expect(el).to.be.accessible();
    const dark = await mount(undefined, 'dark');
    await expect(dark).to.be.accessible();
  });

  it('reorders KPIs by keyboard alone, keeping focus on the moved KPI and announcing it', async () => {
    const el = await mount();
    const down = $(el, 'li[data-key="arr"] .down')!;
    down.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => kpis(el)[0] === 'Active users', 'the move');
    expect(kpis(el)).to.deep.equal(['Active users', 'ARR']);
    expect(el.shadowRoot!.activeElement, 'focus follows the moved KPI').to.equal($(el, 'li[data-key="arr"] .up'));
    await until(() => live(el) === 'ARR moved to position 2 of 2.', 'the announcement');
    await sendKeys({ press: 'Space' });
    await until(() => kpis(el)[0] === 'ARR', 'the move back');
  });

  it('reorders KPIs by drag and drop', async () => {
    const el = await mount();
    const [first, second] = $$(el, 'li.kpi');
    const data = new DataTransfer();
    first!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
    second!.dispatchEvent(over);
    expect(over.defaultPrevented, 'KPIs accept drops').to.equal(true);
    second!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(kpis(el)).to.deep.equal(['Active users', 'ARR']);
  });

  it('adds KPIs up to four, then blocks adding until one is removed', async () => {
    const el = await mount();
    const select = $(el, '#add-kpi') as HTMLSelectElement;
    for (const key of ['health', 'nps']) {
      select.value = key;
      $(el, '.add')!.click();
      await el.updateComplete;
    }
    expect(kpis(el)).to.deep.equal(['ARR', 'Active users', 'Health score', 'NPS']);
    expect(select.disabled).to.equal(true);
    expect(text($(el, '.kpis .help:last-child'))).to.equal('Four KPIs chosen: remove one to add another.');
    await expect(el).to.be.accessible();
    $(el, 'li[data-key="health"] .remove')!.click();
    await el.updateComplete;
    expect(kpis(el)).to.deep.equal(['ARR', 'Active users', 'NPS']);
    expect(select.disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(select);
  });

  it('limits unmasked attributes to ten, toggles categories, and saves', async () => {
    const el = await mount();
    await toggle(el, 'category-custom');
    for (let i = 1; i <= 9; i++) await toggle(el, `include-custom${i}`);
    await toggle(el, 'include-ownerEmail');
    expect(text($(el, '.count'))).to.equal('10 of 10 chosen');
    expect(checkbox(el, 'include-plan').disabled).to.equal(true);
    expect(checkbox(el, 'include-custom1').disabled, 'chosen ones can still be unchecked').to.equal(false);
    expect(text(checkbox(el, 'include-ownerEmail').parentElement)).to.contain('(personal data)');
    const saved = oneEvent(el, 'sk-config-saved');
    $(el, '.save')!.click();
    const { detail } = await saved;
    expect(detail.version).to.equal(2);
    expect(detail.config.categories.custom).to.equal(true);
    expect(detail.config.includeAttributes).to.have.length(10);
    await until(() => live(el) === 'Saved. New summaries use version 2.', 'the confirmation');
  });

  it('shows the server’s validation messages when Save is refused', async () => {
    const el = await mount();
    await toggle(el, 'include-region');
    $(el, '.save')!.click();
    const errors = await until(() => $(el, '.errors'), 'the validation messages');
    expect(text(errors)).to.equal('The settings were not saved: Attributes to ignore: "region" cannot be both included and ignored');
    expect(el.shadowRoot!.activeElement, 'focus moves to the messages').to.equal(errors);
    await expect(el).to.be.accessible();
  });

  it('previews exactly what would leave the server, as text', async () => {
    const el = await mount();
    await toggle(el, 'include-plan');
    ($(el, '#preview-account') as HTMLInputElement).value = 'acc-42';
    $(el, '.preview-button')!.click();
    await until(() => $(el, '.preview pre'), 'the preview');
    expect(text($(el, '.preview p'))).to.equal('About 321 tokens.');
    const user = $$(el, '.preview .message pre')[1]!;
    expect(user.textContent).to.equal('{"account":"ACCOUNT_1","attributes":{"plan":"<b>plan</b>"},"kpis":["arr","activeUsers"]}');
    expect($(el, '.preview b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('cancels: the draft goes back to the saved settings and sk-config-cancelled fires', async () => {
    const el = await mount();
    $(el, 'li[data-key="arr"] .remove')!.click();
    await toggle(el, 'enabled');
    const cancelled = oneEvent(el, 'sk-config-cancelled');
    $(el, '.cancel')!.click();
    await cancelled;
    await el.updateComplete;
    expect(kpis(el)).to.deep.equal(['ARR', 'Active users']);
    expect(checkbox(el, 'enabled').checked).to.equal(true);
  });

  it('says so when the token is not an admin’s', async () => {
    const el = await fixture<SummarySettings>(html`<summary-settings></summary-settings>`);
    el.token = makeToken({ seat: 'practitioner' });
    el.apiBase = location.origin;
    const failure = await until(() => $(el, '.failure'), 'the error');
    expect(text(failure)).to.equal('Could not load the summary settings. Configuring summaries needs the admin permission. Retry');
    await expect(el).to.be.accessible();
  });

  it('asks for a fresh token when it expired, then loads', async () => {
    const el = await fixture<SummarySettings>(html`<summary-settings></summary-settings>`);
    el.token = expiredToken();
    const expired = oneEvent(el, 'sk-token-expired');
    el.apiBase = location.origin;
    await expired;
    el.token = makeToken({ admin: true, tenant: `t-${Math.random()}` });
    await until(() => $(el, 'form'), 'the form');
    expect(kpis(el)).to.deep.equal(['ARR', 'Active users']);
  });
});
