/** Styles of `<summary-settings>`, from the shared `--sk-*` tokens. */
import { css } from 'lit';

export const summarySettingsStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
    color: var(--_fg);
    background: var(--_bg);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .help {
    color: var(--_muted);
    margin: 4px 0;
  }
  .warning {
    border-left: 4px solid var(--_average);
    background: var(--_subtle);
    padding: 6px 8px;
    margin: 4px 0 8px;
  }
  .count {
    display: block;
    font-weight: 600;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
    gap: 2px 12px;
    max-height: 240px;
    overflow: auto;
  }
  .choice {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
  .tag {
    color: var(--_muted);
  }
  .kpi-list {
    list-style: none;
    padding: 0;
    margin: 4px 0 8px;
    display: grid;
    gap: 4px;
  }
  .kpi {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 4px 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    cursor: grab;
  }
  .kpi-label {
    flex: 1;
  }
  .grip {
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .button {
    min-height: 32px;
    min-width: 32px;
    padding: 4px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  input[type='text'],
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px 6px;
    min-height: 32px;
  }
  .errors,
  .failure {
    border: 1px solid var(--_danger);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .errors p {
    margin: 0;
    font-weight: 600;
  }
  pre {
    white-space: pre-wrap;
    word-break: break-word;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 4px 0;
    max-height: 240px;
    overflow: auto;
  }
  /* WCAG 2.2 target size (2.5.8): every checkbox is at least 24 × 24 px. */
  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0 6px 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
`;
