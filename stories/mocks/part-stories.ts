/**
 * The story set every profile part shares: one `Meta` per element whose stories pick a scenario
 * of the mocked profile API (full, empty, loading, error) and a theme, rendered on a page of the
 * same colour scheme. `as-of` pins the fixtures' time (elements without a period ignore it).
 */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fixtureAsOf } from '../../packages/elements/src/account-profile/__fixtures__/profile-parts.ts';
import { profilePartsMockClient, type PartsScenario } from './profile-parts-api.ts';

/** The arguments of a part story. */
export interface PartArgs {
  scenario: PartsScenario;
  accountId: string;
  theme: 'light' | 'dark';
}

/** The shared `Meta` fields of a part's stories (each story file adds its literal `title` and `component`). */
export function partMeta(tag: string): Meta<PartArgs> {
  return {
    argTypes: {
      scenario: { control: 'select', options: ['full', 'empty', 'loading', 'error'] },
      accountId: { control: 'select', options: ['acme', 'acme-1', 'acme-1-1-1'] },
      theme: { control: 'inline-radio', options: ['light', 'dark'] },
    },
    args: { scenario: 'full', accountId: 'acme-1-1-1', theme: 'light' },
    render: (args) => {
      const el = document.createElement(tag) as HTMLElement & { apiClient?: unknown };
      el.setAttribute('account-id', args.accountId);
      el.setAttribute('theme', args.theme);
      el.setAttribute('as-of', fixtureAsOf);
      el.apiClient = profilePartsMockClient(args.scenario);
      return html`<div style=${`padding: 16px; background: ${args.theme === 'dark' ? '#0d1117' : '#ffffff'}`}>${el}</div>`;
    },
  };
}
