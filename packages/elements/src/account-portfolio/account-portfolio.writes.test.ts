import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seatToken } from '../shared/__fixtures__/seat-token.ts';
import type { AccountPortfolioElement } from './account-portfolio.ts';
import './define.ts';
// The page defines <account-tasks> (the portfolio does not bundle it).
import '../account-tasks/define.ts';

const base = (scenario: string) => `${location.origin}/stub-parts/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function show(scenario: string, seat: 'viewer' | 'contributor' | 'practitioner'): Promise<AccountPortfolioElement> {
  const el = await fixture<AccountPortfolioElement>(html`<account-portfolio api-base=${base(scenario)} .token=${seatToken(seat)}></account-portfolio>`);
  await waitUntil(() => $(el, 'tbody tr[data-id]'), 'rows shown', { timeout: 4000 });
  return el;
}

describe('<account-portfolio> tasks', () => {
  it('shows a viewer no Tasks button', async () => {
    const el = await show('ok', 'viewer');
    expect($$(el, '[part=tasks-button]')).to.have.length(0);
  });

  it('opens an account\'s tasks with the keyboard, completes one there, and reads the portfolio again', async () => {
    const el = await show('portfolio-tasks', 'practitioner');
    const row = $(el, 'tbody tr[data-id]')!;
    const button = row.querySelector<HTMLButtonElement>('[part=tasks-button]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const tasks = $(el, 'account-tasks')!;
    expect(tasks.getAttribute('account-id')).to.equal(row.dataset.id);
    await waitUntil(() => tasks.shadowRoot?.querySelector('[part=task-button]'), 'the tasks of the account');
    await expect(el).to.be.accessible();
    const complete = tasks.shadowRoot!.querySelector<HTMLButtonElement>('[part=task-button][data-action=complete]')!;
    const changed = oneEvent(el, 'sk-task-changed');
    complete.click();
    expect((await changed).detail.action).to.equal('completed');
    const writes = await (await fetch(`${base('portfolio-tasks')}/writes`)).json();
    expect(writes).to.have.length(1);
    expect(writes[0]).to.include({ method: 'PATCH', seat: 'practitioner' });
    // The same button closes the panel.
    const again = $<HTMLButtonElement>(el, `tr[data-id="${row.dataset.id}"] [part=tasks-button]`)!;
    again.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, 'account-tasks'), 'panel closed');
    expect(again.getAttribute('aria-expanded')).to.equal('false');
  });
});
