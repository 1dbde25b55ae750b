/**
 * Test kit of the summary engine: a two-tenant dataset, a mutable `TenantDataProvider`,
 * callers, a controllable clock, generators that can be gated or made to fail, an event
 * recorder and `followJob`, which waits for a job's `done` or `failed` event.
 */
import {
  datasetSchema,
  GenerationError,
  type DatasetInput,
  type GenerateRequest,
  type GenerationFailureKind,
  type GenerationUsage,
  type JobEvent,
  type StoredSummary,
  type Stores,
  type SummaryGenerator,
} from '@successkit/core';
import type { Caller, Permission } from '../../auth/caller.ts';
import type { TenantData, TenantDataProvider } from '../../data/tenant-data.ts';
import { tenantDataFromDataset } from '../../data/tenant-data-from-dataset.ts';
import type { SummaryService } from '../summary-service.ts';
import { createOfflineGenerator } from '../summary-core.ts';

/** A small dataset for one tenant. */
export function testDataset(tenantId: string, arr = 120_000): DatasetInput {
  return {
    version: 1,
    tenant: { id: tenantId, name: `${tenantId} Inc` },
    accountTypes: [{ id: 'company', name: 'Company', parentTypeId: null }],
    attributes: [
      { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', rollup: 'sum' },
      { key: 'segment', label: 'Segment', type: 'string', category: 'keyInfo' },
      { key: 'owner_email', label: 'Owner email', type: 'string', category: 'keyInfo', pii: true },
      { key: 'notes', label: 'Notes', type: 'string', category: 'custom', restricted: true },
    ],
    accounts: [
      { id: 'acc-1', name: `${tenantId} Customer One`, typeId: 'company', parentId: null, attributes: { arr, segment: 'Enterprise', owner_email: 'a@b.c', notes: 'secret' } },
      { id: 'acc-2', name: `${tenantId} Customer Two`, typeId: 'company', parentId: null, attributes: { arr: 5_000, segment: 'SMB' } },
    ],
  };
}

/** A provider whose tenants can be replaced (to change data between calls). */
export function testTenants(tenantIds = ['acme', 'globex']): TenantDataProvider & { load(tenantId: string, dataset: DatasetInput): void } {
  const tenants = new Map<string, TenantData>();
  let loads = 0;
  const load = (tenantId: string, input: DatasetInput) => {
    loads += 1;
    tenants.set(tenantId, tenantDataFromDataset(datasetSchema.parse(input), new Date(Date.UTC(2025, 0, 1, 0, 0, loads))));
  };
  for (const id of tenantIds) load(id, testDataset(id));
  return { load, get: async (id) => tenants.get(id) ?? null, tenants: async () => [...tenants.keys()] };
}

/** A caller of a tenant. */
export function testCaller(tenantId = 'acme', userId = 'u-1', extra: Permission[] = []): Caller {
  return {
    tenantId,
    userId,
    seat: 'practitioner',
    permissions: new Set<Permission>(['summary:read', 'summary:feedback', 'summary:refresh', ...extra]),
    tokenId: `jti-${userId}`,
  };
}

/** A clock tests move by hand. */
export function testClock(start = Date.UTC(2025, 5, 1, 8)) {
  let now = start;
  return { now: () => now, date: () => new Date(now), advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

/**
 * A generator around the offline one that counts calls, can report usage, can be gated (waits
 * for `release()` after its first `sectionsBeforeGate` sections) and can be told to fail.
 */
export function testGenerator(options: { usage?: GenerationUsage } = {}) {
  const offline = createOfflineGenerator() as SummaryGenerator;
  let gate: { promise: Promise<void>; release: () => void; sections: number } | null = null;
  let failWith: GenerationFailureKind | null = null;
  const control = {
    calls: 0,
    gate(sectionsBeforeGate = 0) {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      gate = { promise, release, sections: sectionsBeforeGate };
    },
    release() {
      gate?.release();
      gate = null;
    },
    fail(kind: GenerationFailureKind | null) {
      failWith = kind;
    },
  };
  const generator: SummaryGenerator = {
    info: { kind: 'openai', model: 'test-model', label: 'test-model' },
    async generate(request: GenerateRequest) {
      control.calls += 1;
      const current = gate;
      const held: Array<() => void> = [];
      let emitted = 0;
      const result = await offline.generate({
        ...request,
        onSection: (name, statements) => {
          if (current && emitted >= current.sections) held.push(() => request.onSection?.(name, statements));
          else request.onSection?.(name, statements);
          emitted += 1;
        },
      });
      if (current) await current.promise;
      for (const emit of held) emit();
      if (failWith) throw new GenerationError(failWith, `test failure ${failWith}`);
      return { ...result, usage: options.usage ?? null, generator: generator.info };
    },
  };
  return Object.assign(control, { generator });
}

/** Records every event published on the stores' bus, per job. */
export function recordEvents(stores: Stores): Map<string, JobEvent[]> {
  const log = new Map<string, JobEvent[]>();
  const publish = stores.events.publish.bind(stores.events);
  stores.events.publish = async (jobId, event) => {
    log.set(jobId, [...(log.get(jobId) ?? []), event]);
    return publish(jobId, event);
  };
  return log;
}

/** Subscribes to a job and resolves with its stored summary (or rejects with its problem). */
export async function followJob(service: SummaryService, caller: Caller, jobId: string): Promise<StoredSummary> {
  return new Promise((resolve, reject) => {
    let unsubscribe: (() => Promise<void>) | undefined;
    let settled: JobEvent | undefined;
    const finish = (event: JobEvent) => {
      settled = event;
      void unsubscribe?.();
      if (event.type === 'done') resolve(event.summary);
      else if (event.type === 'failed') reject(Object.assign(new Error(event.problem.detail), { problem: event.problem }));
    };
    service
      .subscribeJob(caller, jobId, (event) => {
        if (event.type === 'done' || event.type === 'failed') finish(event);
      })
      .then((subscription) => {
        if (!subscription) return reject(new Error(`no job ${jobId}`));
        unsubscribe = subscription.unsubscribe;
        if (settled) void unsubscribe();
      }, reject);
  });
}
