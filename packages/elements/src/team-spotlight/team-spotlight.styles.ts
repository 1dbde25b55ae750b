/**
 * Styles of `<team-spotlight>`: the filter bar, summary cards, member table with its SVG bars
 * and tooltip, and the drill-down dialog. Flow colours are `--sk-color-flow-1…6` with light and
 * dark defaults of at least 3:1 contrast against the surface.
 */
import { css } from 'lit';

export const spotlightStyles = css`
  :host {
    --_flow-0: var(--sk-color-flow-1, #0969da);
    --_flow-1: var(--sk-color-flow-2, #8250df);
    --_flow-2: var(--sk-color-flow-3, #bf3989);
    --_flow-3: var(--sk-color-flow-4, #9a6700);
    --_flow-4: var(--sk-color-flow-5, #1b7c83);
    --_flow-5: var(--sk-color-flow-6, #57606a);
    --_max-height: var(--sk-spotlight-max-height, none);
  }
  :host([theme='dark']) {
    --_flow-0: var(--sk-color-flow-1, #4493f8);
    --_flow-1: var(--sk-color-flow-2, #a371f7);
    --_flow-2: var(--sk-color-flow-3, #db61a2);
    --_flow-3: var(--sk-color-flow-4, #d29922);
    --_flow-4: var(--sk-color-flow-5, #39c5cf);
    --_flow-5: var(--sk-color-flow-6, #9da7b3);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_flow-0: var(--sk-color-flow-1, #4493f8);
      --_flow-1: var(--sk-color-flow-2, #a371f7);
      --_flow-2: var(--sk-color-flow-3, #db61a2);
      --_flow-3: var(--sk-color-flow-4, #d29922);
      --_flow-4: var(--sk-color-flow-5, #39c5cf);
      --_flow-5: var(--sk-color-flow-6, #9da7b3);
    }
  }
  :host([tv-mode]) {
    --_font-size: var(--sk-font-size-tv, 20px);
  }
  .base {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  .period,
  .updating,
  .sub {
    margin: 0;
    color: var(--_muted);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: var(--_space) 0;
  }
  .filters label {
    display: grid;
    gap: 2px;
    color: var(--_muted);
  }
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 2px 4px;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
    gap: var(--_space);
    list-style: none;
    padding: 0;
    margin: var(--_space) 0;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_subtle);
  }
  .card h3 {
    color: var(--_muted);
    font-weight: 500;
  }
  .value {
    margin: 0;
    font-size: 1.6em;
    font-weight: 600;
  }
  .trend.up {
    color: var(--_good);
  }
  .trend.down {
    color: var(--_poor);
  }
  .trend.flat {
    color: var(--_muted);
  }
  .trend.compact {
    margin-inline-start: 4px;
    font-size: 0.85em;
  }
  .warning {
    border-inline-start: 4px solid var(--_average);
    padding: 4px var(--_space);
    background: var(--_subtle);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    list-style: none;
    padding: 0;
    margin: 4px 0 var(--_space);
    color: var(--_muted);
  }
  .scroll {
    overflow: auto;
    max-height: var(--_max-height);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 4px var(--_space);
    border-bottom: 1px solid var(--_border);
    white-space: nowrap;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .num {
    text-align: end;
  }
  /*
   * The member table keeps its table semantics but lays each row out as a grid with the same
   * fixed columns (metric columns are implicit ones), so no row depends on another's content:
   * rows after the first 30 skip style, layout and paint (content-visibility) until scrolled near.
   */
  table.members,
  .members thead,
  .members tbody {
    display: block;
  }
  table.members {
    min-width: max-content;
  }
  .members tr {
    display: grid;
    grid-template-columns: minmax(11em, 1fr) 15em 13em 8.5em 8.5em 10em;
    grid-template-rows: auto;
    grid-auto-flow: column;
    grid-auto-columns: 10em;
    align-items: center;
    border-bottom: 1px solid var(--_border);
  }
  .members th,
  .members td {
    border-bottom: 0;
  }
  .members th[scope='col'],
  .members th[scope='row'] {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  /* The first 30 rows (a screenful) are laid out at once; the rest when scrolled near. */
  .members tbody tr:nth-child(n + 31) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 2.3em;
  }
  .members tbody tr.tip-open {
    content-visibility: visible;
    position: relative;
    z-index: 1;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover {
    background: var(--_subtle);
  }
  button.sort,
  button.member {
    background: none;
    border: 0;
    padding: 0;
    font-weight: 600;
    text-align: inherit;
  }
  button.member {
    color: var(--_accent);
    text-decoration: underline;
  }
  .volume {
    position: relative;
  }
  .volume-chart {
    display: inline-block;
    vertical-align: middle;
    margin-inline-end: 4px;
    border-radius: 2px;
  }
  .bar,
  .bands {
    display: block;
  }
  .track {
    fill: var(--_subtle);
    stroke: var(--_border);
  }
  .flow-0 {
    fill: var(--_flow-0);
  }
  .flow-1 {
    fill: var(--_flow-1);
  }
  .flow-2 {
    fill: var(--_flow-2);
  }
  .flow-3 {
    fill: var(--_flow-3);
  }
  .flow-4 {
    fill: var(--_flow-4);
  }
  .flow-5 {
    fill: var(--_flow-5);
  }
  .band-poor {
    fill: var(--_poor);
    background: var(--_poor);
  }
  .band-average {
    fill: var(--_average);
    background: var(--_average);
  }
  .band-good {
    fill: var(--_good);
    background: var(--_good);
  }
  .band-none {
    fill: var(--_none);
    background: var(--_none);
  }
  .health > span[role='img'] {
    display: inline-block;
    vertical-align: middle;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    inset-inline-start: var(--_space);
    top: 100%;
    min-width: 10em;
    text-align: start;
    padding: var(--_space);
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .state {
    padding: calc(var(--_space) * 2) 0;
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
  .retry,
  .pager button,
  .close {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    padding: 4px calc(var(--_space) * 1.5);
  }
  .pager button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: not-allowed;
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    width: min(52em, 92vw);
    padding: calc(var(--_space) * 2);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }
  .tabs {
    display: flex;
    gap: 4px;
    margin: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    background: none;
    border: 0;
    border-bottom: 3px solid transparent;
    padding: 4px var(--_space);
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  .dot {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    margin-inline-end: 4px;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    .flow-0, .flow-1, .flow-2, .flow-3, .flow-4, .flow-5, .band-poor, .band-average, .band-good, .band-none {
      fill: CanvasText;
    }
  }
`;
