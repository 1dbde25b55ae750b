/**
 * How a SQLite store of record notices commits of other processes (and of its own writer
 * connection): a timer reads `PRAGMA data_version` — which moves when another connection
 * commits — and only then the tenants' latest `seq`, reporting each tenant whose `seq` moved
 * or which appeared. The first poll records where every tenant is and reports nothing.
 */
import type { StatementSync } from 'node:sqlite';

/** Starts polling; returns the function that stops it. */
export function watchTenantSeqs(
  statements: { dataVersion: StatementSync; seqs: StatementSync },
  pollMs: number,
  onSeq: (tenantId: string, seq: number) => void,
): () => void {
  const seen = new Map<string, number>();
  let version = -1;
  let first = true;
  const poll = (): void => {
    try {
      const current = Number((statements.dataVersion.get() as { data_version: number }).data_version);
      if (current === version) return;
      version = current;
      for (const row of statements.seqs.all() as Array<{ tenant_id: string; seq: number }>) {
        const seq = Number(row.seq);
        if (seen.get(row.tenant_id) === seq) continue;
        seen.set(row.tenant_id, seq);
        if (!first) onSeq(row.tenant_id, seq);
      }
      first = false;
    } catch {
      // The file is briefly unreadable (locked, closing): look again at the next tick.
    }
  };
  poll();
  const timer = setInterval(poll, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
