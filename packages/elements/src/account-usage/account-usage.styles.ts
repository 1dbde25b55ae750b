/**
 * Styles of `<account-usage>`: the figures, the two time charts (line and area in the accent
 * colour; axis text in the muted colour) and the top modules / top end users tables.
 */
import { css } from 'lit';

export const usageStyles = css`
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    margin: 0 0 var(--_space);
  }
  .figures dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .figures dd {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .scope {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
    gap: calc(var(--_space) * 2);
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 4px;
  }
  svg.chart {
    width: 100%;
    height: 160px;
    display: block;
  }
  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .chart .area {
    fill: var(--_accent);
    opacity: 0.12;
  }
  .chart .point {
    fill: var(--_accent);
  }
  .chart .axis,
  .chart .grid {
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }
  .chart .grid {
    stroke-dasharray: 4 4;
  }
  .chart .tick {
    fill: var(--_muted);
    font-size: 11px;
  }
  .tops {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
    align-items: start;
    gap: calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 2);
  }
  .bar {
    display: inline-block;
    height: 8px;
    background: var(--_accent);
    vertical-align: middle;
  }
  .muted {
    color: var(--_muted);
  }
  .top-users th {
    font-weight: normal;
  }
`;
