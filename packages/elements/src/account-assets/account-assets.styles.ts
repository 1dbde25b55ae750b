/** Styles of `<account-assets>`: a list of documents and links with their kind and who added them. */
import { css } from 'lit';

export const assetsStyles = css`
  ul.assets {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.assets li {
    display: grid;
    grid-template-columns: 6.5em 1fr;
    gap: 2px var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .kind {
    grid-row: span 2;
    align-self: start;
    justify-self: start;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 var(--_space);
    font-size: 0.85em;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    font-weight: 600;
  }
  .unsafe {
    color: var(--_muted);
  }
  .unsafe .name {
    color: var(--_fg);
    font-weight: 600;
  }
  .meta,
  .count {
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
