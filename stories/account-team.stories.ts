/**
 * `<account-team>` (who is assigned in which role) in each state, light and dark, driven by a mocked client (no server):
 * full, empty, loading, and the error with Retry.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@successkit/elements/account-team';
import { partMeta, type PartArgs } from './mocks/part-stories.ts';

const meta: Meta<PartArgs> = {
  title: 'Profile/account-team',
  component: 'account-team',
  ...partMeta('account-team'),
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
