/**
 * The ordered header-KPI list of `<summary-settings>`: reorder by drag and drop, or by keyboard
 * alone with each item's Move up / Move down buttons; remove; add from the attributes left.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SummarySettingsStrings } from './summary-settings.strings.ts';

/** Moves the item at `from` to `to` (a new array). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** What the list needs. */
export interface KpiListModel {
  strings: SummarySettingsStrings;
  kpis: readonly string[];
  labelOf: (key: string) => string;
  choices: ReadonlyArray<{ key: string; label: string }>;
  max: number;
  onMove: (from: number, to: number, via: 'keyboard' | 'drag') => void;
  onRemove: (index: number) => void;
  onAdd: (key: string) => void;
}

/** The KPI fieldset. */
export function renderKpiList(m: KpiListModel): TemplateResult {
  const s = m.strings;
  let dragging = -1;
  const full = m.kpis.length >= m.max;
  const add = (event: Event) => {
    const select = (event.currentTarget as HTMLElement).parentElement?.querySelector('select');
    if (select?.value) m.onAdd(select.value);
  };
  return html`<fieldset class="kpis" part="section">
    <legend>${s.kpisLegend}</legend>
    <p class="help" id="kpi-help">${s.kpisHelp}</p>
    ${m.kpis.length
      ? html`<ol class="kpi-list" aria-describedby="kpi-help">
          ${m.kpis.map((key, i) => {
            const label = m.labelOf(key);
            return html`<li
              class="kpi"
              part="kpi"
              data-key=${key}
              draggable="true"
              @dragstart=${(e: DragEvent) => {
                dragging = i;
                e.dataTransfer?.setData('text/plain', String(i));
                if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
              }}
              @dragover=${(e: DragEvent) => e.preventDefault()}
              @drop=${(e: DragEvent) => {
                e.preventDefault();
                const from = dragging >= 0 ? dragging : Number(e.dataTransfer?.getData('text/plain'));
                dragging = -1;
                if (Number.isInteger(from) && from !== i) m.onMove(from, i, 'drag');
              }}
            >
              <span class="grip" aria-hidden="true">⠿</span>
              <span class="kpi-label">${label}</span>
              <button type="button" class="button up" aria-label=${s.moveUp(label)} ?disabled=${i === 0} @click=${() => m.onMove(i, i - 1, 'keyboard')}>↑</button>
              <button type="button" class="button down" aria-label=${s.moveDown(label)} ?disabled=${i === m.kpis.length - 1} @click=${() => m.onMove(i, i + 1, 'keyboard')}>↓</button>
              <button type="button" class="button remove" aria-label=${s.remove(label)} @click=${() => m.onRemove(i)}>✕</button>
            </li>`;
          })}
        </ol>`
      : html`<p>${s.kpisEmpty}</p>`}
    <div class="row">
      <label for="add-kpi">${s.addKpiLabel}</label>
      <select id="add-kpi" ?disabled=${full}>
        <option value="">${s.addKpiChoose}</option>
        ${m.choices.map((choice) => html`<option value=${choice.key}>${choice.label}</option>`)}
      </select>
      <button type="button" class="button add" ?disabled=${full} @click=${add}>${s.addKpi}</button>
    </div>
    ${full ? html`<p class="help">${s.kpisFull}</p>` : nothing}
  </fieldset>`;
}
