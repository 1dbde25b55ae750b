/**
 * Theme tokens: every successkit element reads its colours, spacing and type from `--sk-*`
 * custom properties, with light and dark defaults that meet WCAG 2.2 AA contrast. A host
 * overrides any token on the element or an ancestor; `theme="dark"` or the page's dark
 * preference (with `theme="auto"`) switches the defaults.
 */
import { css } from 'lit';

/** The dark defaults, used by `theme="dark"` and by `theme="auto"` on a dark page. */
const darkTokens = css`
    color-scheme: dark;
    --_bg: var(--sk-color-surface, #0d1117);
    --_fg: var(--sk-color-text, #e6edf3);
    --_muted: var(--sk-color-text-muted, #9da7b3);
    --_border: var(--sk-color-border, #3d444d);
    --_accent: var(--sk-color-accent, #4493f8);
    --_accent-fg: var(--sk-color-on-accent, #0d1117);
    --_subtle: var(--sk-color-surface-subtle, #161b22);
    --_poor: var(--sk-color-poor, #ff7b72);
    --_average: var(--sk-color-average, #e3b341);
    --_good: var(--sk-color-good, #3fb950);
    --_none: var(--sk-color-none, #8b949e);
    --_focus: var(--sk-color-focus, #4493f8);
    --_danger: var(--sk-color-danger, #ff7b72);
`;

/** Base styles and token defaults shared by every element. */
export const themeStyles = css`
  :host {
    --_bg: var(--sk-color-surface, #ffffff);
    --_fg: var(--sk-color-text, #1b1f24);
    --_muted: var(--sk-color-text-muted, #57606a);
    --_border: var(--sk-color-border, #d0d7de);
    --_accent: var(--sk-color-accent, #0b5cad);
    --_accent-fg: var(--sk-color-on-accent, #ffffff);
    --_subtle: var(--sk-color-surface-subtle, #f6f8fa);
    --_poor: var(--sk-color-poor, #b42318);
    --_average: var(--sk-color-average, #8a5a00);
    --_good: var(--sk-color-good, #1a7f37);
    --_none: var(--sk-color-none, #6e7781);
    --_focus: var(--sk-color-focus, #0b5cad);
    --_danger: var(--sk-color-danger, #b42318);
    --_radius: var(--sk-radius, 6px);
    --_space: var(--sk-space, 8px);
    --_font: var(--sk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--sk-font-size, 14px);
    color-scheme: light;
    display: block;
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** The shared panel styles live in their own module (dropped from bundles that do not use them). */
export { panelStyles } from './panel-styles.ts';
