/**
 * Styles of `<account-health>`: the overall score with its band badge, the dimension table with
 * score bars, and the weekly strip. Band colours are the `--sk-color-poor/average/good/none`
 * tokens; badge text sits on the surface colour, not on the band colour, to keep its contrast.
 */
import { css } from 'lit';

export const healthStyles = css`
  .account {
    font-weight: normal;
  }
  .overall p {
    margin: 0;
  }
  .score .number {
    font-size: 2.2em;
    font-weight: 700;
  }
  .out-of,
  .meta {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    margin-inline-start: var(--_space);
    padding: 0 var(--_space);
    border-radius: 999px;
    border: 2px solid currentColor;
    font-weight: 600;
    background: none;
    vertical-align: super;
  }
  .badge.band-poor {
    color: var(--_poor);
  }
  .badge.band-average {
    color: var(--_average);
  }
  .badge.band-good {
    color: var(--_good);
  }
  .badge.band-none {
    color: var(--_none);
  }
  .trend.up {
    color: var(--_good);
  }
  .trend.down {
    color: var(--_poor);
  }
  table.dimensions {
    border-collapse: collapse;
    width: 100%;
    margin: calc(var(--_space) * 2) 0;
  }
  caption,
  figcaption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 4px;
  }
  th,
  td {
    text-align: start;
    padding: 4px var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  th[scope='row'] {
    font-weight: normal;
  }
  .track {
    fill: var(--_subtle);
    stroke: var(--_border);
  }
  rect.band-poor {
    fill: var(--_poor);
  }
  rect.band-average {
    fill: var(--_average);
  }
  rect.band-good {
    fill: var(--_good);
  }
  rect.band-none {
    fill: var(--_subtle);
    stroke: var(--_none);
    stroke-dasharray: 2 1;
  }
  .upsell {
    fill: var(--_accent);
  }
  figure {
    margin: 0;
  }
  .strip {
    overflow-x: auto;
  }
  .weeks {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    list-style: none;
    padding: 0;
    margin: 4px 0 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    rect.band-poor, rect.band-average, rect.band-good, .upsell {
      fill: CanvasText;
    }
  }
`;
