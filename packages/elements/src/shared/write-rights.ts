/**
 * What the embed token lets the user write (DESIGN.md "Live data", "User writes"), read
 * client-side only to decide which write controls to show: practitioner everything; contributor
 * logs touchpoints, adds tasks and completes the tasks assigned to them; viewer nothing. The
 * server checks every write anyway (mirrors core's `writeRightsOf`; a wrong guess here only
 * shows a control the server then refuses, and the element rolls back with a message).
 */

/** The write controls a user may be offered. */
export interface WriteRights {
  /** The token's user (`sub`), to know which tasks are "theirs". */
  userId: string | null;
  logTouchpoints: boolean;
  addTasks: boolean;
  completeOwnTasks: boolean;
  /** Complete or reopen any task, move or reassign it. */
  manageTasks: boolean;
  editAttributes: boolean;
}

/** No write at all (no token, a malformed one, a viewer). */
const noWriteRights: WriteRights = { userId: null, logTouchpoints: false, addTasks: false, completeOwnTasks: false, manageTasks: false, editAttributes: false };

/**
 * Reads the write rights of an embed token (a JWT) without verifying it.
 *
 * @example
 * ```ts
 * writeRightsFromToken(token).manageTasks; // true for a practitioner
 * ```
 */
export function writeRightsFromToken(token: string | null | undefined): WriteRights {
  const part = token?.split('.')[1];
  if (!part) return noWriteRights;
  let claims: { seat?: unknown; sub?: unknown };
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes)) as typeof claims;
  } catch {
    return noWriteRights;
  }
  const practitioner = claims.seat === 'practitioner';
  const contributor = practitioner || claims.seat === 'contributor';
  return {
    userId: typeof claims.sub === 'string' ? claims.sub : null,
    logTouchpoints: contributor,
    addTasks: contributor,
    completeOwnTasks: contributor,
    manageTasks: practitioner,
    editAttributes: practitioner,
  };
}

/** The token an element currently sends: its own, its provider's, or its `apiClient`'s. */
export function tokenOf(element: { token: string | null; apiClient?: { token: unknown } | undefined }, providerToken: string | null | undefined): string | null {
  return element.token ?? providerToken ?? (typeof element.apiClient?.token === 'string' ? element.apiClient.token : null);
}
