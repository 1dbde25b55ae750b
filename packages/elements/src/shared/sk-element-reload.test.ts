/**
 * `SkElement.reload()` (live data): an element's fetching tasks load again with the same
 * arguments while the last value stays on screen (no loading flash), on-demand tasks are left
 * alone, and a task still waiting for its arguments does not run.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SuccessKitClient } from '@successkit/core/client';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { SkElement } from './sk-element.ts';

let release: (() => void) | null = null;

class ReloadProbe extends SkElement {
  @property({ attribute: 'item-id' }) itemId = '';
  loads = 0;
  onDemand = 0;
  readonly data = this.apiTask({
    args: () => [this.itemId] as const,
    enabled: ([id]) => Boolean(id),
    task: async () => {
      this.loads += 1;
      const loads = this.loads;
      if (loads > 1) await new Promise<void>((resolve) => (release = resolve));
      return `value ${loads}`;
    },
  });
  readonly dialog = this.apiTask({ autoRun: false, args: () => [] as const, task: async () => ++this.onDemand });
  override render() {
    return litHtml`<p>${this.data.pending || this.data.value === undefined ? 'loading' : this.data.value}</p>`;
  }
}
customElements.define('reload-probe', ReloadProbe);

const shown = (el: ReloadProbe) => el.shadowRoot!.querySelector('p')!.textContent;
const client = new SuccessKitClient({ baseUrl: 'https://api.test', fetch: () => Promise.reject(new Error('no calls expected')) });

async function settle(el: ReloadProbe, text: string): Promise<void> {
  for (let i = 0; i < 100 && shown(el) !== text; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(shown(el)).to.equal(text);
}

describe('SkElement.reload()', () => {
  it('loads again, keeping the last value shown until the new one is in', async () => {
    const el = await fixture<ReloadProbe>(html`<reload-probe item-id="a" .apiClient=${client}></reload-probe>`);
    await settle(el, 'value 1');
    const reloading = el.reload();
    await el.updateComplete;
    expect(el.loads).to.equal(2);
    expect(shown(el), 'no loading state while reloading').to.equal('value 1');
    release!();
    await reloading;
    await settle(el, 'value 2');
    expect(el.onDemand, 'on-demand tasks are left alone').to.equal(0);
  });

  it('does nothing while the arguments are incomplete', async () => {
    const el = await fixture<ReloadProbe>(html`<reload-probe .apiClient=${client}></reload-probe>`);
    await el.reload();
    expect(el.loads).to.equal(0);
    expect(shown(el)).to.equal('loading');
  });
});
