/**
 * `createRecordWriter`: the one way data changes — ingestion, imports and user writes. In one
 * tenant-exclusive store transaction it: replays the first answer of a repeated
 * `Idempotency-Key`; catches the tenant's model up with the log; builds the batch when it is
 * given as a function of the caught-up tenant (a read-modify-write, such as completing a task,
 * then decides on the committed state, so two simultaneous completions cannot both succeed);
 * checks the batch against the data it would produce (every problem, or nothing happens); plans
 * the changes (unchanged values write nothing); numbers them from the latest `seq`; commits the
 * entities, the attribute history of account changes and the change rows together. Only once
 * the commit has succeeded are the changes applied to the model, so a failed commit leaves
 * memory and disk as they were, and the caller's next read sees its write.
 */
import {
  attributeChangesOf,
  entityKeyOf,
  SuccessKitError,
  tenantMetaName,
  type Actor,
  type Clock,
  type DataChange,
  type Dataset,
  type DatasetModel,
  type EntityKind,
  type EntityOf,
  type EntityWrite,
  type IngestResponse,
  type RecordStore,
} from '@successkit/core';
import type { StoreTenantData } from '../records/store-tenant-data.ts';
import type { BatchItem, BatchProblem } from './batch-items.ts';
import { BatchView } from './batch-view.ts';
import { checkBatch } from './check-batch.ts';
import { IdempotencyConflictError, IngestInvalidError, StoreUnavailableError } from './ingest-errors.ts';
import { planBatch } from './plan-batch.ts';

/** Options of one write. */
export interface WriteOptions {
  /** Replays the first answer for this key (per tenant) instead of writing again. */
  idempotencyKey?: string;
  /** A hash of the request body: the same key with another body is a conflict. */
  requestHash?: string;
  /** Problems found before the items (e.g. malformed delete keys), reported with the batch's own. */
  problems?: readonly BatchProblem[];
  /** Metadata values committed with the batch (e.g. an import's fingerprint). */
  meta?: ReadonlyArray<{ name: string; value: string }>;
  /** The tenant record, stored when the tenant is new or when it changed. */
  tenant?: Dataset['tenant'];
}

/** The outcome of one write. */
export interface WriteResult {
  answer: IngestResponse;
  /** The answer was replayed for a repeated `Idempotency-Key`. */
  replayed: boolean;
  /** The changes committed (empty when replayed or when nothing changed). */
  changes: DataChange[];
}

/** The tenant as committed, as a batch function sees it: its model and its entities by key. */
export interface CommittedTenant {
  readonly model: DatasetModel;
  /** The current entity of `kind` with `key` (`entityKeyOf`), or `undefined`. */
  get<K extends EntityKind>(kind: K, key: string): EntityOf[K] | undefined;
}

/**
 * The items of a write, or a function that builds them from the tenant as committed, run inside
 * the tenant-exclusive transaction once the model has caught up with the log. Whatever the
 * function throws (a 404, a 409) reaches the caller as it is, and nothing is written.
 */
export type BatchSource = readonly BatchItem[] | ((tenant: CommittedTenant) => readonly BatchItem[]);

/** Writes batches through the store of record. */
export interface RecordWriter {
  write(tenantId: string, items: BatchSource, actor: Actor, options?: WriteOptions): Promise<WriteResult>;
}

/** Options of the writer. */
export interface RecordWriterOptions {
  store: RecordStore;
  tenants: StoreTenantData;
  clock?: Clock;
  /** How long an idempotency answer is replayed, in real time (default 24 hours). */
  idempotencyTtlMs?: number;
}

/** Internal (code `tenant-appeared`): another writer created the tenant first; always caught and retried. */
class TenantAppearedError extends SuccessKitError {
  constructor() {
    super('tenant-appeared', 'the tenant was created by another writer');
  }
}

/**
 * Creates the writer.
 *
 * @example
 * ```ts
 * const writer = createRecordWriter({ store: records, tenants: storeTenantData(records) });
 * const { answer } = await writer.write('acme', items, { kind: 'service', id: keyId });
 * ```
 */
