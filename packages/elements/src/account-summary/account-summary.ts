/**
 * `<account-summary>`: the "Account Summary" button and its dialog. Opening it reads the cached
 * summary or follows the job writing one (stage, elapsed time, sections as they stream); closing
 * it only stops listening, so reopening resumes the job or shows the finished summary. The
 * summary shows up to four KPIs, seven sections whose statements reveal their evidence on hover
 * and focus, its age and generator, and offers Copy, Like/Dislike, Refresh and the settings.
 *
 * Which buttons show: the `permissions` property when the host sets it, otherwise what the embed
 * token's payload claims (read, never verified: the server enforces every call).
 */
import type { DataChangedSince, Problem, StoredSummary } from '@successkit/core';
import { ApiError } from '@successkit/core/client';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formatRelative } from '../shared/relative-time.ts';
import { SkElement } from '../shared/sk-element.ts';
import { themeStyles } from '../shared/theme.ts';
import { accountSummaryStrings, type AccountSummaryStrings } from './account-summary.strings.ts';
import { accountSummaryStyles } from './account-summary.styles.ts';
import { JobProgressController } from './job-progress-controller.ts';
import { dataChangedStyles, renderDataChanged } from './summary-data-changed.ts';
import { renderKpis, renderSections, summaryToText } from './summary-view.ts';
import { renderWithheld } from './summary-withheld.ts';
import { permissionsFromToken, type SummaryPermissions } from './token-permissions.ts';
import { renderActions, renderProgress, type Vote } from './summary-chrome.ts';

/** Detail of `sk-feedback`. */
export interface FeedbackDetail {
  accountId: string;
  summaryId: string;
  vote: Vote;
  reason: string | null;
}

/**
 * An account's AI summary in a dialog, with evidence, feedback, refresh and settings.
 *
 * @tagname account-summary
 * @summary An account's AI summary in a dialog, with evidence, feedback, refresh and settings.
 * @event sk-summary-loaded - A summary is shown after opening, retrying or a job finishing. Detail: `{ summary }`.
 * @event sk-feedback - The user rated the summary. Detail: `{ accountId, summaryId, vote, reason }`.
 * @event sk-summary-copied - The user copied the summary as plain text. Detail: `{ text }`.
 * @event sk-token-expired - The token expired; set a fresh one and the call is retried.
 * @csspart base - The wrapper of the button and the dialog.
 * @csspart trigger - The "Account Summary" button.
 * @csspart dialog - The `<dialog>`.
 * @csspart header - The dialog's title and actions.
 * @csspart content - The dialog's body.
 * @csspart kpis - The header KPIs; each is a `kpi` part.
 * @csspart section - One section; its statements are `statement` parts, their tooltips `evidence`.
 * @csspart progress - The generation progress.
 * @csspart error - The error message with Retry.
 * @csspart offline - The offline-generator label.
 * @csspart data-changed - The "data changed since this summary was generated" notice (with Refresh for those who may).
 * @csspart withheld - The note saying how many statements were withheld as not supported by the data.
 * @csspart withheld-details - The admins' disclosure of what was withheld and why.
 * @cssproperty --sk-summary-dialog-width - Width of the dialog.
 * @cssproperty --sk-color-surface - Background (and every other `--sk-*` theme token).
 */
export class AccountSummaryElement extends SkElement {
  static override styles = [themeStyles, accountSummaryStyles, dataChangedStyles];

  /** The account to summarise. */
  @property({ attribute: 'account-id' }) accountId = '';
  /** Whether the dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Which buttons to offer; when unset, read from the embed token's payload. */
  @property({ attribute: false }) permissions: SummaryPermissions | undefined;
  /** The user-visible strings (replace for another language). */
  @property({ attribute: false }) strings: AccountSummaryStrings = accountSummaryStrings;

