/**
 * Plugs scale-out into the command line without loading it up front: `--store redis://…`,
 * `--store postgres://…` (postgres/register-postgres.ts), `--queue bullmq` (through the store-url.ts hooks) and the `worker` command. Redis, BullMQ
 * and the worker are imported only when a command asks for them.
 */
import { registerQueueKind, registerStoreScheme } from '../cli/store-url.ts';
import { registerPostgres } from '../postgres/register-postgres.ts';

/** Registers `redis://` stores, `postgres://` (the store of record) and the `bullmq` queue with `--store` / `--queue`. */
export function registerScaleOut(): void {
  registerPostgres();
  registerStoreScheme('redis', async (url) => (await import('./redis-stores.ts')).createRedisStores(url));
  registerQueueKind('bullmq', async ({ storeUrl, stores }) => {
    const { assertNoEviction, queueRedisUrl } = await import('./scale-out-cli.ts');
    const { createBullMQQueue } = await import('./bullmq-queue.ts');
    const url = queueRedisUrl(storeUrl);
    await assertNoEviction(stores, url, (message) => console.error(`successkit: warning: ${message}`));
    return createBullMQQueue({ connection: url });
  });
}

/**
 * `successkit worker …`: starts the worker and keeps it running until SIGTERM or SIGINT, which
 * let running jobs finish (a job cut off by a hard kill is recovered by another worker).
 */
export async function runWorkerCommand(args: string[]): Promise<number> {
  const { workerCommand } = await import('./scale-out-cli.ts');
  const worker = await workerCommand(args);
  const shutdown = (signal: string): void => {
    console.error(`successkit: ${signal} received, finishing running jobs…`);
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`successkit: worker shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return new Promise<number>(() => {});
}
