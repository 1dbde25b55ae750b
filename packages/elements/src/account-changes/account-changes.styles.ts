/** Styles of `<account-changes>`: the period picker and the change table (old → new). */
import { css } from 'lit';

export const changesStyles = css`
  .old {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .arrow {
    padding: 0 4px;
    color: var(--_muted);
  }
  .new {
    font-weight: 600;
  }
  table.grid th[scope='row'] {
    font-weight: normal;
  }
  time {
    white-space: nowrap;
  }
`;