export function createRecordWriter(options: RecordWriterOptions): RecordWriter {
  const { store, tenants } = options;
  const clock = options.clock ?? (() => new Date());
  const ttl = options.idempotencyTtlMs ?? 24 * 3_600_000;

  async function attempt(tenantId: string, source: BatchSource, actor: Actor, writeOptions: WriteOptions): Promise<WriteResult> {
    const known = await tenants.get(tenantId);
    const live = known ?? tenants.empty(writeOptions.tenant ?? { id: tenantId, name: tenantId });
    const now = clock();
    const at = now.toISOString();
    const idempotencyName = writeOptions.idempotencyKey === undefined ? null : `idempotency:${writeOptions.idempotencyKey}`;
    let result: WriteResult;
    let refusal: { error: unknown } | undefined;
    try {
      result = await store.transaction(tenantId, async (tx) => {
        if (idempotencyName) {
          const prior = await tx.getMeta(idempotencyName);
          if (prior !== null) {
            const { hash, answer } = JSON.parse(prior) as { hash: string | null; answer: IngestResponse };
            if ((writeOptions.requestHash ?? null) !== hash) throw new IdempotencyConflictError();
            return { answer, replayed: true, changes: [] };
          }
        }
        if (!known && (await tx.getMeta(tenantMetaName)) !== null) throw new TenantAppearedError();
        const latest = await tx.latestSeq();
        if (live.dataVersion < latest) live.apply(await tx.changesAfter(live.dataVersion));
        let items: readonly BatchItem[];
        try {
          items = typeof source === 'function' ? source(live) : source;
        } catch (error) {
          refusal = { error };
          throw error;
        }
        const view = new BatchView(live, items);
        const problems = [...(writeOptions.problems ?? []), ...checkBatch(view, items)];
        if (problems.length > 0) throw new IngestInvalidError(problems);
        const plan = planBatch(view, items);
        const changes = plan.changes.map((change, i) => ({ ...change, seq: latest + 1 + i, at, actor }) as DataChange);
        const writes: EntityWrite[] = changes.map((change) => ({ kind: change.kind, key: change.key, value: change.new }) as EntityWrite);
        for (const change of changes) {
          for (const row of attributeChangesOf(change)) writes.push({ kind: 'attributeHistory', key: entityKeyOf('attributeHistory', row), value: row });
        }
        const tenantText = writeOptions.tenant ? JSON.stringify(writeOptions.tenant) : null;
        if (!known || (tenantText !== null && tenantText !== (await tx.getMeta(tenantMetaName)))) {
          await tx.setMeta(tenantMetaName, tenantText ?? JSON.stringify(live.model.dataset.tenant));
        }
        for (const meta of writeOptions.meta ?? []) await tx.setMeta(meta.name, meta.value);
        await tx.commit(writes, changes);
        const answer: IngestResponse = { seq: latest + changes.length, applied: plan.applied, unchanged: plan.unchanged };
        if (idempotencyName) {
          await tx.setMeta(idempotencyName, JSON.stringify({ hash: writeOptions.requestHash ?? null, answer }), { expiresAt: new Date(Date.now() + ttl).toISOString() });
        }
        return { answer, replayed: false, changes };
      });
    } catch (error) {
      if (refusal) throw refusal.error;
      if (error instanceof IngestInvalidError || error instanceof IdempotencyConflictError || error instanceof TenantAppearedError) throw error;
      // The model may have caught up inside the failed transaction: that was committed data, so it stays.
      throw new StoreUnavailableError('the store could not commit the batch; nothing was written', { cause: error });
    }
    // Committed: now, and only now, the model moves.
    try {
      if (!known) {
        live.apply(result.changes);
        tenants.adopt(live);
      } else {
        live.apply(result.changes);
      }
      if (writeOptions.tenant && known && live.model.dataset.tenant.name !== writeOptions.tenant.name) tenants.evict(tenantId);
    } catch {
      tenants.evict(tenantId); // the next read loads the committed state from the store
    }
    return result;
  }

  return {
    async write(tenantId, source, actor, writeOptions = {}) {
      try {
        return await attempt(tenantId, source, actor, writeOptions);
      } catch (error) {
        // Another process created the tenant meanwhile: load it and write against it.
        if (error instanceof TenantAppearedError) return attempt(tenantId, source, actor, writeOptions);
        throw error;
      }
    },
  };
}
