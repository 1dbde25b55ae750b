/**
 * The "Log touchpoint" form of `<account-timeline>`: flow, type, subject, sentiment and date,
 * checked before it is sent (flow and type are required; the date defaults to now, and a past
 * day is sent as noon UTC of that day), with the state of the last submission: empty, invalid
 * (the fields marked), submitting (the button disabled), refused or done.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TouchpointWrite } from '@successkit/core';
import type { timelineStrings } from './account-timeline.strings.ts';

/** What the form shows. */
export interface TouchpointFormState {
  open: boolean;
  submitting: boolean;
  /** Names of fields that are missing (`flow`, `type`). */
  invalid: readonly string[];
}

const sentiments = ['positive', 'neutral', 'negative'] as const;

/** Reads the form: the body to send, or the names of the missing fields. */
export function readTouchpointForm(form: HTMLFormElement, today = new Date().toISOString().slice(0, 10)): { body: TouchpointWrite } | { invalid: string[] } {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const [flow, type, subject, sentiment, date] = [text('flow'), text('type'), text('subject'), text('sentiment'), text('date')];
  const invalid = [...(flow ? [] : ['flow']), ...(type ? [] : ['type'])];
  if (invalid.length > 0) return { invalid };
  return {
    body: {
      flow,
      type,
      ...(subject ? { subject } : {}),
      ...((sentiments as readonly string[]).includes(sentiment) ? { sentiment: sentiment as TouchpointWrite['sentiment'] } : {}),
      ...(date && date !== today ? { at: `${date}T12:00:00Z` } : {}),
    },
  };
}

/** The toggle button and, when open, the form. */
export function touchpointForm(
  t: typeof timelineStrings,
  state: TouchpointFormState,
  options: { flows: readonly string[]; types: readonly string[]; onToggle: () => void; onSubmit: (event: SubmitEvent) => void },
): TemplateResult {
  const bad = (name: string) => state.invalid.includes(name);
  const error = (name: string) => (bad(name) ? html`<span class="field-error" id="tp-${name}-error">${t.required}</span>` : nothing);
  const field = (name: 'flow' | 'type', label: string, values: readonly string[]) => html`<label>${label}
      <input name=${name} list="tp-${name}s" required autocomplete="off" aria-invalid=${bad(name) ? 'true' : 'false'} aria-describedby=${bad(name) ? `tp-${name}-error` : nothing} />
      ${error(name)}
    </label>
    <datalist id="tp-${name}s">${values.map((v) => html`<option value=${v}></option>`)}</datalist>`;
  return html`<button type="button" class="button" part="log-button" aria-expanded=${state.open ? 'true' : 'false'} aria-controls="log-form" @click=${options.onToggle}>${t.logTouchpoint}</button>
    ${state.open
      ? html`<form class="write" id="log-form" part="log-form" aria-label=${t.logTouchpoint} novalidate @submit=${options.onSubmit}>
          ${field('flow', t.flow, options.flows)} ${field('type', t.type, options.types.filter((v) => v !== 'task'))}
          <label>${t.fieldSubject}<input name="subject" autocomplete="off" /></label>
          <label>${t.fieldSentiment}
            <select name="sentiment">
              <option value="">${t.noSentiment}</option>
              ${sentiments.map((s) => html`<option value=${s}>${t.sentiment[s]}</option>`)}
            </select>
          </label>
          <label>${t.fieldDate}<input name="date" type="date" /></label>
          <button type="submit" class="button" part="log-submit" ?disabled=${state.submitting}>${state.submitting ? t.logging : t.log}</button>
        </form>`
      : nothing}`;
}
