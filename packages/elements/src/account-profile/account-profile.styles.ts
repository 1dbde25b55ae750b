/**
 * Styles of `<account-profile>`: the header (breadcrumb, name, type, health badge, lifecycle
 * stages), the tab list with its selection bar, the host's links, and the Overview grid.
 */
import { css } from 'lit';

export const profileStyles = css`
  .profile-head {
    display: grid;
    gap: 4px;
    margin-bottom: calc(var(--_space) * 2);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  h2 {
    font-size: 1.5em;
  }
  .crumbs ol {
    display: flex;
    flex-wrap: wrap;
    list-style: none;
    margin: 0;
    padding: 0;
    gap: 4px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .crumbs li + li::before {
    content: '›';
    padding-inline-end: 4px;
  }
  .crumbs a,
  .crumbs button,
  .links a {
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .facts div {
    display: flex;
    gap: 4px;
    align-items: baseline;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .stages {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space);
    border-bottom: 1px solid var(--_border);
    margin-bottom: calc(var(--_space) * 2);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
  }
  [role='tab'] {
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    padding: var(--_space) calc(var(--_space) * 1.5);
    color: var(--_muted);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_fg);
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  .links {
    display: flex;
    gap: var(--_space);
    margin: 0;
    padding: 0 0 var(--_space);
    list-style: none;
  }
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--sk-profile-column-width, 420px)), 1fr));
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .overview .wide {
    grid-column: 1 / -1;
  }
  .stack {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
`;
