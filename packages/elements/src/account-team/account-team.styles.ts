/** Styles of `<account-team>`: the member table (names bold, e-mail addresses muted below). */
import { css } from 'lit';

export const teamStyles = css`
  table.grid th[scope='row'] {
    font-weight: 600;
  }
  .email {
    display: block;
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
