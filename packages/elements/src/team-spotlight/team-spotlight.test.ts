import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TeamSpotlightElement } from './team-spotlight.ts';
import './define.ts';

let counter = 0;
/** A fresh stub scenario (calls are counted per scenario). */
function scenario(name = 'ok'): string {
  counter += 1;
  return name === 'ok' || name.startsWith('fail-once') ? `${name}-${Date.now()}-${counter}` : name;
}
const base = (name: string) => `${location.origin}/stub-spotlight/${name}`;

async function calls(name: string): Promise<{ count: number; last: Record<string, string>; drilldowns: Record<string, string>[] }> {
  return (await fetch(`${base(name)}/calls`)).json();
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const names = (el: Element) => $$(el, 'tbody button.member').map((b) => b.textContent!.trim());

async function loaded(name = scenario(), attrs = ''): Promise<{ el: TeamSpotlightElement; name: string }> {
  const el = await fixture<TeamSpotlightElement>(html`<team-spotlight api-base=${base(name)}></team-spotlight>`);
  if (attrs) for (const [k, v] of new URLSearchParams(attrs)) el.setAttribute(k, v);
  await waitUntil(() => $(el, 'table.members') || $(el, '.empty') || $(el, '[role=alert]'), 'no data rendered');
  await el.updateComplete;
  return { el, name };
}

async function choose(el: TeamSpotlightElement, name: string, value: string): Promise<CustomEvent> {
  const select = $<HTMLSelectElement>(el, `select[name=${name}]`)!;
  select.value = value;
  setTimeout(() => select.dispatchEvent(new Event('change', { bubbles: true })));
  return oneEvent(el, 'sk-filter-change');
}

describe('<team-spotlight>', () => {
  describe('states', () => {
    it('says it is loading while the first answer is on its way', async () => {
      const el = await fixture<TeamSpotlightElement>(html`<team-spotlight api-base=${base('hang')}></team-spotlight>`);
      expect($(el, '[role=status]')!.textContent).to.contain('Loading team spotlight');
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('asks for a connection when there is no api-base', async () => {
      const el = await fixture<TeamSpotlightElement>(html`<team-spotlight></team-spotlight>`);
      expect($(el, '.state')!.textContent).to.contain('api-base');
      await expect(el).to.be.accessible();
    });

    it('shows an error with a Retry that loads again', async () => {
      const { el, name } = await loaded(scenario('fail-once'));
      expect($(el, '[role=alert]')!.textContent).to.contain('could not be loaded');
      await expect(el).to.be.accessible();
      $(el, 'button.retry')!.click();
      await waitUntil(() => $(el, 'table.members'), 'retry did not load');
      expect((await calls(name)).count).to.equal(2);
    });

    it('keeps failing visibly when the server keeps failing', async () => {
      const { el } = await loaded('error');
      expect($(el, '[role=alert]')!.textContent).to.contain('Stub failure');
    });

    it('shows an empty state when no member has the role', async () => {
      const { el } = await loaded('empty');
      expect($(el, '.empty')!.textContent).to.contain('No team members have the role Nobody');
      expect($(el, 'table')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders the team summary, the warning and a row per member', async () => {
      const { el } = await loaded();
      const cards = $$(el, '.card');
      expect(cards.map((c) => c.querySelector('h3')!.textContent)).to.deep.equal([
        'Activity volume',
        'Account coverage',
        'Average active days',
        'Average active users',
      ]);
      expect(cards[1]!.querySelector('.sub')!.textContent).to.match(/^\d+ of \d+$/);
      expect(cards[1]!.querySelector('.value')!.textContent).to.match(/^\d+%$/);
      for (const c of cards) expect(c.querySelector('.trend .visually-hidden')!.textContent).to.match(/against the previous period/);
      expect($(el, '[part=warning]')!.textContent).to.contain('4 accounts have no CSM assigned.');
      expect($$(el, 'tbody tr')).to.have.length(12);
      expect($(el, '.period')!.textContent).to.contain('CSM');
      const firstRow = $(el, 'tbody tr')!;
      expect(firstRow.querySelectorAll('svg.bar rect').length).to.be.greaterThan(1);
      expect(firstRow.querySelector('.health [role=img]')!.getAttribute('aria-label')).to.match(/\d+ poor, \d+ average, \d+ good/);
      await expect(el).to.be.accessible();
    });

    it('passes the accessibility checks in the dark theme', async () => {
      const { el } = await loaded();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('sends each filter to the server, reflects it and fires sk-filter-change', async () => {
      const { el, name } = await loaded();
      let event = await choose(el, 'teamRole', 'Onboarding Manager');
      expect(event.detail.teamRole).to.equal('Onboarding Manager');
      expect(el.getAttribute('team-role')).to.equal('Onboarding Manager');
      await waitUntil(() => $$(el, 'tbody tr').length === 3, 'role not applied');

      await choose(el, 'period', '90');
      expect(el.getAttribute('period')).to.equal('90');
      await choose(el, 'team', 't-west');
      expect(el.getAttribute('team')).to.equal('t-west');
      await choose(el, 'accountType', 'region');
      expect(el.getAttribute('account-type')).to.equal('region');
      await choose(el, 'flow', 'renewal');
      expect(el.getAttribute('flow')).to.equal('renewal');
      event = await choose(el, 'metrics', 'contractValue');
      expect(el.getAttribute('metrics')).to.equal('contractValue');
      expect(event.detail).to.deep.equal({
        teamRole: 'Onboarding Manager',
        period: 90,
        team: 't-west',
        accountType: 'region',
        flow: 'renewal',
        metrics: 'contractValue',
      });
      await waitUntil(async () => (await calls(name)).last.metrics === 'contractValue', 'last filter not sent');
      expect((await calls(name)).last).to.deep.equal({
        role: 'Onboarding Manager',
        period: '90',
        team: 't-west',
        accountType: 'region',
        flow: 'renewal',
        metrics: 'contractValue',
      });
      await waitUntil(() => $$(el, 'thead th').some((th) => th.textContent!.includes('Contract value')), 'metric column missing');
      await expect(el).to.be.accessible();

      await choose(el, 'team', '');
      expect(el.hasAttribute('team')).to.equal(false);
    });

    it('lets the host set the filters through attributes', async () => {
      const name = scenario();
      const el = await fixture<TeamSpotlightElement>(
        html`<team-spotlight api-base=${base(name)} team-role="CSM" period="7" team="t-east" flow="support" metrics="licenseUtilization,arr:sum"></team-spotlight>`,
      );
      await waitUntil(() => $(el, 'table.members'));
      expect((await calls(name)).last).to.deep.equal({ role: 'CSM', period: '7', team: 't-east', flow: 'support', metrics: 'licenseUtilization,arr:sum' });
      expect($$(el, 'tbody tr')).to.have.length(6);
      expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.include.members(['License utilization', 'arr (sum)']);
      expect($<HTMLSelectElement>(el, 'select[name=period]')!.value).to.equal('7');
      expect($<HTMLSelectElement>(el, 'select[name=flow]')!.value).to.equal('support');
    });

    it('fires no sk-filter-change when the host changes an attribute', async () => {
      const { el, name } = await loaded();
      let fired = 0;
      el.addEventListener('sk-filter-change', () => (fired += 1));
      el.setAttribute('period', '14');
      await waitUntil(async () => (await calls(name)).last.period === '14');
      expect(fired).to.equal(0);
    });
  });

  describe('member table', () => {
    it('sorts by every column with aria-sort, from the keyboard too', async () => {
      const { el } = await loaded(scenario(), 'metrics=contractValue');
      await waitUntil(() => $(el, 'button[data-sort="metric:contractValue"]'));
      const sortedNames = [...names(el)].sort((a, b) => a.localeCompare(b));
      expect(names(el)).to.deep.equal(sortedNames);
      expect($(el, 'button[data-sort=name]')!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');

      for (const key of ['activityVolume', 'coverage', 'activeDays', 'activeUsers', 'health', 'metric:contractValue']) {
        const button = $(el, `button[data-sort="${key}"]`)!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
        expect($$(el, 'th[aria-sort=descending]')).to.have.length(1);
      }
      // activity volume, descending, then ascending on a second press
      const volume = $(el, 'button[data-sort=activityVolume]')!;
      volume.click();
      await el.updateComplete;
      const figures = () => $$(el, 'tbody .volume .figure').map((s) => Number(s.textContent));
      expect(figures()).to.deep.equal([...figures()].sort((a, b) => b - a));
      volume.click();
      await el.updateComplete;
      expect(volume.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(figures()).to.deep.equal([...figures()].sort((a, b) => a - b));
      await expect(el).to.be.accessible();
    });

    it('shows the flow breakdown on keyboard focus, and Escape hides it', async () => {
      const { el } = await loaded();
      const chart = $(el, 'tbody .volume-chart')!;
      expect(chart.getAttribute('aria-label')).to.match(/^\d+ activities: (onboarding|adoption|renewal|support) \d+/);
      $(el, 'tbody button.member')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(chart);
      await el.updateComplete;
      const tip = $(el, '.tooltip')!;
      expect(tip.textContent).to.match(/onboarding: \d+|adoption: \d+|renewal: \d+|support: \d+/);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '.tooltip')).to.equal(null);
    });

    it('shows the flow breakdown on hover', async () => {
      const { el } = await loaded();
      const second = $$(el, 'tbody .volume-chart')[1]!;
      // pointer events dispatched on the chart (a real mouse move hangs when another test page has focus)
      second.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      await waitUntil(() => $(el, '.tooltip'), 'no tooltip on hover');
      expect($(el, '.tooltip')!.closest('tr')).to.equal(second.closest('tr'));
      second.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
      await waitUntil(() => !$(el, '.tooltip'), 'tooltip stays after hover');
    });
  });

  describe('drill-down', () => {
    it('opens with Enter on a member, with ARIA tabs, sorting and paging, and closes back to the member', async () => {
      const { el, name } = await loaded();
      const member = $(el, 'tbody button.member')!;
      member.focus();
      const selected = oneEvent(el, 'sk-member-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      expect(detail.name).to.equal(member.textContent!.trim());
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open && $$(el, 'table.drilldown tbody tr').length === 10, 'drill-down did not open');
      expect($(el, '#drilldown-title')!.textContent).to.equal(`Accounts of ${detail.name}`);
      expect($(el, '[role=tab][aria-selected=true]')!.textContent).to.equal('Covered');
      expect($(el, '.pager span')!.textContent).to.equal('Page 1 of 3');
      await expect(el).to.be.accessible();

      // health sort (default, descending) then ascending
      const scores = () => $$(el, 'table.drilldown tbody td:nth-of-type(1)').map((td) => td.textContent!.trim());
      const healthButton = $(el, 'button[data-sort=healthScore]')!;
      expect(healthButton.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      healthButton.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => (await calls(name)).drilldowns.at(-1)?.order === 'asc');
      await waitUntil(() => $(el, 'button[data-sort=healthScore]')?.closest('th')!.getAttribute('aria-sort') === 'ascending');
      expect(scores().length).to.equal(10);

      // volume sort
      $(el, 'dialog button[data-sort=activityVolume]')!.click();
      await waitUntil(() => $(el, 'dialog button[data-sort=activityVolume]')?.closest('th')!.getAttribute('aria-sort') === 'descending');
      const volumes = () => $$(el, 'table.drilldown tbody td:nth-of-type(2)').map((td) => Number(td.textContent));
      await waitUntil(() => volumes().join() === [...volumes()].sort((a, b) => b - a).join());

      // paging with the keyboard
      $(el, 'button[data-page=next]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.pager span')?.textContent === 'Page 2 of 3');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.pager span')?.textContent === 'Page 3 of 3');
      expect($$(el, 'table.drilldown tbody tr')).to.have.length(3);
      expect($(el, 'button[data-page=next]')!.getAttribute('aria-disabled')).to.equal('true');
      expect((await calls(name)).drilldowns.at(-1)).to.include({ filter: 'covered', sort: 'activityVolume', order: 'desc', page: '3', period: '30' });

      // tabs: arrows, End, Home
      $(el, '[role=tab][aria-selected=true]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => $(el, '[role=tab][aria-selected=true]')!.textContent === 'Not covered');
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Not covered');
      expect($(el, '[role=tab][aria-selected=true]')!.getAttribute('tabindex')).to.equal('0');
      await waitUntil(() => $(el, '.pager span')?.textContent === 'Page 1 of 1');
      expect($(el, '[role=tabpanel]')!.getAttribute('aria-labelledby')).to.equal('tab-not-covered');
      await sendKeys({ press: 'End' });
      await waitUntil(() => $(el, '.empty')?.textContent === 'No accounts in this list.');
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Has overdue tasks');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Home' });
      await waitUntil(() => $(el, '[role=tab][aria-selected=true]')!.textContent === 'Covered');
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => $(el, '[role=tab][aria-selected=true]')!.textContent === 'Has overdue tasks');
      expect((await calls(name)).drilldowns.map((q) => q.filter)).to.include.members(['covered', 'not-covered', 'overdue']);

      // Escape closes and focus returns to the member
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      expect(el.shadowRoot!.activeElement).to.equal(member);
    });

    it('opens on a click anywhere on the row and closes with the Close button', async () => {
      const { el } = await loaded();
      const row = $$(el, 'tbody tr')[2]!;
      const selected = oneEvent(el, 'sk-member-select');
      (row.querySelector('td:last-child') as HTMLElement).click();
      expect((await selected).detail.userId).to.equal(row.dataset.user);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open && $(el, 'table.drilldown'));
      $(el, 'button.close')!.click();
      await waitUntil(() => !dialog.open);
    });

    it('shows an error inside the drill-down with a Retry', async () => {
      const { el } = await loaded('drill-error');
      $(el, 'tbody button.member')!.click();
      await waitUntil(() => $(el, '[role=tabpanel] [role=alert]'));
      expect($(el, '[role=tabpanel] [role=alert]')!.textContent).to.contain('could not be loaded');
      await expect(el).to.be.accessible();
    });
  });

  describe('TV mode', () => {
    it('refreshes on its interval and stops when switched off', async () => {
      const name = scenario();
      const el = await fixture<TeamSpotlightElement>(html`<team-spotlight api-base=${base(name)} tv-mode refresh-interval="1"></team-spotlight>`);
      await waitUntil(() => $(el, 'table.members'));
      await waitUntil(async () => (await calls(name)).count >= 3, 'no refresh', { timeout: 8000 });
      expect($(el, 'table.members')).to.not.equal(null);
      el.tvMode = false;
      await el.updateComplete;
      const after = (await calls(name)).count;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await calls(name)).count).to.be.at.most(after + 1);
    });
  });
});
