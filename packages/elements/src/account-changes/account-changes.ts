/**
 * `<account-changes>`: the attribute changes of an account in a period (`GET
 * /v1/accounts/:id/changes`), newest first: old → new, who made it (a user or an integration)
 * and when, with a period picker. The period ends at `as-of` (default: now).
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountChanges } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { formatDateTime, formatValue } from '../shared/format-value.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { changesStyles } from './account-changes.styles.ts';
import { changesStrings } from './account-changes.strings.ts';

const periods = [7, 30, 90, 365];
const dayMs = 86_400_000;

/**
 * Recent attribute changes of an account: old → new, who and when, with a period picker.
 *
 * @tagname account-changes
 * @summary Recent attribute changes of an account: old → new, who and when, with a period picker.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when nothing changed in the period (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title, the period picker and the `actions` slot.
 * @csspart period - The period picker.
 * @csspart table - The table of changes.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 */
export class AccountChangesElement extends SkElement {
  static override styles = [themeStyles, panelStyles, changesStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** Period length in days (7, 30, 90 or 365), ending at `as-of`. */
  @property({ type: Number, reflect: true }) period = 30;
  /** End of the period (ISO time); empty: now. */
  @property({ attribute: 'as-of' }) asOf = '';
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = changesStrings;

  readonly #task = this.apiTask({
    args: () => [this.accountId, this.period, this.asOf] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id, period, asOf], { call, signal }) => {
      const end = asOf ? Date.parse(asOf) : Date.now();
      const to = new Date(Number.isNaN(end) ? Date.now() : end).toISOString();
      const from = new Date(Date.parse(to) - period * dayMs).toISOString();
      return call((client) => client.getChanges(id, { from, to }, { signal }));
    },
  });

  #onPeriod = (event: Event): void => {
    this.period = Number((event.target as HTMLSelectElement).value);
  };

  protected override render(): TemplateResult {
    const t = this.strings;
    const options = periods.includes(this.period) ? periods : [...periods, this.period].sort((a, b) => a - b);
    const picker = html`<label class="period" part="period">
      <span class="visually-hidden">${t.period}</span>
      <select aria-label=${t.period} @change=${this.#onPeriod}>
        ${options.map((days) => html`<option value=${days} ?selected=${days === this.period}>${t.periods(days)}</option>`)}
      </select>
    </label>`;
    const body = renderTaskStates(this.#task, t, { complete: (data) => this.#renderTable(data), isEmpty: (data) => data.changes.length === 0 });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title, picker)} ${body}</section>`;
  }

  #renderTable(data: AccountChanges): TemplateResult {
    const t = this.strings;
    const words = { yes: t.yes, no: t.no, empty: t.none };
    const lang = document.documentElement.lang || undefined;
    return html`<table class="grid" part="table">
      <thead>
        <tr><th scope="col">${t.attribute}</th><th scope="col">${t.change}</th><th scope="col">${t.by}</th><th scope="col">${t.when}</th></tr>
      </thead>
      <tbody>
        ${data.changes.map(
          (c) => html`<tr data-key=${c.key}>
            <th scope="row">${c.label}</th>
            <td>
              <span class="visually-hidden">${t.from} </span><span class="old">${formatValue(c.old, c.type, words)}</span><span class="arrow" aria-hidden="true">→</span
              ><span class="visually-hidden"> ${t.to} </span><span class="new">${formatValue(c.new, c.type, words)}</span>
            </td>
            <td class="by">${c.by ? (c.by.kind === 'service' ? t.service(c.by.name) : c.by.name) : t.unknownActor}</td>
            <td><time datetime=${c.at}>${formatDateTime(c.at, lang)}</time></td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-changes': AccountChangesElement;
  }
}
