/**
 * The account profile page: key info, lifecycle stages and recent changes (read with the
 * successkit client, as a host that builds its own UI would), and the embedded elements:
 * `<account-summary>`, `<account-health>` and `<account-hierarchy>`.
 */
import type { AccountProfile } from '@successkit/core';
import { SuccessKitClient } from '@successkit/core/client';
import { html, nothing, render } from 'lit';
import type { PortalSession } from '../portal-api.ts';

/** Renders the profile of `accountId` into `main`. */
export async function renderAccountPage(main: HTMLElement, accountId: string, session: PortalSession): Promise<void> {
  const client = new SuccessKitClient({ baseUrl: location.origin, token: () => session.token });
  let profile: AccountProfile;
  try {
    profile = await client.getAccount(accountId);
  } catch (error) {
    render(html`<h1>Account</h1><p role="alert">Could not load the account: ${(error as Error).message}</p>`, main);
    return;
  }
  const keyInfo = profile.attributes.filter((a) => a.category === 'keyInfo' || a.category === 'valueMetrics');
  render(
    html`
      <nav aria-label="Breadcrumb" class="muted">
        ${profile.account.path.map((step, i) => html`${i ? ' › ' : ''}<a href="#/accounts/${encodeURIComponent(step.id)}">${step.name}</a>`)}
      </nav>
      <div class="row">
        <h1>${profile.account.name}</h1>
        <account-summary account-id=${accountId}></account-summary>
      </div>
      <div class="grid">
        <section class="card" aria-labelledby="keyinfo-h">
          <h2 id="keyinfo-h">Key info</h2>
          <dl class="keyinfo">
            ${keyInfo.map((a) => html`<dt>${a.label}</dt><dd>${format(a.own)}${a.rolledUp !== undefined && a.rolledUp !== a.own ? html` <span class="muted">(rolled up: ${format(a.rolledUp)})</span>` : nothing}</dd>`)}
          </dl>
        </section>
        <section class="card" aria-labelledby="lifecycle-h">
          <h2 id="lifecycle-h">Lifecycle</h2>
          ${profile.lifecycle.length
            ? html`<dl class="keyinfo">${profile.lifecycle.map((l) => html`<dt>${l.lifecycleId}</dt><dd>${l.stage}</dd>`)}</dl>`
            : html`<p class="muted">No lifecycle stages.</p>`}
          <h2>Recent changes</h2>
          ${profile.recentChanges.length
            ? html`<ul>${profile.recentChanges.map((c) => html`<li>${c.label}: ${format(c.old)} → ${format(c.new)} <span class="muted">(${c.at.slice(0, 10)})</span></li>`)}</ul>`
            : html`<p class="muted">Nothing changed in the last 30 days.</p>`}
        </section>
      </div>
      <section class="card" aria-label="Health"><account-health account-id=${accountId}></account-health></section>
      <section class="card" aria-label="Hierarchy"><account-hierarchy account-id=${accountId}></account-hierarchy></section>
    `,
    main,
  );
}

function format(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
  return String(value);
}
