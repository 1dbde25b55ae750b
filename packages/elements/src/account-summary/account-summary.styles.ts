/**
 * Styles of `<account-summary>`: the trigger button, the dialog, the generation progress, the
 * summary body and the evidence tooltips. Colours come from the shared `--sk-*` tokens.
 */
import { css } from 'lit';

export const accountSummaryStyles = css`
  :host {
    display: inline-block;
    --sk-summary-dialog-width: min(760px, 94vw);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    min-width: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .button:hover {
    background: var(--_subtle);
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    color: var(--_accent);
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  .primary:hover {
    background: var(--_accent);
    filter: brightness(1.1);
  }
  dialog {
    width: var(--sk-summary-dialog-width);
    max-height: 90vh;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    position: sticky;
    top: 0;
    background: var(--_bg);
    z-index: 2;
  }
  h2 {
    margin: 0 auto 0 0;
    font-size: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .content {
    padding: calc(var(--_space) * 2);
  }
  .meta,
  .note {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  .offline {
    display: inline-block;
    padding: 2px 8px;
    border: 1px solid var(--_average);
    border-radius: var(--_radius);
    color: var(--_fg);
    background: var(--_subtle);
    font-weight: 600;
  }
  .withheld {
    border-left: 4px solid var(--_muted);
    padding-left: var(--_space);
  }
  .withheld p {
    margin: 0;
  }
  .withheld details {
    margin-top: 4px;
    color: var(--_fg);
  }
  .withheld ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }
  .changed {
    border-left: 4px solid var(--_average);
    padding: 4px 8px;
    background: var(--_subtle);
    color: var(--_fg);
  }
  .error {
    border: 1px solid var(--_danger);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .error p {
    margin: 0 auto 0 0;
  }
  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .kpi {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_subtle);
  }
  .kpi dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .kpi dd {
    margin: 0;
    font-size: 1.2em;
    font-weight: 600;
  }
  h3 {
    font-size: 1.05em;
    margin: calc(var(--_space) * 2) 0 4px;
  }
  .statements {
    margin: 0;
    padding-left: 1.2em;
  }
  .statement {
    position: relative;
    margin: 2px 0;
    border-radius: 4px;
  }
  .statement:hover,
  .statement:focus {
    background: var(--_subtle);
  }
  .evidence {
    display: none;
    position: absolute;
    top: 100%;
    left: 0;
    z-index: 1;
    min-width: 240px;
    max-width: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .statement:is(:hover, :focus):not([data-dismissed]) > .evidence {
    display: block;
  }
  .evidence ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }
  .evidence .value {
    font-weight: 600;
  }
  .progress {
    margin-bottom: calc(var(--_space) * 2);
  }
  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    list-style: none;
    padding: 0;
    margin: var(--_space) 0;
  }
  .stages li {
    color: var(--_muted);
  }
  .stages li + li::before {
    content: '→ ';
    color: var(--_muted);
  }
  .stages li[data-state='done'] {
    color: var(--_fg);
  }
  .stages li[aria-current='step'] {
    color: var(--_accent);
    font-weight: 600;
  }
  progress {
    width: 100%;
    accent-color: var(--_accent);
  }
  .dislike-form {
    display: grid;
    gap: 6px;
    margin-bottom: calc(var(--_space) * 2);
  }
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 6px;
  }
  .row {
    display: flex;
    gap: var(--_space);
  }
  .previous {
    opacity: 0.85;
  }
`;
