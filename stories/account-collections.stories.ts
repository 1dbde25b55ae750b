/**
 * `<account-collections>` in each state, light and dark, driven by a mocked client (no server):
 * CRM opportunities and licences, one table each.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@successkit/elements/account-collections';
import { partsMockClient, type PartsScenario } from './mocks/parts-api.ts';

interface Args {
  scenario: PartsScenario;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Elements/account-collections',
  component: 'account-collections',
  argTypes: {
    scenario: { control: 'select', options: ['data', 'empty', 'loading', 'error'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { scenario: 'data', theme: 'light' },
  render: (args) => html`<account-collections account-id="acme-1" theme=${args.theme} .apiClient=${partsMockClient(args.scenario)}></account-collections>`,
};
export default meta;

type Story = StoryObj<Args>;
const dark = { args: { theme: 'dark' as const }, parameters: { backgrounds: { default: 'dark' } } };

/** With data. */
export const Full: Story = {};
/** Nothing to show. */
export const Empty: Story = { args: { scenario: 'empty' } };
/** Waiting for the API. */
export const Loading: Story = { args: { scenario: 'loading' } };
/** The service is unavailable: the message and Retry. */
export const Failed: Story = { args: { scenario: 'error' } };
/** With data, dark theme. */
export const FullDark: Story = { ...dark };
/** Nothing to show, dark theme. */
export const EmptyDark: Story = { args: { ...dark.args, scenario: 'empty' }, parameters: dark.parameters };
/** Waiting for the API, dark theme. */
export const LoadingDark: Story = { args: { ...dark.args, scenario: 'loading' }, parameters: dark.parameters };
/** The service is unavailable, dark theme. */
export const FailedDark: Story = { args: { ...dark.args, scenario: 'error' }, parameters: dark.parameters };
