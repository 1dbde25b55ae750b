/** Styles of `<account-timeline>`: a vertical list of entries with a marker line, newest first. */
import { css } from 'lit';

export const timelineStyles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
  }
  li {
    position: relative;
    padding: 4px 0 var(--_space) calc(var(--_space) * 2);
  }
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: -6px;
    top: 10px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
  }
  li.task::before {
    border-radius: 2px;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
  }
  .subject {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sentiment-positive,
  .status-done {
    color: var(--_good);
  }
  .sentiment-negative,
  .status-overdue {
    color: var(--_poor);
  }
  .count {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 var(--_space);
  }
`;
