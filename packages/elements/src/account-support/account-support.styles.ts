/**
 * Styles of `<account-support>`: count tiles by status and by priority, and the ticket table.
 * Priority and status are words, with colour only as an extra cue (urgent and high in the
 * danger colour), so nothing depends on colour alone.
 */
import { css } from 'lit';

export const supportStyles = css`
  .tiles {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    margin: 0 0 var(--_space);
  }
  .tiles dl {
    display: flex;
    gap: var(--_space);
    margin: 0;
  }
  .tiles h3 {
    margin: 0 0 4px;
    font-size: 0.9em;
    color: var(--_muted);
    font-weight: 600;
  }
  .tile {
    min-width: 4.5em;
    padding: 4px var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .tile dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .tile dd {
    margin: 0;
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .priority-urgent,
  .priority-high {
    color: var(--_danger);
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
`;
