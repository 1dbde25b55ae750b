/**
 * The working level (DESIGN.md "The dataset file", version 2): an attribute marked `restricted`
 * is visible to the users assigned to that account, in any role, and to admins — nobody else,
 * whatever their seat. Every profile view (profile, children, attributes, changes, search,
 * portfolio) asks the same function, so the rule lives here once. Summaries never include
 * restricted attributes at all (they are shared by the whole team).
 */
import type { DatasetModel } from '../model/dataset-model.ts';

/** Who is looking. */
export interface Viewer {
  /** The user (`users[].id`; need not be in the data). */
  userId: string;
  /** Admins see restricted attributes of every account. */
  admin: boolean;
}

/**
 * A predicate telling, per account id, whether `viewer` may see its restricted attributes.
 * Decided against the model's current assignments, so it is cheap to make per request.
 *
 * @example
 * ```ts
 * const canSee = restrictedAccess(model, { userId: 'u-1', admin: false });
 * buildAccountProfile(model, 'acme', asOf, { includeRestricted: canSee });
 * ```
 */
export function restrictedAccess(model: Pick<DatasetModel, 'index'>, viewer: Viewer): (accountId: string) => boolean {
  if (viewer.admin) return () => true;
  const assignments = model.index.assignmentsByUser.get(viewer.userId) ?? [];
  const assigned = new Set(assignments.map((a) => a.accountId));
  return (accountId) => assigned.has(accountId);
}
