/**
 * `successkit serve --data FILE [--port 8787] [--host 127.0.0.1] [--store sqlite:PATH|memory|redis://…]
 * [--queue inline|bullmq] [--origin URL]…`: loads the dataset (one file = one tenant), opens the
 * stores and the queue, and serves the API. SIGTERM / SIGINT shut down gracefully: stop
 * accepting connections, let in-flight requests finish (SSE streams get a grace period), close
 * the summary service (running jobs finish or are handed back), then the stores.
 */
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createSuccessKit } from '../app.ts';
import { DatasetFileError, fileTenantData } from '../data/file-tenant-data.ts';
import { DatasetError } from '@successkit/core';
import { createLogger } from '../logging/logger.ts';
import { jwtKeyFromEnv } from './cli-env.ts';
import { CliError, usageError } from './cli-error.ts';
import { createQueueOfKind, createStoresFromUrl } from './store-url.ts';

/** A running server, for tests and `main.ts`. */
export interface RunningServer {
  url: string;
  /** Graceful shutdown. */
  stop(): Promise<void>;
}

/** Grace period for open streams at shutdown. */
const shutdownGraceMs = 10_000;

/** Runs `serve` until stopped. */
export async function serveCommand(args: string[], out: (line: string) => void = console.log): Promise<RunningServer> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      store: { type: 'string', default: 'sqlite:./successkit.db' },
      queue: { type: 'string', default: 'inline' },
      origin: { type: 'string', multiple: true },
      'log-level': { type: 'string', default: process.env.LOG_LEVEL || 'info' },
    },
    strict: true,
  });
  if (!values.data?.length) throw usageError('serve: --data FILE is required (a dataset JSON file; make one with `successkit seed`)');
  const portText = values.port ?? process.env.PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) throw usageError(`serve: --port must be a number from 0 to 65535 (got "${portText}")`);
  const jwt = jwtKeyFromEnv();

  let data;
  try {
    data = await fileTenantData(values.data);
  } catch (error) {
    if (error instanceof DatasetFileError) throw new CliError(`serve: ${error.message}`, { cause: error });
    if (error instanceof DatasetError) {
      const lines = error.problems.slice(0, 20).map((p) => `  ${p.path || '(document)'}: ${p.message}`);
      throw new CliError(`serve: the dataset is invalid (run \`successkit validate\` for every problem):\n${lines.join('\n')}`, { cause: error });
    }
    throw error;
  }
  const logger = createLogger({ level: values['log-level'] });
  const stores = await createStoresFromUrl(values.store);
  const queue = await createQueueOfKind(values.queue, { storeUrl: values.store, stores }).catch(async (error: unknown) => {
    await stores.close(); // e.g. a Redis refused for the queue: let the process exit
    throw error;
  });
  const kit = createSuccessKit({
    data,
    jwt,
    stores,
    queue,
    // With BullMQ, generation runs in `successkit worker` processes, not in the API.
    processJobs: values.queue !== 'bullmq',
    logger,
    cors: { origins: values.origin ?? [] },
    readinessChecks: [() => queue.ping()],
  });

  const server = serve({ fetch: kit.fetch, hostname: values.host, port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CliError(`serve: cannot listen on ${values.host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`, { cause: error })),
    );
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  out(`successkit listening on ${url} (tenants: ${(await data.tenants()).join(', ')}; store ${values.store.split('@').pop()}; queue ${values.queue})`);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({}, 'shutting down');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      const grace = setTimeout(() => {
        if ('closeAllConnections' in server) server.closeAllConnections();
      }, shutdownGraceMs);
      await closed;
      clearTimeout(grace);
      await kit.close();
      await queue.close();
      await stores.close();
      logger.info({}, 'stopped');
    })());
  return { url, stop };
}
