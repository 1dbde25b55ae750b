/**
 * `<account-assets>` in each state, light and dark, driven by a mocked client (no server):
 * documents and links (a non-web URL shown as text, never linked).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@successkit/elements/account-assets';
import { dark, partsMeta, type PartsArgs } from './mocks/parts-stories.ts';

const meta: Meta<PartsArgs> = {
  title: 'Elements/account-assets',
  component: 'account-assets',
  ...partsMeta('account-assets', { 'account-id': 'acme-1' }),
};
export default meta;

type Story = StoryObj<PartsArgs>;

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
