/**
 * The events of the user writes (DESIGN.md "Live data", "User writes"), fired by the elements
 * once the server has accepted a write (never for an optimistic change that was rolled back):
 * `sk-touchpoint-logged` (`<account-timeline>`), `sk-task-changed` (`<account-tasks>`,
 * `<account-portfolio>`), `sk-attribute-changed` (`<account-key-info>`, `<account-attributes>`).
 * All bubble and cross shadow roots.
 */
import type { AttributesWritten, TaskWritten, TouchpointWritten } from '@successkit/core';

/** Detail of `sk-touchpoint-logged`: the touchpoint as stored and the `dataVersion` that holds it. */
type TouchpointLoggedDetail = TouchpointWritten;

/** Detail of `sk-task-changed`: what happened, the task as stored and the `dataVersion`. */
interface TaskChangedDetail extends TaskWritten {
  action: 'added' | 'completed' | 'reopened';
}

/** Detail of `sk-attribute-changed`: the account, its new values for the keys changed, and the `dataVersion`. */
type AttributeChangedDetail = AttributesWritten;

/** Fires one of the write events from `element`. */
export function fireWriteEvent<K extends 'sk-touchpoint-logged' | 'sk-task-changed' | 'sk-attribute-changed'>(
  element: HTMLElement,
  name: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sk-touchpoint-logged': CustomEvent<TouchpointLoggedDetail>;
    'sk-task-changed': CustomEvent<TaskChangedDetail>;
    'sk-attribute-changed': CustomEvent<AttributeChangedDetail>;
  }
}
