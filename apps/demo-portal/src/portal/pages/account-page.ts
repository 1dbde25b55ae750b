/**
 * The account page: the whole profile is `<account-profile>` (header, Overview, All attributes,
 * Timeline, Usage and Assets tabs), with `<account-summary>` in its header actions and two host
 * tabs, the detailed health (`<account-health>`) and the hierarchy (`<account-hierarchy>`).
 * Choosing a parent in the breadcrumb or an account in the tree opens that account's page.
 */
import { html, render } from 'lit';
import type { PortalSession } from '../portal-api.ts';

/** Renders the profile of `accountId` into `main`. */
export function renderAccountPage(main: HTMLElement, accountId: string, _session: PortalSession): void {
  const open = (event: CustomEvent<{ accountId: string }>) => {
    event.preventDefault();
    location.hash = `#/accounts/${encodeURIComponent(event.detail.accountId)}`;
  };
  render(
    html`
      <p class="back"><a href="#/">← Portfolio</a></p>
      <account-profile account-id=${accountId} account-href="#/accounts/{id}" @sk-account-select=${open}>
        <account-summary slot="actions" account-id=${accountId}></account-summary>
        <account-health slot="tab" data-label="Health" account-id=${accountId}></account-health>
        <account-hierarchy slot="tab" data-label="Hierarchy" account-id=${accountId}></account-hierarchy>
      </account-profile>
    `,
    main,
  );
}
