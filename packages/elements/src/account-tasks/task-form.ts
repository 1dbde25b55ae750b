/**
 * The "Add a task" form of `<account-tasks>` (and `<account-portfolio>`): flow, title and due
 * date, checked before it is sent (flow and due date are required), with the state of the last
 * submission: empty, invalid (the fields marked), submitting (the button disabled), refused or
 * done (the message under the form, `role=alert` or `role=status`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TaskWrite } from '@successkit/core';
import type { tasksStrings } from './account-tasks.strings.ts';

/** What the form shows. */
export interface TaskFormState {
  submitting: boolean;
  /** Names of fields that are missing (`flow`, `dueAt`). */
  invalid: readonly string[];
}

/** Reads the form: the body to send, or the names of the missing fields. */
export function readTaskForm(form: HTMLFormElement): { body: TaskWrite } | { invalid: string[] } {
  const data = new FormData(form);
  const flow = String(data.get('flow') ?? '').trim();
  const title = String(data.get('title') ?? '').trim();
  const due = String(data.get('dueAt') ?? '').trim();
  const invalid = [...(flow ? [] : ['flow']), ...(due ? [] : ['dueAt'])];
  if (invalid.length > 0) return { invalid };
  return { body: { flow, dueAt: `${due}T00:00:00Z`, ...(title ? { title } : {}) } };
}

/** The form; `onSubmit` gets the submit event. */
export function taskForm(t: typeof tasksStrings, state: TaskFormState, flows: readonly string[], onSubmit: (event: SubmitEvent) => void): TemplateResult {
  const bad = (name: string) => state.invalid.includes(name);
  const error = (name: string) => (bad(name) ? html`<span class="field-error" id="task-${name}-error">${t.required}</span>` : nothing);
  return html`<form class="write" part="add-form" aria-label=${t.addTitle} novalidate @submit=${onSubmit}>
    <label>${t.flow}
      <input name="flow" list="task-flows" required autocomplete="off" aria-invalid=${bad('flow') ? 'true' : 'false'} aria-describedby=${bad('flow') ? 'task-flow-error' : nothing} />
      ${error('flow')}
    </label>
    <datalist id="task-flows">${flows.map((f) => html`<option value=${f}></option>`)}</datalist>
    <label>${t.fieldTitle}<input name="title" autocomplete="off" /></label>
    <label>${t.fieldDue}
      <input name="dueAt" type="date" required aria-invalid=${bad('dueAt') ? 'true' : 'false'} aria-describedby=${bad('dueAt') ? 'task-dueAt-error' : nothing} />
      ${error('dueAt')}
    </label>
    <button type="submit" class="button" part="add-button" ?disabled=${state.submitting}>${state.submitting ? t.adding : t.add}</button>
  </form>`;
}
