/**
 * `<account-timeline>`: an account's touchpoints and tasks, newest first (`GET
 * /v1/accounts/:id/timeline`), filtered by flow and type on the server (`type` is a touchpoint
 * type or `task`). Subjects and titles are rendered as text.
 *
 * A contributor or practitioner (read from the token; a viewer sees no write control) logs a
 * touchpoint from the "Log touchpoint" form: the entry shows at once (optimistic), is removed
 * with a visible message when the server refuses it, and `sk-touchpoint-logged` fires once the
 * server accepted it; the timeline is then read again.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountTimeline, TimelineItem } from '@successkit/core';
import { errorReason, panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { filterSelect } from '../shared/filter-select.ts';
import { formatDate, formatDateTime } from '../shared/format-value.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { fireWriteEvent } from '../shared/write-events.ts';
import { tokenOf, writeRightsFromToken } from '../shared/write-rights.ts';
import { writeStyles } from '../shared/write-styles.ts';
import { readTouchpointForm, touchpointForm, type TouchpointFormState } from './touchpoint-form.ts';
import { timelineStyles } from './account-timeline.styles.ts';
import { timelineStrings } from './account-timeline.strings.ts';

const pageSize = 50;
/** The most entries the API gives in one answer. */
const maxLimit = 500;

/**
 * Touchpoints and tasks of an account, newest first, filtered by flow and type.
 *
 * @tagname account-timeline
 * @summary Touchpoints and tasks of an account, newest first, filtered by flow and type.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 * @event sk-touchpoint-logged - A touchpoint was logged (the server accepted it).
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when nothing matches (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart filters - The flow and type pickers.
 * @csspart list - The list of entries; each is an `entry` part.
 * @csspart more-button - The "Show more" button.
 * @csspart log-button - The "Log touchpoint" button (contributors and practitioners).
 * @csspart log-form - The form it opens; `log-submit` is its submit button.
 * @csspart write-message - What became of the last touchpoint (logged, or refused and removed).
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 */
export class AccountTimelineElement extends SkElement {
  static override styles = [themeStyles, panelStyles, timelineStyles, writeStyles];

  /** The account shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';
  /** Only entries of this flow; empty: every flow. */
  @property({ reflect: true }) flow = '';
  /** Only entries of this type (a touchpoint type, or `task`); empty: every type. */
  @property({ reflect: true }) type = '';
  /** How many entries to read, at most 500 (raised by "Show more"). */
  @property({ type: Number }) limit = pageSize;
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings = timelineStrings;

  #options: { flows: string[]; types: string[] } = { flows: [], types: [] };
  @state() private _form: TouchpointFormState = { open: false, submitting: false, invalid: [] };
  /** The touchpoint being logged, shown before the server answers. */
  @state() private _pending: TimelineItem | null = null;
  @state() private _message: { refused: boolean; text: string } | null = null;

