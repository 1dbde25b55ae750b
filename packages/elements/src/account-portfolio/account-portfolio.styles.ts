/**
 * Styles of `<account-portfolio>`: the filter bar, and a table that scrolls inside its own
 * box (`--sk-portfolio-height`) with a sticky header and fixed-height rows (the virtual window
 * depends on the row height), each value on one line. One rule per line: the CSS ships as written.
 */
import { css } from 'lit';

/** The row height the virtual window assumes (px); the CSS below uses the same number. */
export const portfolioRowHeight = 40;

export const portfolioStyles = css`
  .filters { display: flex; flex-wrap: wrap; gap: var(--_space) calc(var(--_space) * 2); margin-bottom: var(--_space); }
  .filters label { display: grid; font-size: 0.9em; }
  .figures, .muted { color: var(--_muted); }
  .scroll { max-height: var(--sk-portfolio-height, 32rem); overflow: auto; border: 1px solid var(--_border); }
  table { table-layout: fixed; min-width: 68em; }
  thead th { position: sticky; top: 0; background: var(--_subtle); }
  tbody tr { height: 40px; }
  table.grid td, table.grid th { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
  th.name { width: 24em; }
  th.renewalDate { width: 13em; }
  th.roles, th.covered, th.healthScore { width: 8em; }
  th.contractValue, th.openTasks { width: 10em; }
  tbody th { font-weight: normal; }
  .spacer td { padding: 0; border: 0; }
  button.sort, button.link { all: unset; cursor: pointer; font-weight: 600; }
  button:focus-visible { outline: 2px solid var(--_focus); }
  a, button.link { color: var(--_accent); text-decoration: underline; }
  .band-poor, .overdue, .not-covered { color: var(--_poor); }
  .band-average { color: var(--_average); }
  .band-good { color: var(--_good); }
`;
