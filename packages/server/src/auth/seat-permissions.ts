/**
 * Seat → permissions: what each seat may do by default (DESIGN.md "Embed tokens"). Viewers read
 * and rate, contributors also refresh, practitioners also see restricted attributes; the admin
 * flag adds `summary:configure`. A token's `permissions` claim can only narrow these.
 */
import type { Seat } from '@successkit/core';
import { permissions as allPermissions, type Permission } from './caller.ts';

/** Default permissions per seat. */
export const seatPermissions: Readonly<Record<Seat, readonly Permission[]>> = {
  viewer: ['summary:read', 'summary:feedback'],
  contributor: ['summary:read', 'summary:feedback', 'summary:refresh'],
  practitioner: ['summary:read', 'summary:feedback', 'summary:refresh', 'attributes:restricted'],
};

/** Whether a string is a known permission. */
export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (allPermissions as readonly string[]).includes(value);
}

/**
 * The effective permissions of a token: the seat's defaults, plus `summary:configure` for an
 * admin, intersected with the token's `permissions` claim when it carries one (a host may
 * narrow a seat, never widen it).
 */
export function effectivePermissions(seat: Seat, admin: boolean, claimed?: readonly Permission[]): ReadonlySet<Permission> {
  const granted = new Set<Permission>(seatPermissions[seat]);
  if (admin) granted.add('summary:configure');
  if (!claimed) return granted;
  const wanted = new Set(claimed);
  return new Set([...granted].filter((permission) => wanted.has(permission)));
}
