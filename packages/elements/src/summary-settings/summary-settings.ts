/**
 * `<summary-settings>`: the admin screen of the tenant's summary configuration — header KPIs
 * (at most 4, ordered by drag and drop or by keyboard), data-point categories, attributes sent
 * unmasked (at most 10, with the warning), attributes ignored, and a preview of exactly what
 * would leave the server for a sample account. Save shows the server's validation messages.
 */
import type { SummaryConfig, SummaryConfigResponse, SummaryPreview } from '@successkit/core';
import { ApiError } from '@successkit/core/client';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SkElement } from '../shared/sk-element.ts';
import { themeStyles } from '../shared/theme.ts';
import { moveItem, renderKpiList } from './kpi-list.ts';
import { summarySettingsStrings, type SummarySettingsStrings } from './summary-settings.strings.ts';
import { summarySettingsStyles } from './summary-settings.styles.ts';
import { renderAttributeChoices, renderPreview } from './settings-parts.ts';

const maxKpis = 4;
const maxInclude = 10;
type Categories = SummaryConfig['categories'];
type ConfigurableAttribute = SummaryConfigResponse['attributes'][number];

/**
 * Admin settings of account summaries, with a preview of what is sent to the model.
 *
 * @tagname summary-settings
 * @summary Admin settings of account summaries, with a preview of what is sent to the model.
 * @event sk-config-saved - The user saved; detail `{ version, config }`.
 * @event sk-config-cancelled - The user cancelled (the draft is reset to the saved settings).
 * @event sk-token-expired - The token expired; set a fresh one and the call is retried.
 * @csspart base - The form.
 * @csspart section - Each fieldset.
 * @csspart kpi - One KPI in the ordered list.
 * @csspart warning - The "sent unmasked" warning.
 * @csspart preview - The preview output.
 * @csspart errors - The validation messages.
 * @cssproperty --sk-color-accent - Accent (and every other `--sk-*` theme token).
 */
export class SummarySettingsElement extends SkElement {
  static override styles = [themeStyles, summarySettingsStyles];

  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings: SummarySettingsStrings = summarySettingsStrings;
  /** The account used for the preview unless the admin types another. */
  @property({ attribute: 'sample-account-id' }) sampleAccountId = '';

  @state() protected draft: SummaryConfig | null = null;
  @state() protected errors: Array<{ path: string; message: string }> = [];
  @state() protected failure: string | null = null;
  @state() protected saving = false;
  @state() protected preview: SummaryPreview | null = null;
  @state() protected previewing = false;
  @state() protected announcement = '';
  protected saved: SummaryConfigResponse | null = null;

  protected readonly config = this.apiTask({
    args: () => [] as const,
    task: async (_args, { call, signal }) => {
      const config = await call((client) => client.getSummaryConfig({ signal }));
      this.#reset(config);
      return config;
    },
  });

