/**
 * One commit of the PostgreSQL store of record: a batch of entity writes and its changes in a
 * few statements — deletes, upserts, changes, each of up to 5,000 rows (an import of a large
 * file takes several). Rows travel as one JSON parameter per statement (`json_to_recordset`),
 * which keeps a 5,000-item batch to a few round trips and keeps every
 * record's JSON text exactly as the writer produced it (the `json` type stores text).
 *
 * Writes to the same key inside one batch fold into their final effect with the order a
 * one-by-one apply would give: an update keeps the entity's place; a delete followed by a new
 * upsert deletes the old row first, so the new one goes to the end (like `applyChangesToDataset`).
 */
import { changeAccountId, ChangeOrderError, type DataChange, type EntityWrite } from '@successkit/core';
import type { TransactionSql } from 'postgres';

/** Rows per statement: large batches (an import) go in several statements of this size. */
export const rowsPerStatement = 5_000;

function* chunks<T>(rows: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) yield rows.slice(i, i + rowsPerStatement);
}

/** A change-log row as selected. */
export interface ChangeRow {
  seq: string;
  at: string;
  actor_kind: 'service' | 'user';
  actor_id: string;
  kind: DataChange['kind'];
  key: string;
  old: unknown;
  new: unknown;
}

/** A change-log row as a `DataChange` (the client has parsed the `json` columns). */
export const toChange = (row: ChangeRow): DataChange =>
  ({
    seq: Number(row.seq),
    at: row.at,
    actor: { kind: row.actor_kind, id: row.actor_id },
    kind: row.kind,
    key: row.key,
    old: row.old ?? null,
    new: row.new ?? null,
  }) as DataChange;

interface Folded {
  kind: string;
  key: string;
  /** Delete the stored row before writing (a delete came first in the batch). */
  deleteFirst: boolean;
  value: unknown;
}

/** Folds writes to their final effect per `(kind, key)`, in the order rows must be written. */
export function foldWrites(writes: readonly EntityWrite[]): Folded[] {
  const folded = new Map<string, Folded>();
  for (const write of writes) {
    const id = `${write.kind}\u0000${write.key}`;
    const current = folded.get(id);
    if (write.value === null) {
      folded.delete(id);
      folded.set(id, { kind: write.kind, key: write.key, deleteFirst: true, value: null });
    } else if (current && current.value === null) {
      // Re-created after a delete in this batch: a new row, at the end.
      folded.delete(id);
      folded.set(id, { kind: write.kind, key: write.key, deleteFirst: true, value: write.value });
    } else if (current) current.value = write.value;
    else folded.set(id, { kind: write.kind, key: write.key, deleteFirst: false, value: write.value });
  }
  return [...folded.values()];
}

/**
 * Writes a batch inside the caller's transaction (which holds the tenant lock). Throws a
 * `RangeError` when `changes` do not continue the log at `latestSeq`. Returns the tenant's
 * `seq` afterwards.
 */
export async function commitBatch(
  tx: TransactionSql,
  tenantId: string,
  latestSeq: number,
  writes: readonly EntityWrite[],
  changes: readonly DataChange[],
  progress: () => void = () => {},
): Promise<number> {
  let seq = latestSeq;
  for (const change of changes) {
    if (change.seq !== seq + 1) throw new ChangeOrderError(change.seq, seq, `change seq ${change.seq} does not continue the log at ${seq}`);
    seq = change.seq;
  }
  // Statements are pipelined on the transaction's connection (PostgreSQL runs them in the
  // order sent), a few at a time so a large import does not hold every chunk's JSON at once.
  const pending: Promise<unknown>[] = [];
  const send = async (statement: Promise<unknown>): Promise<void> => {
    pending.push(statement.then(() => progress()));
    if (pending.length >= 4) await Promise.all(pending.splice(0));
  };
  const folded = foldWrites(writes);
  const removed = folded.filter((row) => row.deleteFirst).map(({ kind, key }) => ({ kind, key }));
  for (const rows of chunks(removed)) {
    await send(tx`
      DELETE FROM sk_entities AS e USING json_to_recordset(${JSON.stringify(rows)}::text::json) AS r(kind text, key text)
      WHERE e.tenant_id = ${tenantId} AND e.kind = r.kind AND e.key = r.key`);
  }
  const upserts = folded.filter((row) => row.value !== null).map(({ kind, key, value }, n) => ({ n, kind, key, value }));
  for (const rows of chunks(upserts)) {
    await send(tx`
      INSERT INTO sk_entities (tenant_id, kind, key, value)
      SELECT ${tenantId}, r.kind, r.key, r.value
      FROM json_to_recordset(${JSON.stringify(rows)}::text::json) AS r(n integer, kind text, key text, value json)
      ORDER BY r.n
      ON CONFLICT (tenant_id, kind, key) DO UPDATE SET value = excluded.value`);
  }
  for (const part of chunks(changes)) {
    const rows = part.map((c) => ({
      seq: c.seq,
      at: c.at,
      actor_kind: c.actor.kind,
      actor_id: c.actor.id,
      kind: c.kind,
      key: c.key,
      account_id: changeAccountId(c),
      old: c.old,
      new: c.new,
    }));
    await send(tx`
      INSERT INTO sk_changes (tenant_id, seq, at, actor_kind, actor_id, kind, key, account_id, old, new)
      SELECT ${tenantId}, r.seq, r.at, r.actor_kind, r.actor_id, r.kind, r.key, r.account_id,
             nullif(r.old::text, 'null')::json, nullif(r.new::text, 'null')::json
      FROM json_to_recordset(${JSON.stringify(rows)}::text::json)
        AS r(seq bigint, at text, actor_kind text, actor_id text, kind text, key text, account_id text, old json, new json)`);
  }
  if (changes.length > 0 || latestSeq === 0) {
    await send(tx`INSERT INTO sk_tenants (tenant_id, seq) VALUES (${tenantId}, ${seq}) ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq`);
  }
  await Promise.all(pending);
  return seq;
}
