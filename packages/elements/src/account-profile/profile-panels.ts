/**
 * The panels of `<account-profile>`'s built-in tabs: which part elements each tab composes, by
 * tag name, each given the profile's account, connection and theme. The tags are defined by
 * `account-profile/define.ts` (or by the host).
 */
import type { SuccessKitClient } from '@successkit/core/client';
import { html, nothing, type TemplateResult } from 'lit';

/** What every part element inside the profile gets from it. */
export interface PartBinding {
  accountId: string;
  apiBase: string;
  theme: string;
  apiClient: SuccessKitClient | undefined;
  token: string | null;
}

/** The panel of a built-in tab. */
export function renderPanel(tab: string, b: PartBinding): TemplateResult {
  const base = b.apiBase || nothing;
  switch (tab) {
    case 'attributes':
      return html`<account-attributes account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-attributes>`;
    case 'timeline':
      return html`<account-timeline account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-timeline>`;
    case 'usage':
      return html`<div class="stack">
        <account-usage account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-usage>
        <account-support account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-support>
      </div>`;
    case 'assets':
      return html`<div class="stack">
        <account-assets account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-assets>
        <account-collections account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-collections>
      </div>`;
    default:
      return html`<div class="overview">
        <account-key-info class="wide" account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-key-info>
        <account-changes account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-changes>
        <account-tasks account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-tasks>
        <account-team account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-team>
        <account-contacts account-id=${b.accountId} api-base=${base} theme=${b.theme} .apiClient=${b.apiClient} .token=${b.token}></account-contacts>
      </div>`;
  }
}
