/** Styles of `<account-collections>`: one table per collection, scrolling sideways when wide. */
import { css } from 'lit';

export const collectionsStyles = css`
  .collection + .collection {
    margin-top: calc(var(--_space) * 2);
  }
  h3 {
    margin: 0 0 4px;
    font-size: 1.05em;
  }
  .count {
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  .scroll {
    overflow-x: auto;
  }
  td.text {
    max-width: 24em;
    overflow-wrap: anywhere;
  }
`;
