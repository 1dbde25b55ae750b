/**
 * `<account-summary>` in each state, driven by a mocked client (no server): closed, the summary,
 * offline generator, data changed (and changes logged since the summary), HTML in model output (rendered as text), generating, failed
 * with the last good summary, error without one, a viewer's buttons, an admin's, dark.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@successkit/elements/account-summary';
import { summaryMockClient, type SummaryScenario } from './mocks/summary-api.ts';

interface Args {
  scenario: SummaryScenario;
  open: boolean;
  theme: 'light' | 'dark' | 'auto';
  refresh: boolean;
  configure: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/account-summary',
  component: 'account-summary',
  argTypes: {
    scenario: { control: 'select', options: ['fresh', 'offline', 'changed', 'changedSince', 'html', 'generating', 'failed', 'error', 'withheld'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { scenario: 'fresh', open: true, theme: 'light', refresh: true, configure: false },
  render: (args) =>
    html`<account-summary
      account-id="acc-1"
      theme=${args.theme}
      ?open=${args.open}
      .apiClient=${summaryMockClient(args.scenario)}
      .permissions=${{ refresh: args.refresh, configure: args.configure }}
    ></account-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The button, before the user opens the dialog. */
export const Closed: Story = { args: { open: false } };
/** A fresh summary: KPIs, seven sections, evidence on hover and focus, age and model. */
export const Summary: Story = {};
/** Written by the offline generator, labelled as such. */
export const OfflineGenerator: Story = { args: { scenario: 'offline' } };
/** The account's data changed since the summary was generated. */
export const DataChanged: Story = { args: { scenario: 'changed' } };
/** Changes were logged in the account's subtree after the summary: how many, when, and Refresh beside the notice. */
export const DataChangedSince: Story = { args: { scenario: 'changedSince' } };
/** The same for a viewer: the notice without Refresh. */
export const DataChangedSinceViewer: Story = { args: { scenario: 'changedSince', refresh: false } };
/** Model output carrying HTML and scripts, shown as inert text. */
export const HtmlInOutput: Story = { args: { scenario: 'html' } };
/** A job writing the summary: stage, elapsed time, the sections streamed so far. */
export const Generating: Story = { args: { scenario: 'generating' } };
/** The job failed: the message, Retry, and the last good summary. */
export const FailedWithLastGood: Story = { args: { scenario: 'failed' } };
/** The service is unavailable and there is no summary yet. */
export const ErrorWithoutSummary: Story = { args: { scenario: 'error' } };
/** A viewer: no Refresh, no settings gear. */
export const Viewer: Story = { args: { refresh: false, configure: false } };
/** An admin: Refresh and the settings gear. */
export const Admin: Story = { args: { configure: true } };

/** Statements the faithfulness check withheld: every reader sees the count. */
export const Withheld: Story = { args: { scenario: 'withheld' } };

/** The same for an admin, who can open what was withheld and why. */
export const WithheldAdmin: Story = { args: { scenario: 'withheld', configure: true } };
/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', configure: true },
  parameters: { backgrounds: { default: 'dark' } },
};
/** The dislike reason form, opened by the Dislike toggle. */
export const DislikeReason: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('account-summary');
    const dislike = await waitFor(() => el?.shadowRoot?.querySelector<HTMLButtonElement>('.dislike'));
    dislike.click();
  },
};

/** Polls until `find` returns an element (the mocked client answers asynchronously). */
async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('element not found');
}
