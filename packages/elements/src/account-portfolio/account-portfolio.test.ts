import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockPortfolio } from './__fixtures__/portfolio-data.ts';
import type { AccountPortfolioElement } from './account-portfolio.ts';
import { foldText, portfolioView } from './portfolio-view.ts';
import { rowWindow } from './virtual-window.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-parts/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const names = (el: Element) => $$(el, 'tbody tr:not(.spacer) th.name > :first-child').map((name) => name.textContent!.trim());
const filters = { q: '', role: '', band: '', type: '', sort: 'name', order: 'asc' } as const;

async function show(scenario: string, template = '#/accounts/{id}'): Promise<AccountPortfolioElement> {
  const el = await fixture<AccountPortfolioElement>(html`<account-portfolio api-base=${base(scenario)} href-template=${template}></account-portfolio>`);
  await waitUntil(() => !$(el, '[role=status].state'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-portfolio>', () => {
  it('lists the accounts with roles, health, renewal, value, coverage, tasks and activity, linking to each profile', async () => {
    const el = await show('ok');
    const expected = mockPortfolio(24).items;
    expect(names(el)).to.deep.equal(expected.map((r) => r.account.name));
    const first = expected[0]!;
    const row = $(el, `tr[data-id="${first.account.id}"]`)!;
    const link = row.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(`#/accounts/${first.account.id}`);
    const cells = [...row.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[0]).to.equal(`${first.account.name} ${first.account.typeName}`);
    expect(cells[1]).to.equal(first.roles.join(', '));
    expect($(el, '.figures')!.textContent).to.match(/^24 accounts · \d+ covered in the last 30 days · \d+ with overdue tasks · \d+ renewing within 90 days$/);
    expect($(el, 'table.portfolio')!.getAttribute('aria-rowcount')).to.equal('25');
    await expect(el).to.be.accessible();
  });

  it('sorts by a column header, toggling the order, with aria-sort and empty values last', async () => {
    const el = await show('ok');
    const header = () => $$(el, 'thead th').find((th) => th.textContent!.trim().startsWith('Health'))!;
    header().querySelector('button')!.click();
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    const asc = portfolioView(mockPortfolio(24).items, { ...filters, sort: 'healthScore', order: 'asc' });
    expect(names(el)).to.deep.equal(asc.map((r) => r.account.name));
    expect(asc.at(-1)!.health).to.equal(null);
    header().querySelector('button')!.click();
    await el.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    const desc = names(el);
    expect(mockPortfolio(24).items.find((r) => r.account.name === desc[0])!.health!.score).to.equal(Math.max(...asc.filter((r) => r.health).map((r) => r.health!.score!)));
    expect(mockPortfolio(24).items.find((r) => r.account.name === desc.at(-1))!.health).to.equal(null);
  });

  it('searches by name as you type (accents and case ignored) and filters by role and band', async () => {
    const el = await show('ok');
    const input = $<HTMLInputElement>(el, 'input[type=search]')!;
    input.focus();
    await sendKeys({ type: 'acme' });
    await el.updateComplete;
    expect(names(el).length).to.be.greaterThan(0);
    expect(names(el).every((n) => n.toLowerCase().includes('acme'))).to.equal(true);
    expect(foldText('Zürich ÉTÉ')).to.equal('zurich ete');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    const [role, band] = $$<HTMLSelectElement>(el, '.filters select');
    role!.value = 'Onboarding Manager';
    role!.dispatchEvent(new Event('change'));
    band!.value = 'none';
    band!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const expected = portfolioView(mockPortfolio(24).items, { ...filters, role: 'Onboarding Manager', band: 'none' });
    expect(names(el)).to.deep.equal(expected.map((r) => r.account.name));
    band!.value = 'good';
    band!.dispatchEvent(new Event('change'));
    input.value = 'no such account';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '.no-match')!.textContent).to.equal('No account matches these filters.');
    expect($(el, '.figures')!.textContent).to.match(/^0 of 24 accounts/);
  });

  it('fires sk-account-open when a row is opened; cancelling it stops the link', async () => {
    const el = await show('ok');
    el.addEventListener('sk-account-open', (e) => e.preventDefault());
    const link = $<HTMLAnchorElement>(el, 'tbody a')!;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'sk-account-open');
    expect(event.detail.accountId).to.equal(link.closest('tr')!.dataset.id);
    expect(location.hash).to.not.contain('accounts');

    const buttons = await show('ok', '');
    expect($(buttons, 'tbody a')).to.equal(null);
    const button = $<HTMLButtonElement>(buttons, 'tbody button.link')!;
    button.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const pressed = await oneEvent(buttons, 'sk-account-open');
    expect(pressed.detail.name).to.equal(button.textContent);
    expect(pressed.detail.accountId).to.equal(button.closest('tr')!.dataset.id);
  });

  it('keeps 2,000 accounts in a virtual window: few rows in the DOM, more as you scroll', async () => {
    const el = await show('big-portfolio');
    expect($(el, '.figures')!.textContent).to.match(/^2000 accounts/);
    const rendered = $$(el, 'tbody tr:not(.spacer)');
    expect(rendered.length).to.be.within(10, 60);
    expect($(el, 'table.portfolio')!.getAttribute('aria-rowcount')).to.equal('2001');
    const scroll = $(el, '.scroll')!;
    scroll.scrollTop = 40 * 1000;
    await waitUntil(() => $$(el, 'tbody tr:not(.spacer)')[0]!.getAttribute('aria-rowindex') !== '2', 'the window did not move', { timeout: 2000 });
    const indexes = $$(el, 'tbody tr:not(.spacer)').map((tr) => Number(tr.getAttribute('aria-rowindex')));
    expect(indexes.some((i) => i === 1002)).to.equal(true);
    expect(rowWindow(0, 400, 40, 2000, 5)).to.deep.equal({ start: 0, end: 15 });
    expect(rowWindow(4000, 400, 40, 2000, 5)).to.deep.equal({ start: 95, end: 115 });
    expect(rowWindow(1e9, 400, 40, 30, 5)).to.deep.equal({ start: 30, end: 30 });
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says when no account is assigned to the caller', async () => {
    const el = await show('empty');
    expect($(el, '.empty')!.textContent!.trim()).to.equal('No accounts are assigned to you.');
    await expect(el).to.be.accessible();
  });

  it('says it is loading, then shows an error with Retry that loads again', async () => {
    const loading = await fixture<AccountPortfolioElement>(html`<account-portfolio api-base=${base('hang')}></account-portfolio>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading your accounts…');
    await expect(loading).to.be.accessible();
    const el = await show('fail-once-portfolio');
    expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    $(el, 'button.retry')!.click();
    await waitUntil(() => $(el, 'table.portfolio'), 'retry did not load');
  });
});
