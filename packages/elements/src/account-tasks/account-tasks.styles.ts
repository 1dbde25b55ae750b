/** Styles of `<account-tasks>`: the status buttons with counts, the flow picker and the task table. */
import { css } from 'lit';

export const tasksStyles = css`
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-self: flex-end;
  }
  .statuses button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  .status-overdue {
    color: var(--_poor);
  }
  .status-done {
    color: var(--_good);
  }
  .status-open {
    color: var(--_fg);
  }
  table.grid th[scope='row'] {
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  .completed {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
