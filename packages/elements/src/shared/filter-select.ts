/**
 * A labelled `<select>` for the filter bars of the profile parts: an "all" option, then the
 * values (texts through `label`), the current one selected.
 */
import { html, type TemplateResult } from 'lit';

/** Options of `filterSelect`. */
export interface FilterSelect {
  name: string;
  label: string;
  all: string;
  value: string;
  values: readonly string[];
  text?: (value: string) => string;
  onChange: (value: string) => void;
}

/** Renders one filter. */
export function filterSelect(f: FilterSelect): TemplateResult {
  const values = f.value && !f.values.includes(f.value) ? [f.value, ...f.values] : f.values;
  return html`<label>
    <span>${f.label}</span>
    <select name=${f.name} @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!f.value}>${f.all}</option>
      ${values.map((v) => html`<option value=${v} ?selected=${v === f.value}>${f.text ? f.text(v) : v}</option>`)}
    </select>
  </label>`;
}
