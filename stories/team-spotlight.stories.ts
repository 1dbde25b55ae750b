/**
 * `<team-spotlight>` in each state, driven by a mocked client (no server): data, 500 members,
 * filters set by the host, a metric column, loading, error with Retry, empty, the drill-down
 * open (and failing), TV mode, dark.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@successkit/elements/team-spotlight';
import { spotlightMockClient, type SpotlightScenario } from './mocks/spotlight-api.ts';

interface Args {
  scenario: SpotlightScenario;
  teamRole: string;
  period: number;
  team: string;
  flow: string;
  metrics: string;
  tvMode: boolean;
  theme: 'light' | 'dark' | 'auto';
  openDrilldown: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/team-spotlight',
  component: 'team-spotlight',
  argTypes: {
    scenario: { control: 'select', options: ['data', 'many', 'empty', 'loading', 'error', 'drilldown-error'] },
    period: { control: 'select', options: [7, 14, 30, 90, 180, 365] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { scenario: 'data', teamRole: '', period: 30, team: '', flow: '', metrics: '', tvMode: false, theme: 'light', openDrilldown: false },
  render: (args) =>
    html`<team-spotlight
      theme=${args.theme}
      team-role=${args.teamRole || undefined}
      period=${args.period}
      team=${args.team || undefined}
      flow=${args.flow || undefined}
      metrics=${args.metrics || undefined}
      ?tv-mode=${args.tvMode}
      refresh-interval="30"
      .apiClient=${spotlightMockClient(args.scenario)}
    ></team-spotlight>`,
  play: async ({ canvasElement, args }) => {
    if (!args.openDrilldown) return;
    const el = canvasElement.querySelector('team-spotlight')!;
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('button.member'); i++) await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot?.querySelector<HTMLButtonElement>('button.member')?.click();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Twelve CSMs: summary cards with trends, the unassigned-accounts warning, the member table. */
export const Data: Story = {};
/** 500 members (the size the render benchmark uses). */
export const FiveHundredMembers: Story = { args: { scenario: 'many' } };
/** Filters set by the host through attributes: Onboarding Managers, 90 days, one flow. */
export const FilteredByHost: Story = { args: { teamRole: 'Onboarding Manager', period: 90, flow: 'renewal' } };
/** One team, with the contract value and a custom attribute as metric columns. */
export const MetricColumns: Story = { args: { team: 't-east', metrics: 'contractValue,arr:sum' } };
/** Waiting for the first answer. */
export const Loading: Story = { args: { scenario: 'loading' } };
/** The service is unavailable: the message and Retry. */
export const Failed: Story = { args: { scenario: 'error' } };
/** No member has the role for these filters. */
export const Empty: Story = { args: { scenario: 'empty' } };
/** A member's drill-down: Covered / Not covered / Has overdue tasks, sortable, paged. */
export const Drilldown: Story = { args: { openDrilldown: true } };
/** The drill-down failing, with Retry. */
export const DrilldownError: Story = { args: { scenario: 'drilldown-error', openDrilldown: true } };
/** TV mode: larger type, refreshing every 30 seconds. */
export const TvMode: Story = { args: { tvMode: true } };
/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
