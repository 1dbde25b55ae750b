/**
 * Styles of `<account-portfolio>`: the filter bar, and a table that scrolls inside its own
 * box (`--sk-portfolio-height`) with a sticky header and fixed-height rows (the virtual window
 * depends on the row height), each value on one line.
 */
import { css } from 'lit';

/** The row height the virtual window assumes (px); the CSS below uses the same number. */
export const portfolioRowHeight = 40;

export const portfolioStyles = css`
  :host {
    --sk-portfolio-height: 32rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: end;
    margin-bottom: var(--_space);
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .filters input[type='search'] {
    min-width: 16em;
  }
  .figures {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  .scroll {
    max-height: var(--sk-portfolio-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table.portfolio {
    table-layout: fixed;
    min-width: 72em;
  }
  table.portfolio thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_subtle);
    white-space: nowrap;
  }
  table.portfolio tbody tr:not(.spacer) {
    height: 40px;
  }
  table.portfolio td,
  table.portfolio tbody th {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: middle;
    padding-block: 0;
    font-weight: normal;
  }
  th.name {
    width: 18em;
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  button.sort {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  button.sort:focus-visible,
  button.link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a,
  button.link {
    color: var(--_accent);
    font-weight: 600;
  }
  button.link {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
  }
  .band {
    display: inline-block;
    min-width: 4.5em;
    padding: 0 6px;
    border-radius: 999px;
    border: 2px solid currentColor;
    font-weight: 600;
    font-size: 0.85em;
    text-align: center;
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
  .muted,
  .arrow {
    color: var(--_muted);
  }
  .overdue,
  .not-covered {
    color: var(--_danger);
  }
`;
