/**
 * `<account-portfolio>` in each state, light and dark, driven by a mocked client (no server): 24
 * accounts (sort, filter, search), and 2,000 in a virtual window.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@successkit/elements/account-portfolio';
import { dark, partsMeta, type PartsArgs } from './mocks/parts-stories.ts';

const meta: Meta<PartsArgs> = {
  title: 'Elements/account-portfolio',
  component: 'account-portfolio',
  ...partsMeta('account-portfolio', { 'href-template': '#/accounts/{id}' }),
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
/** 2,000 accounts: only the rows on screen are in the DOM. */
export const TwoThousand: Story = { args: { scenario: 'big' } };
