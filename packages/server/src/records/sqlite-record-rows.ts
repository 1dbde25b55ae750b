/**
 * Rows of the SQLite store of record and what they read as: change rows as `DataChange`s, key
 * rows as `ServiceKeyRecord`s, and a tenant's entities of every kind, in insertion order, read
 * in chunks whose JSON SQLite joins into one array text (one `JSON.parse` per chunk).
 */
import type { StatementSync } from 'node:sqlite';
import { entityKinds, type DataChange, type ServiceKeyRecord } from '@successkit/core';

/** A row of `record_changes`. */
export interface ChangeRow {
  seq: number;
  at: string;
  actor_kind: 'service' | 'user';
  actor_id: string;
  kind: DataChange['kind'];
  key: string;
  old: string | null;
  new: string | null;
}

/** A row of `service_keys`. */
export interface KeyRow {
  id: string;
  tenant_id: string;
  name: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A change row as a `DataChange`. */
export const toChange = (row: ChangeRow): DataChange => ({
  seq: row.seq,
  at: row.at,
  actor: { kind: row.actor_kind, id: row.actor_id },
  kind: row.kind,
  key: row.key,
  old: row.old === null ? null : JSON.parse(row.old),
  new: row.new === null ? null : JSON.parse(row.new),
});

/** A key row as a `ServiceKeyRecord`. */
export const toKey = (row: KeyRow): ServiceKeyRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  hash: row.hash,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

/** Every kind's entities of a tenant, in insertion order (`chunk`: the chunk statement of the store). */
export function loadLists(chunk: StatementSync, tenantId: string, chunkRows: number): Record<string, unknown[]> {
  const lists: Record<string, unknown[]> = {};
  for (const kind of entityKinds) {
    const list: unknown[] = [];
    let after = 0;
    for (;;) {
      const row = chunk.get(tenantId, kind, after, chunkRows) as { last: number | null; n: number; text: string | null };
      if (!row.n || row.text === null || row.last === null) break;
      const parsed = JSON.parse(row.text) as unknown[];
      for (let i = 0; i < parsed.length; i++) list.push(parsed[i]);
      after = Number(row.last);
      if (row.n < chunkRows) break;
    }
    lists[kind] = list;
  }
  return lists;
}
