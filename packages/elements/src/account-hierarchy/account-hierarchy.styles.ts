/**
 * Styles of `<account-hierarchy>`: an indented tree with a disclosure marker per account, the
 * values in a muted row, and a clear focus ring and selection marker.
 */
import { css } from 'lit';

export const hierarchyStyles = css`
  .own-toggle {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    padding: 4px calc(var(--_space) * 1.5);
  }
  .own-toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tree {
    margin-top: var(--_space);
  }
  [role='group'] {
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  [role='treeitem'] {
    border-radius: var(--_radius);
  }
  [role='treeitem']:focus-visible {
    outline: none;
  }
  [role='treeitem']:focus-visible > .row {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px calc(var(--_space) * 1.5);
    padding: 4px var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }
  .row:hover {
    background: var(--_subtle);
  }
  [aria-selected='true'] > .row {
    border-inline-start-color: var(--_accent);
    background: var(--_subtle);
  }
  .toggle {
    display: inline-block;
    width: 1em;
    color: var(--_muted);
  }
  .name {
    font-weight: 600;
  }
  .type,
  .label,
  .own,
  .note,
  .value {
    white-space: nowrap;
  }
  .note.error {
    color: var(--_danger);
  }
`;
