/**
 * `<account-summary>` with statements the faithfulness check withheld: every reader sees how
 * many, admins can open what was withheld and why; the withheld texts stay inert text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './define.ts';
import type { AccountSummaryElement } from './account-summary.ts';
import { accountFor, makeToken, until } from './account-summary.test-helpers.ts';

async function openSummary(scenario: string, token: string): Promise<AccountSummaryElement> {
  const el = await fixture<AccountSummaryElement>(html`<account-summary account-id=${accountFor(scenario)} api-base=${location.origin}></account-summary>`);
  el.token = token;
  el.shadowRoot!.querySelector<HTMLButtonElement>('.trigger')!.click();
  await until(() => el.shadowRoot!.querySelector('.kpis'), 'the summary');
  return el;
}
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<account-summary> withheld statements', () => {
  it('tells every reader how many statements were withheld, without the details', async () => {
    const el = await openSummary('withheld', makeToken({ seat: 'viewer' }));
    const note = el.shadowRoot!.querySelector('[part="withheld"]');
    expect(text(note)).to.contain('2 statements withheld: not supported by the account data.');
    expect(text(note)).to.contain('1 key figure is shown as recorded in the account data.');
    expect(note!.getAttribute('role')).to.equal('note');
    expect(el.shadowRoot!.querySelector('[part="withheld-details"]')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('lets admins open what was withheld and why, as text', async () => {
    const el = await openSummary('withheld', makeToken({ seat: 'practitioner', admin: true }));
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="withheld-details"]')!;
    expect(details).to.not.equal(null);
    details.querySelector('summary')!.click();
    await until(() => details.open, 'the disclosure to open');
    const items = [...details.querySelectorAll('li')].map((li) => text(li));
    expect(items).to.have.length(3);
    expect(items[0]).to.contain('Risks:');
    expect(items[0]).to.contain('number 40% is not in the input');
    expect(items[1]).to.contain('after the repair round');
    expect(items[2]).to.contain('Key figures:');
    expect(details.querySelector('b')).to.equal(null);
    expect(items[0]).to.contain('<b>fast</b>');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows no notice when nothing was withheld', async () => {
    const el = await openSummary('fresh', makeToken({ admin: true }));
    expect(el.shadowRoot!.querySelector('[part="withheld"]')).to.equal(null);
  });
});
