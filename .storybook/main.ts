/**
 * Storybook 10 for the successkit elements: stories in `stories/`, written against the element
 * sources (the `@successkit/source` condition), with the a11y and docs addons. Controls and
 * autodocs come from the elements' `custom-elements.json` (see preview.ts).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['@successkit/source', 'browser', 'module', 'import', 'default'] },
      esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
    });
  },
};

export default config;
