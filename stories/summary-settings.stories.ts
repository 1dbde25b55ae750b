/**
 * `<summary-settings>` in each state, driven by a mocked client: the form, dark, the preview of
 * what leaves the server, the server's validation messages, and a non-admin's load error.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@successkit/elements/summary-settings';
import { summaryMockClient, type SummaryScenario } from './mocks/summary-api.ts';

interface Args {
  scenario: SummaryScenario;
  theme: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Elements/summary-settings',
  component: 'summary-settings',
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  args: { scenario: 'fresh', theme: 'light' },
  render: (args) => html`<summary-settings theme=${args.theme} sample-account-id="acc-1" .apiClient=${summaryMockClient(args.scenario)}></summary-settings>`,
};
export default meta;

type Story = StoryObj<Args>;

async function settingsPart<T extends Element>(canvas: HTMLElement, selector: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = canvas.querySelector('summary-settings')?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${selector} not found`);
}

/** The settings as loaded. */
export const Default: Story = {};
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
/** The preview of exactly what would leave the server for the sample account. */
export const Preview: Story = {
  play: async ({ canvasElement }) => (await settingsPart<HTMLButtonElement>(canvasElement, '.preview-button')).click(),
};
/** Save refused by the server, with its validation messages. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    (await settingsPart<HTMLInputElement>(canvasElement, 'input[name="include-region"]')).click();
    (await settingsPart<HTMLButtonElement>(canvasElement, '.save')).click();
  },
};
/** A token without the admin permission. */
export const NotAdmin: Story = { args: { scenario: 'error' } };