  readonly #task = this.apiTask({
    args: () => [this.accountId, this.flow, this.type, this.limit] as const,
    enabled: ([id]) => Boolean(id),
    task: async ([id, flow, type, limit], { call, signal }) => {
      const data = await call((client) => client.getTimeline(id, { flow: flow || undefined, type: type || undefined, limit }, { signal }));
      this.#options = { flows: data.flows, types: data.types };
      return data;
    },
  });

  protected override render(): TemplateResult {
    const t = this.strings;
    const body = renderTaskStates(this.#task, t, {
      complete: (data) => this.#renderList(data),
      isEmpty: (data) => data.items.length === 0 && !this._pending,
      keepWhilePending: true,
    });
    return html`<section part="base" class="base" aria-labelledby="title" aria-busy=${this.#task.pending ? 'true' : 'false'}>
      ${panelHeader(t.title)} ${this.#task.enabled ? this.#renderFilters() : nothing} ${this.#renderWrite()} ${body}
    </section>`;
  }

  #renderWrite(): TemplateResult | typeof nothing {
    if (!this.#task.enabled || !writeRightsFromToken(tokenOf(this, this.connection?.getToken())).logTouchpoints) return nothing;
    const message = this._message;
    return html`${touchpointForm(this.strings, this._form, {
        flows: this.#options.flows,
        types: this.#options.types,
        onToggle: () => (this._form = { ...this._form, open: !this._form.open, invalid: [] }),
        onSubmit: (event) => void this.#log(event),
      })}
      ${message ? html`<p class="write-message ${message.refused ? 'refused' : 'done'}" part="write-message" role=${message.refused ? 'alert' : 'status'}>${message.text}</p>` : nothing}`;
  }

  async #log(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = readTouchpointForm(form);
    if ('invalid' in read) {
      this._form = { ...this._form, invalid: read.invalid };
      this._message = { refused: true, text: this.strings.invalid };
      await this.updateComplete;
      form.querySelector<HTMLInputElement>('[aria-invalid=true]')?.focus();
      return;
    }
    const { body } = read;
    this._pending = {
      kind: 'touchpoint',
      id: 'pending-touchpoint',
      at: body.at ?? new Date().toISOString(),
      flow: body.flow,
      type: body.type,
      subject: body.subject ?? null,
      sentiment: body.sentiment ?? null,
      user: { id: '', name: this.strings.pendingUser },
    };
    this._form = { ...this._form, submitting: true, invalid: [] };
    this._message = null;
    try {
      const written = await this.callApi((client) => client.logTouchpoint(this.accountId, body));
      form.reset();
      this._message = { refused: false, text: this.strings.logged };
      fireWriteEvent(this, 'sk-touchpoint-logged', written);
      await this.reload();
    } catch (error) {
      this._message = { refused: true, text: this.strings.refused(errorReason(error)) };
    } finally {
      this._pending = null;
      this._form = { ...this._form, submitting: false };
    }
  }

  #renderFilters(): TemplateResult {
    const t = this.strings;
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      ${filterSelect({ name: 'flow', label: t.flow, all: t.allFlows, value: this.flow, values: this.#options.flows, text: (f) => t.flows[f] ?? f, onChange: (v) => (this.flow = v) })}
      ${filterSelect({ name: 'type', label: t.type, all: t.allTypes, value: this.type, values: this.#options.types, text: (v) => t.types[v] ?? v, onChange: (v) => (this.type = v) })}
    </div>`;
  }

  #renderList(data: AccountTimeline): TemplateResult {
    const t = this.strings;
    return html`<p class="count" role="status">${t.shown(data.items.length, data.total)}</p>
      <ol part="list">
        ${this._pending ? this.#renderItem(this._pending) : nothing} ${data.items.map((item) => this.#renderItem(item))}
      </ol>
      ${data.nextCursor && this.limit < maxLimit
        ? html`<button type="button" class="button more" part="more-button" @click=${() => (this.limit = Math.min(maxLimit, this.limit + pageSize))}>${t.more}</button>`
        : nothing}`;
  }

  #renderItem(item: TimelineItem): TemplateResult {
    const t = this.strings;
    const lang = document.documentElement.lang || undefined;
    const flow = t.flows[item.flow] ?? item.flow;
    if (item.kind === 'task') {
      return html`<li part="entry" class="task" data-id=${item.id}>
        <div class="line">
          <span class="badge">${t.types.task ?? 'task'}</span>
          <span class="subject">${item.title ?? t.untitled}</span>
          <span class="status status-${item.status}">${t.taskStatus[item.status] ?? item.status}</span>
        </div>
        <div class="meta">${flow} · ${t.by(item.user.name)} · <time datetime=${item.at}>${item.status === 'done' ? formatDateTime(item.at, lang) : t.due(formatDate(item.dueAt, lang))}</time></div>
      </li>`;
    }
    return html`<li part="entry" class="touchpoint" data-id=${item.id} ?data-pending=${item.id === 'pending-touchpoint'}>
      <div class="line">
        <span class="badge">${t.types[item.type] ?? item.type}</span>
        <span class="subject">${item.subject ?? t.noSubject}</span>
        ${item.sentiment ? html`<span class="sentiment sentiment-${item.sentiment}">${t.sentiment[item.sentiment]}</span>` : nothing}
      </div>
      <div class="meta">${flow} · ${t.by(item.user.name)} · <time datetime=${item.at}>${formatDateTime(item.at, lang)}</time></div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-timeline': AccountTimelineElement;
  }
}
