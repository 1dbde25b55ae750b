/**
 * `<account-health>` in each state, driven by a mocked client (no server): a scored account with
 * 52 weeks of history, health from the child accounts, no health score, loading, error with Retry,
 * no account-id, dark.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@successkit/elements/account-health';
import { profileMockClient, type ProfileScenario } from './mocks/profile-api.ts';

interface Args {
  scenario: ProfileScenario;
  accountId: string;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Elements/account-health',
  component: 'account-health',
  argTypes: {
    scenario: { control: 'select', options: ['data', 'from-children', 'no-health', 'loading', 'error'] },
    accountId: { control: 'select', options: ['acme', 'acme-1', 'acme-1-1-1', 'acme-3-2-2'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { scenario: 'data', accountId: 'acme-1-1-1', theme: 'light' },
  render: (args) =>
    html`<account-health account-id=${args.accountId} theme=${args.theme} .apiClient=${profileMockClient(args.scenario)}></account-health>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Overall score and band, dimensions with weights, 52 weekly boxes with upsell markers. */
export const Scored: Story = {};
/** Another account of the tree. */
export const OtherAccount: Story = { args: { accountId: 'acme-3-2-2' } };
/** Health from the child accounts (weighted by value): their share per band instead of dimensions. */
export const FromChildren: Story = { args: { scenario: 'from-children', accountId: 'acme-1' } };
/** The account has no health profile yet. */
export const NoHealth: Story = { args: { scenario: 'no-health' } };
/** Waiting for the profile. */
export const Loading: Story = { args: { scenario: 'loading' } };
/** The service is unavailable: the message and Retry. */
export const Failed: Story = { args: { scenario: 'error' } };
/** No account-id set. */
export const NoAccount: Story = { args: { accountId: '' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
