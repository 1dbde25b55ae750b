/**
 * Styles of `<account-contacts>`: the NPS distribution (a horizontal bar per bin, with its count
 * as text) and one card per contact.
 */
import { css } from 'lit';

export const contactsStyles = css`
  .distribution {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .distribution h3,
  .contact h3 {
    margin: 0;
    font-size: 1em;
  }
  .bins {
    list-style: none;
    margin: 4px 0 0;
    padding: 0;
    display: grid;
    gap: 2px;
    max-width: var(--sk-nps-chart-width, 36em);
  }
  .bins li {
    display: grid;
    grid-template-columns: 7em 1fr 6em;
    gap: var(--_space);
    align-items: center;
    font-size: 0.9em;
  }
  .bar {
    height: 10px;
    min-width: 1px;
    width: var(--w);
    border-radius: 2px;
    background: var(--_accent);
  }
  .bar.zero {
    background: var(--_border);
  }
  .contacts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--sk-contact-min-width, 220px), 1fr));
    gap: var(--_space);
  }
  .contact {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_subtle);
    overflow-wrap: anywhere;
  }
  .contact p {
    margin: 2px 0 0;
  }
  .title,
  .also {
    color: var(--_muted);
    font-size: 0.9em;
  }
  a {
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    .bar {
      background: CanvasText;
    }
  }
`;
