import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { seatToken } from '../shared/__fixtures__/seat-token.ts';
import type { AccountKeyInfoElement } from './account-key-info.ts';
import './define.ts';

const base = (scenario: string) => `${location.origin}/stub-profile/${scenario}`;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The attributes of the stub's answer: those it marks `editable`, and one it does not. */
async function attributesOf(scenario: string): Promise<{ editable: Array<{ key: string; type: string }>; fixed: string }> {
  const profile = await (await fetch(`${base(scenario)}/v1/accounts/acme-1`)).json();
  const all = profile.attributes as Array<{ key: string; type: string; editable?: boolean }>;
  return { editable: all.filter((a) => a.editable), fixed: all.find((a) => !a.editable)!.key };
}

async function show(scenario: string, seat: 'viewer' | 'contributor' | 'practitioner', keys: string): Promise<AccountKeyInfoElement> {
  const el = await fixture<AccountKeyInfoElement>(html`<account-key-info api-base=${base(scenario)} account-id="acme-1" keys=${keys} .token=${seatToken(seat)}></account-key-info>`);
  await waitUntil(() => $(el, 'dl'), 'key info shown', { timeout: 4000 });
  return el;
}

describe('<account-key-info> inline editing', () => {
  it('offers Edit to a practitioner on editable attributes only, and saves with Save', async () => {
    const { editable: attributes, fixed } = await attributesOf('editable-key-info');
    const keys = attributes.map((a) => a.key).join(',');
    for (const seat of ['viewer', 'contributor'] as const) expect($$(await show('editable-key-info', seat, keys), '[part=edit-button]')).to.have.length(0);
    const el = await show('editable-key-info', 'practitioner', `${keys},${fixed}`);
    expect($$(el, '[part=edit-button]').map((b) => b.dataset.key)).to.deep.equal(attributes.map((a) => a.key));
    await expect(el).to.be.accessible();
    const text = attributes.find((a) => a.type === 'string')!;
    $<HTMLButtonElement>(el, `[part=edit-button][data-key="${text.key}"]`)!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '.edit-input')!;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    input.value = 'New <i>value</i>';
    const changed = oneEvent(el, 'sk-attribute-changed');
    $<HTMLButtonElement>(el, '[part=save-button]')!.click();
    await el.updateComplete;
    expect($(el, `[data-key="${text.key}"] .own`)!.textContent).to.contain('New <i>value</i>');
    expect($$(el, 'i')).to.have.length(0);
    expect((await changed).detail.attributes).to.deep.equal({ [text.key]: 'New <i>value</i>' });
  });
});
