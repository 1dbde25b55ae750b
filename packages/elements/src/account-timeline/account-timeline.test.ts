import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountTimelineElement } from './account-timeline.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const settled = (el: AccountTimelineElement) => waitUntil(() => !$(el, '.state[role=status]') && $(el, '[aria-busy=false]'), 'still loading', { timeout: 4000 });
const times = (el: Element) => $$(el, 'li time').map((t) => t.getAttribute('datetime')!);

async function show(scenario: string): Promise<AccountTimelineElement> {
  const el = await fixture<AccountTimelineElement>(html`<account-timeline api-base=${base(scenario)} account-id="acme-1"></account-timeline>`);
  await settled(el);
  return el;
}

function choose(el: AccountTimelineElement, name: string, value: string): void {
  const select = $<HTMLSelectElement>(el, `select[name=${name}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<account-timeline>', () => {
  it('shows touchpoints and tasks newest first, subjects as text', async () => {
    const el = await show('ok');
    expect($$(el, 'li')).to.have.length(21);
    const at = times(el);
    expect([...at].sort().reverse()).to.deep.equal(at);
    expect($$(el, 'li.task')).to.have.length(9);
    const review = $(el, 'li[data-id=tp-5] .subject')!;
    expect(review.textContent).to.equal('<b>Quarterly review</b> & roadmap');
    expect(review.querySelector('b')).to.equal(null);
    expect($(el, 'li[data-id=tp-1] .sentiment')!.textContent).to.equal('Positive');
    expect($(el, 'li.task .status-overdue')!.textContent).to.equal('Overdue');
    expect($(el, '.count')!.textContent).to.equal('21 entries');
    await expect(el).to.be.accessible();
  });

  it('filters by flow and by type on the server, keeping every choice offered', async () => {
    const el = await show('ok');
    expect($$<HTMLOptionElement>(el, 'select[name=flow] option').map((o) => o.value)).to.deep.equal(['', 'onboarding', 'renewal', 'support']);
    expect($$(el, 'select[name=type] option').map((o) => o.textContent)).to.deep.equal(['All types', 'Call', 'Email', 'Meeting', 'Task']);
    choose(el, 'flow', 'renewal');
    await waitUntil(() => $$(el, 'li').length === 7, 'flow filter');
    expect(el.getAttribute('flow')).to.equal('renewal');
    choose(el, 'type', 'task');
    await waitUntil(() => $$(el, 'li').length === 3, 'type filter');
    expect($$(el, 'li').every((li) => li.classList.contains('task'))).to.equal(true);
    expect($$(el, 'select[name=flow] option')).to.have.length(4);
    const calls = (await (await fetch(`${base('ok')}/calls`)).json()).parts.filter((c: { part: string }) => c.part === 'timeline');
    expect(calls.at(-1).query).to.deep.equal({ flow: 'renewal', type: 'task', limit: '50' });
  });

  it('reads more entries with Show more while the server has more', async () => {
    const el = await fixture<AccountTimelineElement>(html`<account-timeline api-base=${base('ok')} account-id="acme-1" .limit=${8}></account-timeline>`);
    await settled(el);
    expect($$(el, 'li')).to.have.length(8);
    expect($(el, '.count')!.textContent).to.equal('8 of 21 entries');
    $<HTMLButtonElement>(el, 'button.more')!.click();
    await waitUntil(() => $$(el, 'li').length === 21, 'show more did not load');
    expect(el.limit).to.equal(58);
    expect($(el, 'button.more')).to.equal(null);
  });

  it('is accessible in the dark theme', async () => {
    const el = await show('ok');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await show('empty');
    expect($(empty, '.empty')!.textContent!.trim()).to.equal('Nothing on the timeline yet.');
    await expect(empty).to.be.accessible();
    const loading = await fixture<AccountTimelineElement>(html`<account-timeline api-base=${base('hang')} account-id="acme-1"></account-timeline>`);
    expect($(loading, '.state[role=status]')!.textContent).to.equal('Loading the timeline…');
    const failed = await show('part-error');
    expect($(failed, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(failed).to.be.accessible();
    failed.apiBase = base('ok');
    $<HTMLButtonElement>(failed, 'button.retry')!.click();
    await waitUntil(() => $$(failed, 'li').length === 21, 'retry did not load');
  });
});
