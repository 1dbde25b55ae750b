/**
 * Parts of `<summary-settings>`: the attribute checklists (include unmasked, with its warning and
 * limit; ignore) and the preview of what would leave the server. The preview is rendered as
 * text only: whatever the payload holds, it is shown, never interpreted.
 */
import type { SummaryConfigResponse, SummaryPreview } from '@successkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { SummarySettingsStrings } from './summary-settings.strings.ts';

/** What an attribute checklist needs. */
export interface AttributeChoicesModel {
  strings: SummarySettingsStrings;
  attributes: SummaryConfigResponse['attributes'];
  list: 'include' | 'ignore';
  chosen: readonly string[];
  max?: number;
  onToggle: (key: string, on: boolean) => void;
}

/** A checklist of attributes; past `max`, the unchecked ones are disabled. */
export function renderAttributeChoices(m: AttributeChoicesModel): TemplateResult {
  const s = m.strings;
  const include = m.list === 'include';
  const full = m.max !== undefined && m.chosen.length >= m.max;
  return html`<fieldset class="attributes ${m.list}" part="section" aria-describedby="${m.list}-help">
    <legend>${include ? s.includeLegend : s.ignoreLegend}</legend>
    ${include
      ? html`<p class="warning" part="warning" id="include-help"><span aria-hidden="true">⚠</span> ${s.includeWarning}
          <span class="count">${s.includeCount(m.chosen.length, m.max ?? 0)}</span></p>`
      : html`<p class="help" id="ignore-help">${s.ignoreHelp}</p>`}
    <div class="choices">
      ${m.attributes.map((attribute) => {
        const checked = m.chosen.includes(attribute.key);
        const blocked = include && attribute.restricted;
        const notes = [attribute.pii ? s.personal : '', blocked ? s.restricted : ''].filter(Boolean).join(', ');
        return html`<label class="choice">
          <input
            type="checkbox"
            name="${m.list}-${attribute.key}"
            value=${attribute.key}
            .checked=${checked}
            ?disabled=${blocked || (full && !checked)}
            @change=${(e: Event) => m.onToggle(attribute.key, (e.target as HTMLInputElement).checked)}
          />
          ${attribute.label}${notes ? html` <span class="tag">(${notes})</span>` : nothing}
        </label>`;
      })}
    </div>
  </fieldset>`;
}

/** What the preview part needs. */
export interface PreviewModel {
  strings: SummarySettingsStrings;
  preview: SummaryPreview | null;
  previewing: boolean;
  sampleAccountId: string;
  onPreview: () => void;
}

/** The preview controls and output. */
export function renderPreview(m: PreviewModel): TemplateResult {
  const s = m.strings;
  return html`<fieldset part="section" class="preview-section">
    <legend>${s.previewLegend}</legend>
    <p class="help">${s.previewHelp}</p>
    <div class="row">
      <label for="preview-account">${s.previewAccount}</label>
      <input id="preview-account" type="text" .value=${m.sampleAccountId} autocomplete="off" />
      <button type="button" class="button preview-button" ?disabled=${m.previewing} @click=${m.onPreview}>${s.previewButton}</button>
    </div>
    <div class="preview" part="preview" aria-live="polite" aria-busy=${m.previewing ? 'true' : 'false'}>
      ${m.previewing ? html`<p>${s.previewLoading}</p>` : nothing}
      ${m.preview
        ? html`<p>${s.previewTokens(m.preview.tokens)}</p>
            ${m.preview.messages.map((message) => html`<div class="message"><strong>${message.role}</strong><pre tabindex="0">${message.content}</pre></div>`)}
            <details>
              <summary>${s.previewPayload}</summary>
              <pre tabindex="0">${JSON.stringify(m.preview.payload, null, 2)}</pre>
            </details>`
        : nothing}
    </div>
  </fieldset>`;
}
