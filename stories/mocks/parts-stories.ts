/**
 * The story set shared by `<account-usage>`, `<account-support>`, `<account-collections>`,
 * `<account-assets>` and `<account-portfolio>`: one `Meta` per element whose stories pick a
 * scenario of the mocked parts API (data, empty, loading, error; `big` for the portfolio) and a
 * theme, and `dark`, the arguments and background of a dark story. Each story file adds its
 * literal `title` and `component` and its named stories (Storybook reads them statically).
 */
import type { Meta } from '@storybook/web-components-vite';
import { partsMockClient, type PartsScenario } from './parts-api.ts';

/** The arguments of these stories. */
export interface PartsArgs {
  scenario: PartsScenario;
  theme: 'light' | 'dark' | 'auto';
}

/** The arguments and background of a dark story. */
export const dark = { args: { theme: 'dark' as const }, parameters: { backgrounds: { default: 'dark' } } };

/** The shared `Meta` fields: the element `tag` with `attributes`, a theme and the mocked client of the scenario. */
export function partsMeta(tag: string, attributes: Record<string, string>): Meta<PartsArgs> {
  return {
    argTypes: {
      scenario: { control: 'select', options: ['data', 'empty', 'loading', 'error'] },
      theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    },
    args: { scenario: 'data', theme: 'light' },
    render: (args) => {
      const el = document.createElement(tag) as HTMLElement & { apiClient?: unknown };
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.setAttribute('theme', args.theme);
      el.apiClient = partsMockClient(args.scenario);
      return el;
    },
  };
}
