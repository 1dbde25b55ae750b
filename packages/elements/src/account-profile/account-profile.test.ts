import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AccountProfileElement } from './account-profile.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const tabs = (el: Element) => $$(el, '[role=tab]');
const selected = (el: Element) => $(el, '[role=tab][aria-selected=true]')!.dataset.tab;

async function show(scenario: string, id = 'acme-1-1-1', extra = html``): Promise<AccountProfileElement> {
  const el = await fixture<AccountProfileElement>(html`<account-profile api-base=${base(scenario)} account-id=${id}>${extra}</account-profile>`);
  await waitUntil(() => $(el, 'h2#title') && !$(el, '.profile-head [role=status]'), 'header still loading', { timeout: 4000 });
  return el;
}

describe('<account-profile>', () => {
  it('shows the header: breadcrumb to the ultimate parent, name, type, health and lifecycle stages', async () => {
    const el = await show('full');
    expect($$(el, '.crumbs li').map((li) => li.textContent!.trim())).to.deep.equal(['Acme Group', 'Acme Cloud', 'Acme Cloud EMEA']);
    expect($(el, 'h2#title')!.textContent).to.equal('Acme Cloud EMEA Core');
    expect($(el, '.badge.type')!.textContent).to.equal('Product');
    expect($(el, '.health .badge')!.textContent).to.match(/^\d+ of 100, (Poor|Average|Good)$/);
    expect($$(el, '.stage').map((s) => s.textContent)).to.deep.equal(['Journey: Adopt', 'Onboarding: Go-live']);
    await expect(el).to.be.accessible();
  });

  it('composes key info, changes, tasks, team and contacts on the Overview, with its own connection', async () => {
    const el = await show('full');
    expect(selected(el)).to.equal('overview');
    const parts = ['account-key-info', 'account-changes', 'account-tasks', 'account-team', 'account-contacts'];
    for (const tag of parts) {
      const part = $<HTMLElement & { accountId: string; apiBase: string }>(el, `#panel ${tag}`)!;
      expect(part, tag).to.not.equal(null);
      expect(part.accountId).to.equal('acme-1-1-1');
      expect(part.apiBase).to.equal(base('full'));
    }
    const team = $(el, 'account-team')!;
    await waitUntil(() => team.shadowRoot!.querySelectorAll('tbody tr').length === 3, 'team did not load');
  });

  it('switches tabs by click and by arrow keys, rendering each tab when chosen, and fires sk-tab-change', async () => {
    const el = await show('full');
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(['Overview', 'All attributes', 'Timeline', 'Usage', 'Assets']);
    expect($(el, 'account-attributes')).to.equal(null);
    const changed = oneEvent(el, 'sk-tab-change');
    tabs(el)[1]!.click();
    expect((await changed).detail).to.deep.equal({ tab: 'attributes' });
    await el.updateComplete;
    expect($(el, '#panel account-attributes')).to.not.equal(null);
    expect($(el, '#panel')!.getAttribute('aria-labelledby')).to.equal('tab-attributes');

    tabs(el)[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected(el)).to.equal('timeline');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-tab=timeline]'));
    expect($(el, '#panel account-timeline')).to.not.equal(null);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selected(el)).to.equal('assets');
    expect($(el, '#panel account-assets')).to.not.equal(null);
    expect($(el, '#panel account-collections')).to.not.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selected(el)).to.equal('overview');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selected(el)).to.equal('assets');
    el.tab = 'usage';
    await el.updateComplete;
    const usage = $(el, '#panel account-usage')!;
    await waitUntil(() => usage.shadowRoot?.querySelector('svg, table'), 'usage did not load from the profile connection', { timeout: 4000 });
    expect($(el, '#panel account-support')).to.not.equal(null);
    expect(tabs(el).filter((t) => t.tabIndex === 0).map((t) => t.dataset.tab)).to.deep.equal(['usage']);
  });

  it('adds host tabs from the tab slot and host links next to the tabs (http(s) only)', async () => {
    const el = await show('full', 'acme-1', html`<div slot="tab" data-label="Billing"><p>Invoices</p></div>`);
    el.links = [
      { label: 'CRM', url: 'https://crm.example.com/acme' },
      { label: 'Bad', url: 'javascript:alert(1)' },
    ];
    await el.updateComplete;
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal(['Overview', 'All attributes', 'Timeline', 'Usage', 'Assets', 'Billing']);
    const billing = el.querySelector<HTMLElement>('[slot=tab]')!;
    expect(billing.hidden).to.equal(true);
    $<HTMLButtonElement>(el, '[data-tab=host-1]')!.click();
    await el.updateComplete;
    expect(billing.hidden).to.equal(false);
    expect($(el, '#panel')!.hidden).to.equal(true);
    const links = $$<HTMLAnchorElement>(el, '.links a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://crm.example.com/acme', '#']);
    expect(links[0]!.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  it('opens a parent from the breadcrumb unless the host cancels sk-account-select', async () => {
    const el = await show('full');
    const chosen = oneEvent(el, 'sk-account-select');
    $$<HTMLButtonElement>(el, '.crumbs button')[1]!.click();
    expect((await chosen).detail).to.deep.equal({ accountId: 'acme-1', name: 'Acme Cloud' });
    await waitUntil(() => $(el, 'h2#title')?.textContent === 'Acme Cloud', 'did not open the parent');
    el.addEventListener('sk-account-select', (e) => e.preventDefault(), { once: true });
    $$<HTMLButtonElement>(el, '.crumbs button')[0]!.click();
    await el.updateComplete;
    expect(el.accountId).to.equal('acme-1');

    const linked = await fixture<AccountProfileElement>(
      html`<account-profile api-base=${base('full')} account-id="acme-1-1" href-template="#/accounts/{id}"></account-profile>`,
    );
    await waitUntil(() => $$(linked, '.crumbs a').length === 2, 'no links');
    expect($$<HTMLAnchorElement>(linked, '.crumbs a').map((a) => a.getAttribute('href'))).to.deep.equal(['#/accounts/acme', '#/accounts/acme-1']);
  });

  it('is accessible in the dark theme and gives the theme to its parts', async () => {
    const el = await show('full');
    el.theme = 'dark';
    await el.updateComplete;
    expect($(el, 'account-key-info')!.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('shows a root without breadcrumb, no health and no stages (empty profile)', async () => {
    const el = await show('empty', 'acme');
    expect($(el, '.crumbs')).to.equal(null);
    expect($(el, '.health')!.textContent!.trim()).to.equal('No health score');
    expect($(el, '.stages')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says it is loading, shows an error with Retry, and asks for an account', async () => {
    const loading = await fixture<AccountProfileElement>(html`<account-profile api-base=${base('hang')} account-id="acme"></account-profile>`);
    expect($(loading, '.profile-head [role=status]')!.textContent).to.equal('Loading the account…');
    await expect(loading).to.be.accessible();
    const failed = await fixture<AccountProfileElement>(html`<account-profile api-base=${base('error')} account-id="acme"></account-profile>`);
    await waitUntil(() => $(failed, '[role=alert]'), 'no error');
    expect($(failed, '.profile-head [role=alert]')!.textContent).to.contain('The account could not be loaded.');
    await expect(failed).to.be.accessible();
    failed.apiBase = base('full');
    $<HTMLButtonElement>(failed, '.profile-head button.retry')!.click();
    await waitUntil(() => $(failed, 'h2#title')?.textContent === 'Acme Group', 'retry did not load');
    const idle = await fixture<AccountProfileElement>(html`<account-profile api-base=${base('full')}></account-profile>`);
    expect($(idle, '.state')!.textContent).to.contain('account-id');
  });
});
