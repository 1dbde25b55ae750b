/**
 * `<account-profile>` (the whole profile: header, then the Overview, All attributes, Timeline, Usage and Assets tabs) in each state, light and dark, driven by a mocked client (no server):
 * full, empty, loading, and the error with Retry.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@successkit/elements/account-profile';
import { partMeta, type PartArgs } from './mocks/part-stories.ts';
import { profilePartsMockClient } from './mocks/profile-parts-api.ts';

const meta: Meta<PartArgs> = {
  title: 'Profile/account-profile',
  component: 'account-profile',
  ...partMeta('account-profile'),
};
export default meta;

type Story = StoryObj<PartArgs>;

/** Every value of the account. */
export const Full: Story = { args: { scenario: 'full' } };
/** Nothing to show yet. */
export const Empty: Story = { args: { scenario: 'empty' } };
/** Waiting for the API. */
export const Loading: Story = { args: { scenario: 'loading' } };
/** The service is unavailable: the message and Retry. */
export const Failed: Story = { args: { scenario: 'error' } };
/** Full, dark theme. */
export const FullDark: Story = { args: { scenario: 'full', theme: 'dark' } };
/** Empty, dark theme. */
export const EmptyDark: Story = { args: { scenario: 'empty', theme: 'dark' } };
/** Loading, dark theme. */
export const LoadingDark: Story = { args: { scenario: 'loading', theme: 'dark' } };
/** Failed, dark theme. */
export const FailedDark: Story = { args: { scenario: 'error', theme: 'dark' } };

/** A tab chosen by the host (`tab="attributes"`). */
export const AllAttributesTab: Story = {
  render: (args) =>
    html`<account-profile account-id=${args.accountId} theme=${args.theme} tab="attributes" .apiClient=${profilePartsMockClient(args.scenario)}></account-profile>`,
};
/** A host tab from the `tab` slot and host links next to the tabs. */
export const HostTabsAndLinks: Story = {
  render: (args) =>
    html`<account-profile
      account-id=${args.accountId}
      theme=${args.theme}
      .links=${[{ label: 'Open in CRM', url: 'https://crm.example.com/accounts/acme-1-1-1' }]}
      .apiClient=${profilePartsMockClient(args.scenario)}
    >
      <section slot="tab" data-label="Billing"><p>Invoices are managed in the billing system.</p></section>
      <button slot="actions" type="button">Follow</button>
    </account-profile>`,
};
