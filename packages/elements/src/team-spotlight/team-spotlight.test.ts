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
/** Where the focus is, in words (a failed comparison of elements is slow to report). */
function focusOf(el: Element): string {
  const active = el.shadowRoot!.activeElement;
  if (!active) return 'nowhere';
  const row = active.closest<HTMLElement>('tr[data-user]');
  return `${row ? `${row.dataset.user} ` : ''}${active.localName}.${active.getAttribute('class')}${active.hasAttribute('data-sort') ? `[${active.getAttribute('data-sort')}]` : ''}`;
}

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
      // each bar is a small SVG: one rect per flow / band, coloured from the tokens, sized in px
      const bar = firstRow.querySelector('svg.volume-chart')!;
      const rects = [...bar.querySelectorAll('rect')];
      expect(rects.map((r) => r.getAttribute('class'))).to.deep.equal(['flow-0', 'flow-1', 'flow-2', 'flow-3']);
      expect(rects.filter((r) => Number(r.getAttribute('width')) > 0).length).to.be.greaterThan(1);
      expect(getComputedStyle(rects[0]!).fill).to.equal('rgb(9, 105, 218)');
      const bands = [...firstRow.querySelectorAll('svg.bands rect')];
      expect(bands.map((r) => r.getAttribute('class'))).to.deep.equal(['band-poor', 'band-average', 'band-good']);
      // segments follow each other without overlap, inside the bar
      for (const [svg, width] of [[bar, 120], [firstRow.querySelector('svg.bands')!, 80]] as const) {
        expect(svg.getBoundingClientRect().width).to.equal(width + 2); // 1 px frame
        let end = 0;
        for (const r of svg.querySelectorAll('rect')) {
          const w = Number(r.getAttribute('width'));
          if (!w) continue;
          expect(Number(r.getAttribute('x') ?? 0)).to.be.at.least(end);
          end = Number(r.getAttribute('x') ?? 0) + w;
        }
        expect(end).to.be.greaterThan(0);
        expect(end).to.be.at.most(width);
      }
      expect(firstRow.querySelector('.health [role=img]')!.getAttribute('aria-label')).to.match(/\d+ poor, \d+ average, \d+ good/);
      for (const trend of firstRow.querySelectorAll('td .trend')) expect(trend.getAttribute('aria-label')).to.match(/against the previous period|Since the period start/);
      await expect(el).to.be.accessible();
    });

    it('passes the accessibility checks in the dark theme', async () => {
      const { el } = await loaded();
      el.theme = 'dark';
      await el.updateComplete;
      // the bars take the dark defaults of the tokens
      expect(getComputedStyle($(el, 'tbody svg.bar rect.flow-0')!).fill).to.equal('rgb(68, 147, 248)');
      expect(getComputedStyle($(el, 'tbody svg.bands rect.band-good')!).fill).to.equal('rgb(63, 185, 80)');
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

    it('keeps every member in the DOM over its row blocks, and sorting moves the same rows', async () => {
      const { el } = await loaded(`many-${Date.now()}`, 'metrics=contractValue');
      await waitUntil(() => $$(el, 'tbody tr').length === 45, 'not every member rendered');
      const blocks = $$(el, 'table.members > tbody');
      expect(blocks.length).to.equal(5);
      expect(getComputedStyle(blocks.at(-1)!).contentVisibility).to.equal('auto');
      expect(names(el)).to.deep.equal([...names(el)].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
      // the last member is in the DOM with all of its cells, though its block is below the fold
      const last = $$<HTMLTableRowElement>(el, 'tbody tr').at(-1)!;
      expect(last.cells.length).to.equal(7);
      expect(last.querySelector('.volume-chart')!.getAttribute('aria-label')).to.match(/^\d+ activities/);
      const row = $(el, 'tr[data-user="u-1"]')!;
      $(el, 'button[data-sort=activityVolume]')!.click();
      await el.updateComplete;
      const figures = $$(el, 'tbody .volume .figure').map((s) => Number(s.textContent));
      expect(figures).to.have.length(45);
      expect(figures).to.deep.equal([...figures].sort((a, b) => b - a));
      expect($(el, 'tr[data-user="u-1"]')).to.equal(row);
      await expect(el).to.be.accessible();
    });

    it('sizes the bars of a row block below the fold when it comes into view', async () => {
      const { el } = await loaded(`lots-${Date.now()}`, 'metrics=contractValue');
      await waitUntil(() => $$(el, 'tbody tr').length === 120, 'not every member rendered');
      const widths = (row: Element) => [...row.querySelectorAll('.volume-chart rect')].map((r) => r.getAttribute('width'));
      const rows = $$<HTMLTableRowElement>(el, 'tbody tr');
      expect(widths(rows[0]!).some((w) => w !== null)).to.equal(true); // the first blocks at once
      const last = rows.at(-1)!;
      expect(widths(last).every((w) => w === null)).to.equal(true); // far below the fold: not yet
      last.scrollIntoView();
      await waitUntil(() => widths(last).some((w) => w !== null), 'the bars of the block scrolled to were not sized');
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
      // one tooltip for the table, showing the hovered member's total, placed under its bar
      const tip = $(el, '.tooltip')!;
      expect(tip.querySelector('strong')!.textContent).to.equal(second.closest('tr')!.querySelector('.figure')!.textContent);
      expect(Math.abs(tip.getBoundingClientRect().top - second.getBoundingClientRect().bottom)).to.be.below(8);
      second.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
      await waitUntil(() => !$(el, '.tooltip'), 'tooltip stays after hover');
    });
  });

  describe('focus across a data refresh', () => {
    it('puts focus back on the same member control after a refresh, and on the first control when the member is gone', async () => {
      const { el } = await loaded();
      const oldButton = $(el, 'tr[data-user="u-3"] button.member')!;
      oldButton.focus();
      el.refresh();
      await waitUntil(() => $(el, 'tr[data-user="u-3"] button.member') !== oldButton, 'rows not rebuilt');
      await el.updateComplete;
      expect(oldButton.isConnected).to.equal(false);
      expect(focusOf(el)).to.equal('u-3 button.member');
      expect(el.shadowRoot!.activeElement === $(el, 'tr[data-user="u-3"] button.member')).to.equal(true);

      // the activity bar, reached from the keyboard: the tooltip follows it to the new row
      await sendKeys({ press: 'Tab' });
      const oldChart = $(el, 'tr[data-user="u-3"] .volume-chart')!;
      expect(focusOf(el)).to.equal('u-3 svg.bar volume-chart');
      el.refresh();
      await waitUntil(() => $(el, 'tr[data-user="u-3"] .volume-chart') !== oldChart, 'rows not rebuilt');
      await el.updateComplete;
      expect(focusOf(el)).to.equal('u-3 svg.bar volume-chart');
      await waitUntil(() => $(el, '.tooltip'), 'no tooltip on the focused bar');
      await expect(el).to.be.accessible();

      // u-2 is in team West: the East filter drops it, so focus goes to the table's first control
      $(el, 'tr[data-user="u-2"] .volume-chart')!.focus();
      el.setAttribute('team', 't-east');
      await waitUntil(() => !$(el, 'tr[data-user="u-2"]'), 'filter not applied');
      await el.updateComplete;
      expect(focusOf(el)).to.equal('button.sort[name]');
      expect(!$(el, '.tooltip'), 'the breakdown of a member no longer listed is closed').to.equal(true);
      await expect(el).to.be.accessible();
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

    it('stays open for the next member when opened before the last close’s `close` event arrives', async () => {
      const { el } = await loaded();
      const rows = $$(el, 'tbody tr');
      (rows[1]!.querySelector('td:last-child') as HTMLElement).click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open && $(el, 'table.drilldown'));
      const lateClose = oneEvent(dialog, 'close');
      $(el, 'button.close')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      const next = rows[2]!;
      (next.querySelector('td:last-child') as HTMLElement).click();
      await el.updateComplete;
      await lateClose;
      await el.updateComplete;
      expect(dialog.open, 'the old close event must not close the next member’s drill-down').to.equal(true);
      expect($(el, '#drilldown-title')!.textContent).to.equal(`Accounts of ${next.querySelector('button.member')!.textContent!.trim()}`);
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
