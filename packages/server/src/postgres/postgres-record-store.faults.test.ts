/**
 * The PostgreSQL store of record under faults, against a real cluster this file starts and
 * stops (never `POSTGRES_URL`, which it must not restart):
 * - PostgreSQL stopped → reads, writes and `ping` reject with `unavailable` (503) at once, not
 *   after a hang; back → the same store works again without being reopened;
 * - the change feed of a process whose connection dropped listens again when the server is
 *   back and reports the commits it missed (catch-up by `seq`);
 * - a server that accepts connections but never answers, or a tenant lock held past
 *   `lockWaitMs`, → `unavailable` after the deadline (other tenants are not blocked);
 * - two stores (two processes) writing conflicting upserts concurrently end in one serial
 *   `seq` order with every write present;
 * - a process SIGKILLed mid-commit leaves each batch wholly there or wholly absent.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Account, DataChange } from '@successkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinDir, startPostgresServer, type TestPostgres } from '../../test/postgres/postgres-server.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { writeSnapshot } from '../records/record-store.contract.ts';
import { createPostgresRecordStore, type PostgresRecordStore } from './postgres-record-store.ts';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const at = '2026-03-02T12:00:00.000Z';
const actor = { kind: 'service', id: 'key-1' } as const;

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Upserts account `acc-root` with `arr = value` as the next change, read-modify-write under the lock. */
async function setArr(store: PostgresRecordStore, value: number): Promise<number> {
  return store.transaction('alpha', async (tx) => {
    const seq = (await tx.latestSeq()) + 1;
    const previous = (await tx.changesAfter(0)).filter((c) => c.kind === 'accounts').at(-1)?.new as Account | undefined;
    const before = previous ?? ({ id: 'acc-root', name: 'ALPHA Holdings', typeId: 'company', parentId: null, attributes: {} } as Account);
    const after: Account = { ...before, attributes: { ...before.attributes, arr: value } };
    const change: DataChange = { seq, at, actor, kind: 'accounts', key: 'acc-root', old: before, new: after };
    await tx.commit([{ kind: 'accounts', key: 'acc-root', value: after }], [change]);
    return seq;
  });
}

