import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountTeamElement } from './account-team.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function show(scenario: string): Promise<AccountTeamElement> {
  const el = await fixture<AccountTeamElement>(html`<account-team api-base=${base(scenario)} account-id="acme-1"></account-team>`);
  await waitUntil(() => !$(el, '.state[role=status]'), 'still loading', { timeout: 4000 });
  return el;
}

describe('<account-team>', () => {
  it('lists every assignment with its role, teams, manager and seat', async () => {
    const el = await show('ok');
    const rows = $$(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['Ana Ruizana@example.com', 'CSM', 'EMEA', 'Dee Park', 'Practitioner'],
      ['Ben Okafor', 'Executive Sponsor', '–', '–', 'Contributor'],
      ['Chen Lichen@example.com', 'Onboarding Manager', 'EMEA, Enterprise', 'Ana Ruiz', 'Viewer'],
    ]);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await show('empty');
    expect($(empty, '.empty')!.textContent!.trim()).to.equal('Nobody is assigned to this account.');
    await expect(empty).to.be.accessible();
    const loading = await fixture<AccountTeamElement>(html`<account-team api-base=${base('hang')} account-id="acme-1"></account-team>`);
    expect($(loading, '[role=status]')!.textContent).to.equal('Loading the account team…');
    const failed = await show('part-error');
    expect($(failed, '[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(failed).to.be.accessible();
    failed.apiBase = base('ok');
    $<HTMLButtonElement>(failed, 'button.retry')!.click();
    await waitUntil(() => $$(failed, 'tbody tr').length === 3, 'retry did not load');
  });
});
