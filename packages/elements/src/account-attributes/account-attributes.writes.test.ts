import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seatToken } from '../shared/__fixtures__/seat-token.ts';
import type { AccountAttributesElement } from './account-attributes.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const writesOf = async (scenario: string) => (await fetch(`${base(scenario)}/writes`)).json();

/** The keys the stub marks `editable`, read from its answer. */
async function editableKeys(scenario: string): Promise<Array<{ key: string; type: string; label: string }>> {
  const profile = await (await fetch(`${base(scenario)}/v1/accounts/acme-1`)).json();
  return profile.attributes.filter((a: { editable?: boolean }) => a.editable);
}

async function show(scenario: string, seat: 'viewer' | 'contributor' | 'practitioner'): Promise<AccountAttributesElement> {
  const el = await fixture<AccountAttributesElement>(html`<account-attributes api-base=${base(scenario)} account-id="acme-1" .token=${seatToken(seat)}></account-attributes>`);
  await waitUntil(() => $(el, 'table'), 'attributes shown', { timeout: 4000 });
  return el;
}

describe('<account-attributes> inline editing', () => {
  it('offers Edit on the editable attributes to a practitioner only', async () => {
    const keys = (await editableKeys('editable')).map((a) => a.key).sort();
    expect(keys).to.have.length(2);
    const practitioner = await show('editable', 'practitioner');
    expect($$(practitioner, '[part=edit-button]').map((b) => b.closest('tr')!.dataset.key).sort()).to.deep.equal(keys);
    await expect(practitioner).to.be.accessible();
    for (const seat of ['viewer', 'contributor'] as const) {
      const el = await show('editable', seat);
      expect($$(el, '[part=edit-button]')).to.have.length(0);
    }
  });

  it('edits with the keyboard: Enter saves, the value shows at once, sk-attribute-changed follows; Escape leaves', async () => {
    const number = (await editableKeys('editable-ok')).find((a) => a.type === 'number' || a.type === 'currency')!;
    const el = await show('editable-ok', 'practitioner');
    const row = () => $(el, `tr[data-key="${number.key}"]`)!;
    row().querySelector<HTMLButtonElement>('[part=edit-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.classList.contains('edit-input')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(Boolean(row().querySelector('.edit-input'))).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(row().querySelector('[part=edit-button]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = row().querySelector<HTMLInputElement>('.edit-input')!;
    input.value = '';
    await sendKeys({ type: '1234' });
    const changed = oneEvent(el, 'sk-attribute-changed');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(row().querySelector('td.own')!.textContent).to.contain('1234');
    const event = await changed;
    expect(event.detail).to.deep.include({ accountId: 'acme-1', attributes: { [number.key]: 1234 } });
    expect(await writesOf('editable-ok')).to.deep.equal([{ method: 'PATCH', path: '/v1/accounts/acme-1/attributes', body: { attributes: { [number.key]: 1234 } }, seat: 'practitioner' }]);
    await waitUntil(() => $(el, '[part=write-message][role=status]'), 'saved message');
  });

  it('refuses what is not a number before sending, and restores a refused value with a visible message', async () => {
    const number = (await editableKeys('editable-refused')).find((a) => a.type === 'number' || a.type === 'currency')!;
    const el = await show('editable-refused', 'practitioner');
    const row = () => $(el, `tr[data-key="${number.key}"]`)!;
    const before = row().querySelector('td.own')!.textContent!.replace('Edit', '').trim();
    row().querySelector<HTMLButtonElement>('[part=edit-button]')!.click();
    await el.updateComplete;
    row().querySelector<HTMLInputElement>('.edit-input')!.value = '77';
    row().querySelector<HTMLButtonElement>('[part=save-button]')!.click();
    await waitUntil(() => $(el, '[part=write-message][role=alert]'), 'refusal shown');
    expect($(el, '[part=write-message]')!.textContent).to.equal('Not saved: the server refused this write. The value was restored.');
    await waitUntil(() => !row().querySelector('td.own[data-pending]'), 'restored');
    expect(row().querySelector('td.own')!.textContent!.replace('Edit', '').trim()).to.equal(before);
  });
});
