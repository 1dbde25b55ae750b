import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AccountHierarchyElement } from './account-hierarchy.ts';
import './define.ts';

let counter = 0;
const fresh = (name: string) => `${name}-${Date.now()}-${(counter += 1)}`;
const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const item = (el: Element, id: string) => $(el, `[role=treeitem][data-id="${id}"]`);
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
const childCalls = async (scenario: string): Promise<string[]> => (await (await fetch(`${base(scenario)}/calls`)).json()).children;

async function tree(scenario = fresh('ok'), attrs = html``): Promise<{ el: AccountHierarchyElement; scenario: string }> {
  const el = await fixture<AccountHierarchyElement>(html`<account-hierarchy api-base=${base(scenario)} account-id="acme" values="arr,seats">${attrs}</account-hierarchy>`);
  await waitUntil(() => item(el, 'acme-3'), 'children not loaded', { timeout: 4000 });
  return { el, scenario };
}

describe('<account-hierarchy>', () => {
  it('shows the account with its children loaded once, each with the chosen rolled-up values', async () => {
    const { el, scenario } = await tree();
    expect($(el, '[role=tree]')!.getAttribute('aria-label')).to.equal('Accounts under Acme Group');
    const root = item(el, 'acme')!;
    expect(root.getAttribute('aria-expanded')).to.equal('true');
    expect(root.getAttribute('aria-level')).to.equal('1');
    const children = $$(el, '[role=treeitem][aria-level="2"]');
    expect(children.map((c) => c.dataset.id)).to.deep.equal(['acme-1', 'acme-2', 'acme-3']);
    expect(children[1]!.getAttribute('aria-posinset')).to.equal('2');
    expect(children[1]!.getAttribute('aria-setsize')).to.equal('3');
    expect(children[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect([...root.querySelector('.row')!.querySelectorAll<HTMLElement>('.value')].map((v) => v.dataset.key)).to.deep.equal(['arr', 'seats']);
    expect(root.querySelector('.value .label')!.textContent).to.equal('ARR');
    expect(root.querySelector('.own')).to.equal(null);
    expect(await childCalls(scenario)).to.deep.equal(['acme']);
    expect($$(el, '[role=treeitem][tabindex="0"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows own values on demand', async () => {
    const { el } = await tree();
    const toggle = $(el, '.own-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.hasAttribute('show-own')).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const own = item(el, 'acme')!.querySelector('.row .own')!;
    expect(own.textContent).to.equal('(own –)');
    expect(item(el, 'acme-1')!.querySelector('.row .value[data-key=arr] .own')!.textContent).to.equal('(own –)');
    await expect(el).to.be.accessible();
  });

  it('is navigable with the keyboard alone as an ARIA tree, loading children lazily', async () => {
    const { el, scenario } = await tree();
    item(el, 'acme')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedId(el) === 'acme-1');
    expect(item(el, 'acme-1')!.getAttribute('tabindex')).to.equal('0');
    expect(item(el, 'acme')!.getAttribute('tabindex')).to.equal('-1');

    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => item(el, 'acme-1-2'), 'children of acme-1 not loaded');
    expect(item(el, 'acme-1')!.getAttribute('aria-expanded')).to.equal('true');
    expect(await childCalls(scenario)).to.deep.equal(['acme', 'acme-1']);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedId(el) === 'acme-1-1');
    expect(item(el, 'acme-1-1')!.getAttribute('aria-level')).to.equal('3');

    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedId(el) === 'acme-1');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => item(el, 'acme-1')!.getAttribute('aria-expanded') === 'false');
    expect(item(el, 'acme-1-1')).to.equal(null);

    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedId(el) === 'acme-3');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedId(el) === 'acme-2');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedId(el) === 'acme');

    // opening acme-1 again does not load it twice
    item(el, 'acme-1')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => item(el, 'acme-1-1'));
    expect(await childCalls(scenario)).to.deep.equal(['acme', 'acme-1']);
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'sk-account-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ accountId: 'acme-1', name: 'Acme Cloud' });
    expect(item(el, 'acme-1')!.getAttribute('aria-selected')).to.equal('true');

    // the tree is one tab stop: Tab from the button before it lands on the last focused item
    $(el, '.own-toggle')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('acme-1');
  });

  it('opens with a click on the marker and selects with a click on the row', async () => {
    const { el } = await tree();
    (item(el, 'acme-2')!.querySelector('.toggle') as HTMLElement).click();
    await waitUntil(() => item(el, 'acme-2-1'));
    const selected = oneEvent(el, 'sk-account-select');
    (item(el, 'acme-2-1')!.querySelector('.name') as HTMLElement).click();
    expect((await selected).detail.accountId).to.equal('acme-2-1');
    await waitUntil(() => focusedId(el) === 'acme-2-1');
  });

  it('reports a failed children load on the node, and the right arrow tries again', async () => {
    const scenario = fresh('children-fail-once');
    const el = await fixture<AccountHierarchyElement>(html`<account-hierarchy api-base=${base(scenario)} account-id="acme"></account-hierarchy>`);
    await waitUntil(() => item(el, 'acme')?.querySelector('.note.error'), 'no error shown', { timeout: 4000 });
    expect(item(el, 'acme')!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    item(el, 'acme')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => item(el, 'acme-1'), 'retry did not load');
    expect(item(el, 'acme')!.querySelector('.note.error')).to.equal(null);
    // without `values`, every rolled-up attribute shows
    expect([...item(el, 'acme-1')!.querySelector('.row')!.querySelectorAll<HTMLElement>('.value')].map((v) => v.dataset.key)).to.deep.equal(['arr', 'seats', 'nps']);
  });

  it('says it is loading, shows an error with Retry, and asks for an account', async () => {
    const loading = await fixture<AccountHierarchyElement>(html`<account-hierarchy api-base=${base('hang')} account-id="acme"></account-hierarchy>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading account hierarchy…');
    await expect(loading).to.be.accessible();

    const failed = await fixture<AccountHierarchyElement>(html`<account-hierarchy api-base=${base('error')} account-id="acme"></account-hierarchy>`);
    await waitUntil(() => $(failed, '[role=alert]'));
    expect($(failed, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(failed).to.be.accessible();

    const missing = await fixture<AccountHierarchyElement>(html`<account-hierarchy api-base=${base('ok')}></account-hierarchy>`);
    expect($(missing, '.state')!.textContent).to.contain('account-id');
  });

  it('is accessible in the dark theme', async () => {
    const { el } = await tree();
    el.theme = 'dark';
    el.showOwn = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
