/**
 * The panel most elements are: a bordered surface (`base` part), a header with the title and an
 * `actions` slot, the loading / empty / error states with Retry, filters, badges in the band
 * colours, and plain data tables. Its own module, so elements that do not use it (the summary
 * dialog) do not carry it.
 */
import { css } from 'lit';
export const panelStyles = css`
  .base {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .state {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
  .retry,
  .button {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    padding: 4px calc(var(--_space) * 1.5);
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 4px var(--_space);
  }
  table.grid {
    border-collapse: collapse;
    width: 100%;
  }
  table.grid caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 4px;
  }
  table.grid th,
  table.grid td {
    text-align: start;
    padding: 4px var(--_space);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .band-poor {
    color: var(--_poor);
  }
  .band-average {
    color: var(--_average);
  }
  .band-good {
    color: var(--_good);
  }
  .band-none {
    color: var(--_none);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.9em;
    color: var(--_muted);
  }
`;
