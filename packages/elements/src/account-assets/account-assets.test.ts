import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountAssetsElement } from './account-assets.ts';
import { safeWebUrl } from './safe-url.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-parts/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function show(scenario: string, id = 'acc-1'): Promise<AccountAssetsElement> {
  const el = await fixture<AccountAssetsElement>(html`<account-assets api-base=${base(scenario)} account-id=${id}></account-assets>`);
  await waitUntil(() => !$(el, '[role=status].state'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-assets>', () => {
  it('lists documents and links; only http(s) URLs become links, opening safely in a new tab', async () => {
    const el = await show('ok');
    const items = $$(el, 'ul.assets li');
    expect(items).to.have.length(4);
    const links = $$<HTMLAnchorElement>(el, 'ul.assets a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://docs.example.com/plans/fy27', 'https://docs.example.com/qbr/q3.pdf', 'http://status.customer.example/']);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    const unsafe = items[3]!;
    expect(unsafe.querySelector('a')).to.equal(null);
    expect(unsafe.textContent).to.contain('Suspicious link');
    expect(unsafe.textContent).to.contain('not linked');
    expect(items[0]!.textContent).to.contain('by Mira Patel');
    expect(items[0]!.querySelector('.kind')!.textContent).to.equal('Document');
    await expect(el).to.be.accessible();
  });

  it('filters by kind', async () => {
    const el = await show('ok');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'link';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, 'ul.assets li')).to.have.length(2);
    expect($(el, '.count')!.textContent).to.equal('2 of 4 items');
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(safeWebUrl('https://a.example/x?y=1')).to.equal('https://a.example/x?y=1');
    expect(safeWebUrl('HTTP://A.example')).to.equal('http://a.example/');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'ftp://x.example', 'not a url', 'vbscript:x'])
      expect(safeWebUrl(bad), bad).to.equal(null);
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing, with an empty slot the host can fill', async () => {
    const el = await show('empty');
    expect($(el, '.empty')!.textContent!.trim()).to.equal('No documents or links for this account yet.');
    await expect(el).to.be.accessible();
    const custom = await fixture<AccountAssetsElement>(html`<account-assets api-base=${base('empty')} account-id="acc-1"><p slot="empty">Add one in the CRM.</p></account-assets>`);
    await waitUntil(() => $(custom, '.empty'), 'no empty state');
    const slot = $<HTMLSlotElement>(custom, 'slot[name=empty]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Add one in the CRM.');
  });

  it('says it is loading, then shows an error with Retry that loads again', async () => {
    const loading = await fixture<AccountAssetsElement>(html`<account-assets api-base=${base('hang')} account-id="acc-1"></account-assets>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading documents and links…');
    await expect(loading).to.be.accessible();

    const el = await show('fail-once-assets');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    $(el, 'button.retry')!.click();
    await waitUntil(() => $(el, 'ul.assets'), 'retry did not load');
  });

  it('asks for an account when account-id is missing', async () => {
    const el = await fixture<AccountAssetsElement>(html`<account-assets api-base=${base('ok')}></account-assets>`);
    expect($(el, '.state')!.textContent).to.contain('account-id');
  });
});