  #reset(config: SummaryConfigResponse): void {
    this.saved = config;
    this.draft = structuredClone(config.config);
    this.errors = [];
    this.failure = null;
  }

  get #attributes(): ConfigurableAttribute[] {
    return this.saved?.attributes ?? [];
  }

  #label = (key: string): string => this.#attributes.find((a) => a.key === key)?.label ?? key;

  #update(patch: Partial<SummaryConfig>): void {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  }

  async #announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  async #moveKpi(from: number, to: number, via: 'keyboard' | 'drag'): Promise<void> {
    if (!this.draft) return;
    const kpis = moveItem(this.draft.kpis, from, to);
    const key = this.draft.kpis[from]!;
    this.#update({ kpis });
    void this.#announce(this.strings.moved(this.#label(key), kpis.indexOf(key) + 1, kpis.length));
    if (via !== 'keyboard') return;
    await this.updateComplete;
    const item = this.renderRoot.querySelector(`li[data-key="${CSS.escape(key)}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(to < from ? '.up' : '.down');
    (wanted && !wanted.disabled ? wanted : item?.querySelector<HTMLButtonElement>(to < from ? '.down' : '.up'))?.focus();
  }

  async #removeKpi(index: number): Promise<void> {
    if (!this.draft) return;
    const key = this.draft.kpis[index]!;
    this.#update({ kpis: this.draft.kpis.filter((_, i) => i !== index) });
    void this.#announce(this.strings.removed(this.#label(key)));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-kpi')?.focus();
  }

  #addKpi(key: string): void {
    if (!this.draft || this.draft.kpis.length >= maxKpis || this.draft.kpis.includes(key)) return;
    this.#update({ kpis: [...this.draft.kpis, key] });
    void this.#announce(this.strings.added(this.#label(key)));
  }

  #toggle(list: 'includeAttributes' | 'ignoreAttributes', key: string, on: boolean): void {
    if (!this.draft) return;
    const current = this.draft[list];
    this.#update({ [list]: on ? [...current.filter((k) => k !== key), key] : current.filter((k) => k !== key) });
  }

  #problem(error: unknown): boolean {
    if (error instanceof ApiError && error.problem.errors?.length) {
      this.errors = error.problem.errors;
      return true;
    }
    this.failure = error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : this.strings.failed;
    return false;
  }

  async #save(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.draft || this.saving) return;
    this.saving = true;
    this.errors = [];
    this.failure = null;
    const draft = this.draft;
    try {
      const saved = await this.callApi((client) => client.putSummaryConfig(draft));
      this.#reset(saved);
      void this.#announce(this.strings.saved(saved.version));
      this.dispatchEvent(new CustomEvent('sk-config-saved', { detail: { version: saved.version, config: saved.config }, bubbles: true, composed: true }));
    } catch (error) {
      this.#problem(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.errors')?.focus();
    } finally {
      this.saving = false;
    }
  }

  #cancel(): void {
    if (this.saved) this.#reset(this.saved);
    this.preview = null;
    this.dispatchEvent(new CustomEvent('sk-config-cancelled', { bubbles: true, composed: true }));
  }

  async #preview(): Promise<void> {
    if (!this.draft) return;
    const typed = this.renderRoot.querySelector<HTMLInputElement>('#preview-account')?.value.trim() || this.sampleAccountId;
    const body = { config: this.draft, ...(typed ? { accountId: typed } : {}) };
    this.previewing = true;
    this.errors = [];
    this.failure = null;
    try {
      this.preview = await this.callApi((client) => client.previewSummary(body));
    } catch (error) {
      this.preview = null;
      this.#problem(error);
    } finally {
      this.previewing = false;
    }
  }

  protected override render() {
    const s = this.strings;
    return this.config.render({
      initial: () => html`<p role="status">${s.loading}</p>`,
      pending: () => (this.draft ? this.#renderForm(this.draft) : html`<p role="status">${s.loading}</p>`),
      error: (error) => html`<div class="failure" role="alert" part="errors">
        <p>${s.loadFailed} ${error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : ''}</p>
        <button type="button" class="button" @click=${() => void this.config.run()}>${s.retry}</button>
      </div>`,
      complete: () => (this.draft ? this.#renderForm(this.draft) : nothing),
    });
  }

  #renderForm(draft: SummaryConfig) {
    const s = this.strings;
    const attributes = this.#attributes;
    const setCategory = (key: keyof Categories, on: boolean) => this.#update({ categories: { ...draft.categories, [key]: on } });
    return html`<form part="base" novalidate @submit=${(e: Event) => void this.#save(e)}>
      ${this.errors.length || this.failure
        ? html`<div class="errors" part="errors" role="alert" tabindex="-1">
            <p>${this.failure ?? s.invalid}</p>
            ${this.errors.length
              ? html`<ul>
                  ${this.errors.map((e) => html`<li>${s.fields[e.path.split(/[.[]/)[1] ?? ''] ?? e.path}: ${e.message}</li>`)}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      <fieldset part="section">
        <legend>${s.enabledLegend}</legend>
        <label><input type="checkbox" name="enabled" .checked=${draft.enabled} @change=${(e: Event) => this.#update({ enabled: (e.target as HTMLInputElement).checked })} /> ${s.enabled}</label>
      </fieldset>
      ${renderKpiList({
        strings: s,
        kpis: draft.kpis,
        labelOf: this.#label,
        choices: attributes.filter((a) => !a.restricted && !draft.kpis.includes(a.key)),
        max: maxKpis,
        onMove: (from, to, via) => void this.#moveKpi(from, to, via),
        onRemove: (i) => void this.#removeKpi(i),
        onAdd: (key) => this.#addKpi(key),
      })}
      <fieldset part="section">
        <legend>${s.categoriesLegend}</legend>
        ${(Object.keys(s.categories) as Array<keyof Categories>).map(
          (key) => html`<label class="choice"><input type="checkbox" name="category-${key}" .checked=${draft.categories[key]} @change=${(e: Event) => setCategory(key, (e.target as HTMLInputElement).checked)} /> ${s.categories[key]}</label>`,
        )}
        <p class="help">${s.systemAlways}</p>
      </fieldset>
      ${renderAttributeChoices({ strings: s, attributes, list: 'include', chosen: draft.includeAttributes, max: maxInclude, onToggle: (key, on) => this.#toggle('includeAttributes', key, on) })}
      ${renderAttributeChoices({ strings: s, attributes, list: 'ignore', chosen: draft.ignoreAttributes, onToggle: (key, on) => this.#toggle('ignoreAttributes', key, on) })}
      ${renderPreview({ strings: s, preview: this.preview, previewing: this.previewing, sampleAccountId: this.sampleAccountId, onPreview: () => void this.#preview() })}
      <div class="row actions">
        <button type="submit" class="button primary save" ?disabled=${this.saving}>${this.saving ? s.saving : s.save}</button>
        <button type="button" class="button cancel" @click=${() => this.#cancel()}>${s.cancel}</button>
      </div>
      <div role="status" aria-live="polite" class="visually-hidden">${this.announcement}</div>
    </form>`;
  }
}

/** @deprecated Use `SummarySettingsElement` (every element class is named `<Name>Element`). */
export const SummarySettings = SummarySettingsElement;
/** @deprecated Use `SummarySettingsElement`. */
export type SummarySettings = SummarySettingsElement;

declare global {
  interface HTMLElementTagNameMap {
    'summary-settings': SummarySettingsElement;
  }
  interface GlobalEventHandlersEventMap {
    'sk-config-saved': CustomEvent<{ version: number; config: SummaryConfig }>;
    'sk-config-cancelled': CustomEvent<undefined>;
  }
}
