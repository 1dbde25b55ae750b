/**
 * Styles of `<team-spotlight>`: the filter bar, summary cards, member table with its SVG bars
 * (their geometry: spotlight-charts.ts) and shared tooltip, and the drill-down dialog. Flow
 * colours are `--sk-color-flow-1…6` with light and dark defaults of at least 3:1 contrast
 * against the surface.
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
  .head {
    justify-content: flex-start;
    align-items: baseline;
    margin-bottom: 0;
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
  .members td .trend {
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
    position: relative;
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
   * The member table keeps its table semantics but lays each row out as a flex row with the
   * same fixed column widths (a flex row measured cheaper than a grid), so no row depends on
   * another's content: the row blocks away from the screen (render-member-table.ts) skip style,
   * layout and paint (content-visibility) until scrolled near.
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
    display: flex;
    align-items: center;
    border-bottom: 1px solid var(--_border);
  }
  /* Fixed column widths (metric columns 10em); the name column takes the rest. */
  .members tr > * {
    flex: none;
    box-sizing: border-box;
    width: 10em;
  }
  .members tr > :first-child {
    flex: 1 0 11em;
  }
  .members tr > :nth-child(2) {
    width: 15em;
  }
  .members tr > :nth-child(3) {
    width: 13em;
  }
  .members tr > :nth-child(4),
  .members tr > :nth-child(5) {
    width: 8.5em;
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
  /* Row blocks (10 rows, render-member-table.ts) are laid out when on or near the screen. */
  .members tbody {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 21em;
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
  /* A stacked bar is an inline SVG: its frame and track are CSS, its segments rects. */
  .bar,
  .bands {
    display: inline-block;
    vertical-align: middle;
    border: 1px solid var(--_border);
    border-radius: 2px;
    background-color: var(--_subtle);
  }
  .bar {
    width: 120px;
    height: 12px;
    margin-inline-end: 4px;
  }
  .bands {
    width: 80px;
    height: 10px;
  }
  .bar > rect,
  .bands > rect {
    height: 100%;
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
  .tooltip {
    position: absolute;
    z-index: 1;
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
  }
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
    /* Keep the charts, drawn in the system colours: segments in CanvasText, split by the track. */
    .bar,
    .bands {
      forced-color-adjust: none;
      background-color: Canvas;
      border-color: CanvasText;
    }
    .flow-0, .flow-1, .flow-2, .flow-3, .flow-4, .flow-5, .band-poor, .band-average, .band-good, .band-none {
      fill: CanvasText;
    }
  }
`;
