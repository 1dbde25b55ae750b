/**
 * The states every successkit element shows the same way while it reads the API: waiting for an
 * account (idle), loading (`role="status"`), an error (`role="alert"`) with Retry, empty (with an
 * `empty` slot the host can fill), and the data. Also the panel header with its `actions` slot.
 * The classes are styled by `panelStyles` (theme.ts).
 */
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiTask } from './api-task.ts';

/** The texts of the states. */
export interface StateTexts {
  /** Shown while the arguments are incomplete (no `account-id`, no API). */
  idle: string;
  loading: string;
  error: string;
  retry: string;
  /** Shown (inside the `empty` slot's fallback) when `isEmpty` says the data is empty. */
  empty?: string;
}

/** How to render a task's data. */
export interface StateRenderers<R> {
  complete: (value: R) => TemplateResult;
  /** Whether the data is empty (then the empty state shows). */
  isEmpty?: (value: R) => boolean;
  /** Keep showing the previous data while a new run is pending (default: show loading). */
  keepWhilePending?: boolean;
}

/** A short reason for an error (an `ApiError`'s message is its problem's detail or title), or "". */
export function errorReason(error: unknown): string {
  return error instanceof Error && error.message ? error.message : '';
}

/** The loading state. */
export const loadingState = (text: string): TemplateResult => html`<p class="state" role="status">${text}</p>`;

/** The empty state: `text` is the fallback of the `empty` slot. */
export const emptyState = (text: string): TemplateResult =>
  html`<div class="state empty" part="empty"><slot name="empty">${text}</slot></div>`;

/** The error state with a Retry button (`retry-button` part). */
export function errorState(text: string, error: unknown, retry: string, onRetry: () => void): TemplateResult {
  const reason = errorReason(error);
  return html`<div class="state error" role="alert">${text}${reason ? ` (${reason})` : ''}</div>
    <button type="button" part="retry-button" class="retry" @click=${onRetry}>${retry}</button>`;
}

/**
 * Renders whichever state `task` is in.
 *
 * @example
 * ```ts
 * renderTaskStates(this.#task, t, { complete: (data) => this.#renderList(data), isEmpty: (data) => !data.items.length });
 * ```
 */
export function renderTaskStates<A extends readonly unknown[], R>(task: ApiTask<A, R>, texts: StateTexts, renderers: StateRenderers<R>): TemplateResult {
  if (!task.enabled) return html`<p class="state idle">${texts.idle}</p>`;
  if (task.status === TaskStatus.ERROR) return errorState(texts.error, task.error, texts.retry, () => void task.run());
  const value = task.value;
  if (value === undefined || (task.pending && !renderers.keepWhilePending)) return loadingState(texts.loading);
  if (renderers.isEmpty?.(value)) return emptyState(texts.empty ?? '');
  return renderers.complete(value);
}

/**
 * The panel header: the title (`h2#title`, which the section is labelled by), optional controls,
 * and the `actions` slot where a host adds its own buttons or links.
 */
export function panelHeader(title: unknown, controls: unknown = nothing): TemplateResult {
  return html`<header class="head" part="header">
    <h2 id="title">${title}</h2>
    <div class="controls">${controls}<slot name="actions"></slot></div>
  </header>`;
}
