/**
 * `<account-hierarchy>` in each state, driven by a mocked client (no server): the tree with
 * chosen rolled-up values, own values shown, a sub-tree, children loading and failing, loading,
 * error with Retry, no account-id, dark.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@successkit/elements/account-hierarchy';
import { profileMockClient, type ProfileScenario } from './mocks/profile-api.ts';

interface Args {
  scenario: ProfileScenario;
  accountId: string;
  values: string;
  showOwn: boolean;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Elements/account-hierarchy',
  component: 'account-hierarchy',
  argTypes: {
    scenario: { control: 'select', options: ['data', 'loading', 'error', 'children-error', 'slow-children'] },
    accountId: { control: 'select', options: ['acme', 'acme-1', 'acme-2-1'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { scenario: 'data', accountId: 'acme', values: 'arr,seats', showOwn: false, theme: 'light' },
  render: (args) =>
    html`<account-hierarchy
      account-id=${args.accountId}
      values=${args.values}
      ?show-own=${args.showOwn}
      theme=${args.theme}
      .apiClient=${profileMockClient(args.scenario)}
    ></account-hierarchy>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The tree from the ultimate parent, with ARR and seats rolled up; arrows open the nodes. */
export const Tree: Story = {};
/** Every rolled-up attribute (no `values`), with own values shown. */
export const OwnValues: Story = { args: { values: '', showOwn: true } };
/** The tree from a line of business down. */
export const SubTree: Story = { args: { accountId: 'acme-1' } };
/** Children that load slowly: open a node to see "Loading…". */
export const ChildrenLoading: Story = { args: { scenario: 'slow-children' } };
/** Children that fail to load: open a node to see the message; the right arrow retries. */
export const ChildrenError: Story = { args: { scenario: 'children-error' } };
/** Waiting for the account. */
export const Loading: Story = { args: { scenario: 'loading' } };
/** The service is unavailable: the message and Retry. */
export const Failed: Story = { args: { scenario: 'error' } };
/** No account-id set. */
export const NoAccount: Story = { args: { accountId: '' } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
