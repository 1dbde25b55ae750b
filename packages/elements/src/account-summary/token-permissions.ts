/**
 * What the embed token lets the user do, read client-side only to decide which buttons to show
 * (Refresh, the settings gear). The server still checks every request; a wrong guess here only
 * shows or hides a button. Mirrors the server's seat defaults: viewers read and rate,
 * contributors and practitioners also refresh, the `admin` claim adds configuring, and a
 * `permissions` claim can only narrow these.
 */

/** What `<account-summary>` may offer. */
export interface SummaryPermissions {
  /** Show Refresh (`summary:refresh`). */
  refresh: boolean;
  /** Show the settings gear (`summary:configure`, admins). */
  configure: boolean;
}

const seatDefaults: Record<string, string[]> = {
  viewer: ['summary:read', 'summary:feedback'],
  contributor: ['summary:read', 'summary:feedback', 'summary:refresh'],
  practitioner: ['summary:read', 'summary:feedback', 'summary:refresh', 'attributes:restricted'],
};

/**
 * Reads the permissions of an embed token (a JWT) without verifying it. Returns nothing but
 * "no permissions" for a missing or malformed token.
 *
 * @example
 * ```ts
 * permissionsFromToken(token); // { refresh: true, configure: false } for a contributor
 * ```
 */
export function permissionsFromToken(token: string | null | undefined): SummaryPermissions {
  const none = { refresh: false, configure: false };
  const part = token?.split('.')[1];
  if (!part) return none;
  let claims: { seat?: unknown; admin?: unknown; permissions?: unknown };
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes)) as typeof claims;
  } catch {
    return none;
  }
  const granted = new Set(seatDefaults[String(claims.seat)] ?? []);
  if (claims.admin === true) granted.add('summary:configure');
  const claimed = Array.isArray(claims.permissions) ? new Set(claims.permissions.map(String)) : undefined;
  const has = (permission: string) => granted.has(permission) && (!claimed || claimed.has(permission));
  return { refresh: has('summary:refresh'), configure: has('summary:configure') };
}
