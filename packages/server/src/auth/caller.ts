/**
 * `Caller`: who is asking, as established from a verified embed token. Routes and services
 * take a `Caller`, never raw token claims.
 */
import type { Seat } from '@successkit/core';

/** Permissions an embed token can carry. */
export const permissions = ['summary:read', 'summary:feedback', 'summary:refresh', 'summary:configure', 'attributes:restricted'] as const;
/** A permission. */
export type Permission = (typeof permissions)[number];

/** The verified identity of a request. */
export interface Caller {
  tenantId: string;
  userId: string;
  seat: Seat;
  /** Effective permissions (the seat's defaults intersected with, or extended by, the token's claims). */
  permissions: ReadonlySet<Permission>;
  /** Token id (`jti`), for logs that must not carry the token itself. */
  tokenId: string;
}
