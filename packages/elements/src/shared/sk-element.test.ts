import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SuccessKitClient } from '@successkit/core/client';
import { SkElement } from './sk-element.ts';
import '../successkit-provider/define.ts';

class TestProbe extends SkElement {
  async whoAmI(): Promise<Response> {
    return this.callApi(async (client: SuccessKitClient) => {
      const token = await (typeof client.token === 'function' ? client.token() : client.token);
      const response = await fetch(`${client.baseUrl}/stub/echo-auth`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (response.status === 401) {
        const { UnauthenticatedError } = await import('@successkit/core/client');
        throw new UnauthenticatedError({ type: 'x', title: 'expired', status: 401 });
      }
      return response;
    });
  }
}
customElements.define('test-probe', TestProbe);

describe('SkElement', () => {
  it('takes the api base and token from a provider', async () => {
    const provider = await fixture<HTMLElement & { token: string | null }>(
      html`<successkit-provider api-base=${location.origin}><test-probe></test-probe></successkit-provider>`,
    );
    provider.token = 'good';
    const probe = provider.querySelector('test-probe') as TestProbe;
    const response = await probe.whoAmI();
    expect(await response.json()).to.deep.equal({ authorization: 'Bearer good' });
  });

  it('fires sk-token-expired and retries once the host sets a fresh token', async () => {
    const probe = await fixture<TestProbe>(html`<test-probe api-base=${location.origin}></test-probe>`);
    probe.token = 'expired';
    const pending = probe.whoAmI();
    await oneEvent(probe, 'sk-token-expired');
    probe.token = 'good';
    const response = await pending;
    expect(await response.json()).to.deep.equal({ authorization: 'Bearer good' });
  });

  it('retries at once when the host set a fresh token while the call was in flight', async () => {
    const probe = await fixture<TestProbe>(html`<test-probe api-base=${location.origin}></test-probe>`);
    probe.token = 'expired';
    const pending = probe.whoAmI();
    probe.token = 'good';
    const response = await pending;
    expect(await response.json()).to.deep.equal({ authorization: 'Bearer good' });
  });
});