describe.skipIf(postgresBinDir() === null)('PostgreSQL store of record under faults', () => {
  let pg: TestPostgres;
  let store: PostgresRecordStore;
  let other: PostgresRecordStore;
  beforeAll(async () => {
    pg = await startPostgresServer();
    store = createPostgresRecordStore(pg.url, { reconcileMs: 0 });
    other = createPostgresRecordStore(pg.url, { reconcileMs: 0 });
    await store.migrate();
    await other.migrate(); // a second process migrating the same database is a no-op
    await writeSnapshot(store, 'alpha');
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await other?.close();
    await pg?.dispose();
  });

  it('answers unavailable at once while PostgreSQL is down, catches up when it is back', async () => {
    const seen: Array<[string, number]> = [];
    const stop = store.watch((tenant, seq) => seen.push([tenant, seq]));
    await waitFor(() => store.feed.listening, 5_000);
    const before = await store.latestSeq('alpha');

    await pg.stop();
    const failures = await Promise.allSettled([store.ping(), store.latestSeq('alpha'), setArr(store, 1), store.load('alpha')]);
    for (const failure of failures) {
      expect(failure.status).toBe('rejected');
      const reason = (failure as PromiseRejectedResult).reason as HttpProblem;
      expect(reason).toBeInstanceOf(HttpProblem);
      expect(reason.status).toBe(503);
      // Ended by the refused connection itself, not by a deadline running out (no hang).
      expect((reason.cause as { code?: string }).code).toBe('ECONNREFUSED');
    }
    await waitFor(() => !store.feed.listening, 5_000);
    // A process that starts following while PostgreSQL is down listens once it is back.
    const late = createPostgresRecordStore(pg.url, { reconcileMs: 0 });
    const lateSeen: number[] = [];
    const stopLate = late.watch((tenant, seq) => tenant === 'alpha' && lateSeen.push(seq));
    await new Promise((resolve) => setTimeout(resolve, 700)); // a failed attempt or two

    await pg.start();
    // The other process writes while this one's feed may still be reconnecting.
    const seq = await setArr(other, 2);
    expect(seq).toBe(before + 1);
    await waitFor(() => store.feed.listening, 10_000);
    await waitFor(() => seen.some(([tenant, s]) => tenant === 'alpha' && s === seq), 5_000);
    await expect(store.ping()).resolves.toBeUndefined();
    await waitFor(() => late.feed.listening && lateSeen.includes(seq), 10_000);
    stop();
    stopLate();
    await late.close();
  }, 60_000);

  it('gives up on a server that accepts connections but never answers, and on a tenant lock held too long', async () => {
    const silent = createServer(() => {}); // accepts, never speaks
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const port = (silent.address() as AddressInfo).port;
    const hung = createPostgresRecordStore(`postgres://postgres@127.0.0.1:${port}/none`, { readTimeoutMs: 300, transactionIdleTimeoutMs: 300 });
    try {
      const answers = await Promise.allSettled([hung.latestSeq('alpha'), hung.transaction('alpha', (tx) => tx.latestSeq())]);
      for (const answer of answers) expect(((answer as PromiseRejectedResult).reason as HttpProblem).status).toBe(503);
    } finally {
      await hung.close().catch(() => {});
      silent.close();
    }

    const impatient = createPostgresRecordStore(pg.url, { lockWaitMs: 200, reconcileMs: 0 });
    let release!: () => void;
    const holding = store.transaction('alpha', () => new Promise<void>((resolve) => (release = resolve)));
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const refused = await impatient.transaction('alpha', (tx) => tx.latestSeq()).catch((error: unknown) => error);
      expect((refused as HttpProblem).status).toBe(503);
      expect(await impatient.transaction('beta', (tx) => tx.latestSeq())).toBe(0); // other tenants are not blocked
    } finally {
      release();
      await holding;
      await impatient.close();
    }
  }, 30_000);

  it('serialises conflicting upserts of two processes into one seq order, losing nothing', async () => {
    const start = await store.latestSeq('alpha');
    const values = Array.from({ length: 40 }, (_, i) => 1_000 + i);
    const seqs = await Promise.all(values.map((value, i) => setArr(i % 2 ? other : store, value)));
    expect([...seqs].sort((a, b) => a - b)).toEqual(values.map((_, i) => start + i + 1));
    const changes = await store.changesAfter('alpha', start, 100);
    expect(changes.map((c) => c.seq)).toEqual(values.map((_, i) => start + i + 1));
    // Each change's old value is the previous change's new value: one serial order, no lost update.
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.old).toEqual(changes[i - 1]!.new);
    const last = changes.at(-1)!.new as Account;
    const loaded = await store.load('alpha');
    expect(loaded?.dataset.accounts.find((a) => a.id === 'acc-root')).toEqual(last);
    expect(new Set(changes.map((c) => (c.new as Account).attributes['arr']))).toEqual(new Set(values));
  }, 60_000);

  it('leaves a batch wholly there or wholly absent when its process is killed mid-commit', async () => {
    await store.transaction('killed', async (tx) => {
      await tx.setMeta('tenant', JSON.stringify({ id: 'killed', name: 'Killed Corp' }));
    });
    const size = 5_000;
    const child = spawn(process.execPath, ['--conditions=@successkit/source', 'test/postgres/commit-loop.ts', pg.url, 'killed', String(size)], {
      cwd: packageRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => /committed 2\b/.test(output) || child.exitCode !== null, 60_000);
    expect(child.exitCode, output).toBeNull();
    // Kill it while a later batch is on its way (a random moment inside the next commits).
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(Math.random() * 400)));
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    const acknowledged = Math.max(...[...output.matchAll(/committed (\d+)/g)].map((m) => Number(m[1])));

    const loaded = await store.load('killed');
    const perBatch = new Map<string, number>();
    for (const touchpoint of loaded!.dataset.touchpoints) {
      const batch = touchpoint.id.split('-')[0]!;
      perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
    }
    for (const [, count] of perBatch) expect(count).toBe(size);
    expect(perBatch.size).toBeGreaterThanOrEqual(acknowledged); // nothing acknowledged is lost
    expect(perBatch.size).toBeLessThanOrEqual(acknowledged + 1); // at most the one in flight committed
    expect(loaded!.seq).toBe(perBatch.size * size);
    expect(await store.latestSeq('killed')).toBe(perBatch.size * size);
  }, 90_000);
});
