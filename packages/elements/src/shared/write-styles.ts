/** Styles of the write controls shared by the elements: the inline forms, their fields and the outcome message. */
import { css } from 'lit';

export const writeStyles = css`
  form.write {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  form.write label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.9em;
  }
  form.write [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.85em;
  }
  .write-message {
    margin: 0 0 var(--_space);
  }
  .write-message.refused {
    color: var(--_danger);
  }
  /* A write the server has not confirmed yet: marked by a dashed edge and a subtle ground, never by
     fading the text (faded text fails WCAG contrast). */
  [data-pending] {
    background: var(--_subtle);
    box-shadow: inset 3px 0 0 var(--_border);
    font-style: italic;
  }
  .button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
`;
