/**
 * Inline editing of one `editable` attribute (practitioners; `<account-attributes>`): the input
 * that fits the attribute's type (a number, a date, yes/no, text), Enter or Save to send, Escape
 * or Cancel to leave, and the parsing of what was typed into the value the API takes (an empty
 * field clears the value, `null`; a number that is not one is refused before anything is sent).
 */
import { html, type TemplateResult } from 'lit';
import type { AccountProfile } from '@successkit/core';

type ProfileAttribute = AccountProfile['attributes'][number];

/** The texts of the editor. */
export interface EditorTexts {
  edit: (label: string) => string;
  save: string;
  cancel: string;
  yes: string;
  no: string;
  notANumber: string;
}

/** The value to send for what was typed, or why it cannot be sent. */
export function parseAttributeInput(type: ProfileAttribute['type'], text: string, texts: Pick<EditorTexts, 'notANumber'>): { value: string | number | boolean | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (type === 'number' || type === 'currency' || type === 'percent') {
    const n = Number(trimmed);
    return Number.isFinite(n) ? { value: n } : { error: texts.notANumber };
  }
  if (type === 'boolean') return { value: trimmed === 'true' };
  return { value: trimmed };
}

/** The input for `attribute`, holding its current own value. */
export function attributeInput(attribute: ProfileAttribute, texts: EditorTexts, handlers: { onSave: (text: string) => void; onCancel: () => void }): TemplateResult {
  const own = attribute.own;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      handlers.onSave((event.currentTarget as HTMLInputElement).value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      handlers.onCancel();
    }
  };
  const label = texts.edit(attribute.label);
  const field =
    attribute.type === 'boolean'
      ? html`<select class="edit-input" aria-label=${label} @keydown=${onKey}>
          <option value="" ?selected=${own === null}>–</option>
          <option value="true" ?selected=${own === true}>${texts.yes}</option>
          <option value="false" ?selected=${own === false}>${texts.no}</option>
        </select>`
      : html`<input
          class="edit-input"
          aria-label=${label}
          type=${attribute.type === 'date' ? 'date' : attribute.type === 'number' || attribute.type === 'currency' || attribute.type === 'percent' ? 'number' : 'text'}
          step="any"
          .value=${own === null ? '' : String(own).slice(0, attribute.type === 'date' ? 10 : undefined)}
          @keydown=${onKey}
        />`;
  const read = (event: Event) => ((event.currentTarget as HTMLElement).closest('.editor')!.querySelector<HTMLInputElement>('.edit-input')!).value;
  return html`<span class="editor">
    ${field}
    <button type="button" class="button" part="save-button" @click=${(e: Event) => handlers.onSave(read(e))}>${texts.save}</button>
    <button type="button" class="button" part="cancel-button" @click=${handlers.onCancel}>${texts.cancel}</button>
  </span>`;
}
