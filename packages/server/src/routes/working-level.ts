/**
 * The working level on the server: a caller sees the restricted attributes of the accounts they
 * are assigned to (in any role), and an admin (`summary:configure`) those of every account —
 * whatever the seat; the `attributes:restricted` permission alone no longer opens them
 * (DESIGN.md "The dataset file", version 2). Every view route asks `restrictedFor`.
 */
import { restrictedAccess, type DatasetModel } from '@successkit/core';
import type { Caller } from '../auth/caller.ts';

/**
 * Whether the caller may see the restricted attributes of an account.
 *
 * @example
 * ```ts
 * buildAccountProfile(model, id, asOf, { includeRestricted: restrictedFor(caller, model) });
 * ```
 */
export function restrictedFor(caller: Caller, model: Pick<DatasetModel, 'index'>): (accountId: string) => boolean {
  return restrictedAccess(model, { userId: caller.userId, admin: caller.permissions.has('summary:configure') });
}
