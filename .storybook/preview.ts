/**
 * Storybook preview: registers the elements' custom-elements manifest (controls and autodocs),
 * turns on autodocs and the a11y checks for every story, and offers a light/dark toolbar.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: 'Colour scheme of the elements',
      toolbar: { title: 'Theme', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      document.documentElement.dataset.skTheme = String(context.globals.theme ?? 'light');
      document.body.style.background = context.globals.theme === 'dark' ? '#0d1117' : '#ffffff';
      return story();
    },
  ],
};

export default preview;
