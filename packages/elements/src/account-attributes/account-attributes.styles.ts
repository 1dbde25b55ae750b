/**
 * Styles of `<account-attributes>`: the search box, one table per category, and a restricted
 * marker; rows that do not match the search are hidden, not removed, and category tables off
 * screen skip layout until scrolled to (`content-visibility: auto`).
 */
import { css } from 'lit';

export const attributesStyles = css`
  .search {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-bottom: var(--_space);
    max-width: 28em;
  }
  .search input {
    width: 100%;
    box-sizing: border-box;
  }
  .hint,
  .count {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .group {
    margin-top: calc(var(--_space) * 2);
    /* Categories below the fold are laid out when scrolled to (300 attributes render fast). */
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  h3 {
    margin: 0 0 4px;
    font-size: 1em;
  }
  table.grid th[scope='row'] {
    font-weight: normal;
  }
  .key {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    font-family: ui-monospace, monospace;
  }
  [hidden] {
    display: none !important;
  }
  td {
    overflow-wrap: anywhere;
  }
  /* The same columns in every category table. */
  table.grid {
    table-layout: fixed;
  }
  .col-name {
    width: 40%;
  }
`;