  @state() protected summary: StoredSummary | null = null;
  @state() protected dataChanged = false;
  @state() protected dataChangedSince: DataChangedSince | null = null;
  @state() protected expired = false;
  @state() protected myVote: Vote | null = null;
  @state() protected error: string | null = null;
  @state() protected view: 'summary' | 'settings' = 'summary';
  @state() protected askingReason = false;
  @state() protected announcement = '';

  @query('dialog') protected dialog!: HTMLDialogElement;

  protected readonly job = new JobProgressController(this, {
    onDone: (summary) => {
      this.#show(summary, { dataChanged: false, dataChangedSince: null, myVote: null, expired: false });
      this.#announce(this.strings.title);
    },
    onFailed: (problem, cause) => {
      this.error = problem === 'dropped' ? this.#message(cause, this.strings.errors.dropped) : this.#problemMessage(problem);
    },
  });
  /** Reads the cached summary (or the job writing it); runs when the dialog opens, not on its own. */
  readonly #summaryTask = this.apiTask({
    autoRun: false,
    args: () => [this.accountId] as const,
    task: async ([id], { call, signal }) => {
      try {
        const answer = await call((client) => client.getSummary(id, { signal }));
        if (signal.aborted) return;
        if (answer.state === 'generating') {
          if (answer.lastGood && this.summary?.id !== answer.lastGood.id) this.summary = answer.lastGood;
          void this.#follow(answer.jobId);
        } else {
          this.#show(answer.summary, {
            dataChanged: answer.dataChanged,
            dataChangedSince: answer.dataChangedSince ?? null,
            myVote: answer.myVote,
            expired: answer.state === 'expired',
          });
          if (answer.jobId) void this.#follow(answer.jobId);
        }
      } catch (error) {
        if (!signal.aborted) this.error = this.#message(error);
      }
    },
  });

  /** Whether the summary is being read. */
  protected get loading(): boolean {
    return this.#summaryTask.pending;
  }

  /** Opens the dialog (same as clicking the button). */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; a running job goes on. */
  close(): void {
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open && !this.dialog.open) {
        this.dialog.showModal();
        this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
        void Promise.resolve().then(() => this.load());
      } else if (!this.open && this.dialog.open) {
        this.dialog.close();
        // Stop listening now: the dialog's `close` event is queued as a task, which a browser
        // may defer in a background page.
        this.#stopFollowing();
      }
    } else if (changed.has('accountId') && this.open) {
      void Promise.resolve().then(() => {
        this.summary = null;
        return this.load();
      });
    }
  }

  /** Reads the summary (or the job writing it) and shows it. */
  protected async load(): Promise<void> {
    this.error = null;
    await this.#summaryTask.run();
  }

  #follow(jobId: string): Promise<void> {
    return this.job.follow(jobId, (id, signal, onEvent) => this.callApi((client) => client.streamJobEvents(id, { signal, onEvent })));
  }

  #show(summary: StoredSummary, meta: { dataChanged: boolean; dataChangedSince: DataChangedSince | null; myVote: Vote | null; expired: boolean }): void {
    Object.assign(this, { summary, ...meta, error: null });
    this.dispatchEvent(new CustomEvent('sk-summary-loaded', { detail: { summary }, bubbles: true, composed: true }));
  }

  /** Stops following the job and loading (the job itself goes on on the server). */
  #stopFollowing(): void {
    this.job.stop();
    this.#summaryTask.abort();
  }

  #onClose = (): void => {
    // The `close` event comes a task (often a frame) after the dialog closed: when the dialog was
    // opened again meanwhile, it is the old close's and must not close the new one.
    if (this.dialog.open) return;
    this.open = false;
    this.#stopFollowing();
    this.view = 'summary';
    this.askingReason = false;
    this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
  };

  /** Escape closes the dialog here rather than through the browser's close request, which some
   * browsers throttle (close watchers without user activation); a statement's Escape is handled first. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  };

  get #allowed(): SummaryPermissions {
    if (this.permissions) return this.permissions;
    const own = this.token ?? this.connection?.getToken() ?? (typeof this.apiClient?.token === 'string' ? this.apiClient.token : null);
    return permissionsFromToken(own);
  }

  #message(error: unknown, fallback = this.strings.errors.network): string {
    if (error instanceof ApiError) return this.#problemMessage(error.problem);
    return fallback ?? this.strings.errors.fallback ?? '';
  }

  #problemMessage(problem: Problem): string {
    const type = problem.type.split('/').pop() ?? '';
    return this.strings.errors[type] ?? problem.detail ?? problem.title;
  }

  async #announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  async #copy(): Promise<void> {
    if (!this.summary) return;
    const text = summaryToText(this.summary, this.strings);
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      void this.#announce(this.strings.copyFailed);
      return;
    }
    void this.#announce(this.strings.copied);
    this.dispatchEvent(new CustomEvent('sk-summary-copied', { detail: { text }, bubbles: true, composed: true }));
  }

  async #vote(vote: Vote, reason?: string): Promise<void> {
    const summary = this.summary;
    if (!summary) return;
    try {
      await this.callApi((client) => client.sendFeedback(this.accountId, reason ? { vote, reason } : { vote }));
    } catch (error) {
      this.error = this.#message(error);
      return;
    }
    this.myVote = vote;
    this.askingReason = false;
    void this.#announce(this.strings.feedbackThanks);
    const detail: FeedbackDetail = { accountId: this.accountId, summaryId: summary.id, vote, reason: reason ?? null };
    this.dispatchEvent(new CustomEvent('sk-feedback', { detail, bubbles: true, composed: true }));
  }

  async #askReason(): Promise<void> {
    this.askingReason = !this.askingReason;
    await this.updateComplete;
    this.renderRoot.querySelector('textarea')?.focus();
  }

  async #refresh(): Promise<void> {
    this.error = null;
    try {
      const answer = await this.callApi((client) => client.refreshSummary(this.accountId));
      if (answer.lastGood && !this.summary) this.summary = answer.lastGood;
      void this.#announce(this.strings.generating);
      void this.#follow(answer.jobId);
    } catch (error) {
      this.error = this.#message(error);
    }
  }

  async #openSettings(): Promise<void> {
    await import('../summary-settings/define.ts');
    this.view = 'settings';
  }

  async #closeSettings(saved: boolean): Promise<void> {
    this.view = 'summary';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.gear')?.focus();
    if (saved) void this.load();
  }

  protected override render() {
    const s = this.strings;
    return html`<div part="base">
      <button class="button primary trigger" part="trigger" aria-haspopup="dialog" @click=${this.show}>${s.trigger}</button>
      <dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @keydown=${this.#onKeydown}>
        <header part="header">
          <h2 id="title">${this.view === 'settings' ? s.settings : s.title}</h2>
          ${this.view === 'summary'
            ? renderActions({
                strings: s,
                hasSummary: Boolean(this.summary),
                myVote: this.myVote,
                askingReason: this.askingReason,
                allowed: this.#allowed,
                generating: this.job.running,
                onCopy: () => void this.#copy(),
                onLike: () => void (this.myVote === 'up' || this.#vote('up')),
                onDislike: () => void this.#askReason(),
                onRefresh: () => void this.#refresh(),
                onSettings: () => void this.#openSettings(),
              })
            : nothing}
          <button class="button close" part="close" aria-label=${s.close} @click=${this.close}>✕</button>
        </header>
        <div class="content" part="content">${this.view === 'settings' ? this.#renderSettings() : this.#renderBody()}</div>
        <div role="status" aria-live="polite" class="visually-hidden">${this.announcement}</div>
      </dialog>
    </div>`;
  }

  #renderSettings() {
    return html`<summary-settings
      .apiClient=${this.apiClient}
      .token=${this.token}
      api-base=${this.apiBase || nothing}
      theme=${this.theme}
      @sk-config-saved=${() => void this.#closeSettings(true)}
      @sk-config-cancelled=${() => void this.#closeSettings(false)}
    ></summary-settings>`;
  }

  #renderBody() {
    const s = this.strings;
    const summary = this.summary;
    const running = this.job.running;
    const streamed = Object.keys(this.job.sections).length > 0;
    return html`
      ${this.error
        ? html`<div class="error" part="error" role="alert">
            <p>${this.error}</p>
            <button class="button" @click=${() => void this.load()}>${s.retry}</button>
          </div>`
        : nothing}
      ${this.askingReason ? this.#renderReasonForm() : nothing}
      ${running ? renderProgress(this.job, s) : nothing}
      ${this.loading && !summary && !running ? html`<p role="status">${s.loading}</p>` : nothing}
      ${running && streamed
        ? renderSections(this.job.sections, summary?.evidence ?? {}, s, 'live')
        : summary
          ? html`<div class=${running ? 'previous' : ''}>
              ${running || this.error ? html`<p class="note">${s.previous}</p>` : nothing} ${this.#renderSummary(summary)}
            </div>`
          : !this.loading && !running && !this.error
            ? html`<p>${s.noSummary}</p>`
            : nothing}
    `;
  }

  #renderReasonForm() {
    const s = this.strings;
    const send = (event: Event, withReason: boolean) => {
      event.preventDefault();
      const reason = this.renderRoot.querySelector('textarea')?.value.trim();
      void this.#vote('down', withReason && reason ? reason : undefined);
    };
    return html`<form class="dislike-form" @submit=${(e: Event) => send(e, true)}>
      <label for="reason">${s.dislikeReasonLabel}</label>
      <textarea id="reason" rows="3" maxlength="1000"></textarea>
      <div class="row">
        <button class="button primary" type="submit">${s.dislikeSend}</button>
        <button class="button" type="button" @click=${(e: Event) => send(e, false)}>${s.dislikeSkip}</button>
      </div>
    </form>`;
  }

  #renderSummary(summary: StoredSummary) {
    const s = this.strings;
    const now = Date.now();
    const lang = document.documentElement.lang || undefined;
    const expiresAt = Date.parse(summary.expiresAt);
    const when = this.expired || expiresAt <= now ? s.expired : s.refreshes(formatRelative(expiresAt, now, lang));
    return html`
      <p class="meta">${s.generated(formatRelative(Date.parse(summary.generatedAt), now, lang))} · ${when}</p>
      <p class="meta">
        ${summary.generator.kind === 'offline'
          ? html`<span class="offline" part="offline">${s.offline}</span>`
          : html`<span class="generator">${s.writtenBy(summary.generator.label)}</span>`}
      </p>
      ${renderDataChanged({
        strings: s,
        since: this.dataChangedSince,
        inputChanged: this.dataChanged,
        canRefresh: this.#allowed.refresh && !this.job.running,
        onRefresh: () => void this.#refresh(),
      })}
      ${renderKpis(summary.output.kpis, s)}
      ${renderSections(summary.output.sections, summary.evidence, s, 'sum')} ${renderWithheld(summary.withheld, s, this.#allowed.configure)}
    `;
  }
}

/** @deprecated Use `AccountSummaryElement` (every element class is named `<Name>Element`). */
export const AccountSummary = AccountSummaryElement;
/** @deprecated Use `AccountSummaryElement`. */
export type AccountSummary = AccountSummaryElement;

declare global {
  interface HTMLElementTagNameMap {
    'account-summary': AccountSummaryElement;
  }
  interface GlobalEventHandlersEventMap {
    'sk-summary-loaded': CustomEvent<{ summary: StoredSummary }>;
    'sk-feedback': CustomEvent<FeedbackDetail>;
    'sk-summary-copied': CustomEvent<{ text: string }>;
  }
}
