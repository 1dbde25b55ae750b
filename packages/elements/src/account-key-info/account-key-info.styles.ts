/**
 * Styles of `<account-key-info>`: a grid of label / value cards, the rolled-up value under the
 * own one, and a restricted marker.
 */
import { css } from 'lit';

export const keyInfoStyles = css`
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--sk-key-info-min-width, 180px), 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_subtle);
  }
  dt {
    color: var(--_muted);
    font-size: 0.9em;
    display: flex;
    gap: 4px;
    align-items: baseline;
    flex-wrap: wrap;
  }
  dd {
    margin: 2px 0 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .rolled {
    display: block;
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
