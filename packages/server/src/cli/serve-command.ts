/**
 * `successkit serve [--data FILE…] [--port 8787] [--host 127.0.0.1] [--store sqlite:PATH|memory|redis://…]
 * [--queue inline|bullmq] [--origin URL]…`: opens the stores and the queue and serves the API.
 * With a store of record (`sqlite:PATH`, `memory`, `postgres://…`) each `--data` file (one
 * tenant) is imported into it — on the first start, and again only when the file changed — and
 * the data is served from the store, following its change log; `--data` may then be left out.
 * Other stores (`redis://…`) serve the files as they are. SIGTERM / SIGINT shut down gracefully: stop
 * accepting connections, let in-flight requests finish (SSE streams get a grace period), close
 * the summary service (running jobs finish or are handed back), then the stores.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createSuccessKit } from '../app.ts';
import { DatasetFileError, fileTenantData } from '../data/file-tenant-data.ts';
import { DatasetError } from '@successkit/core';
import { createLogger } from '../logging/logger.ts';
import { jwtKeyFromEnv } from './cli-env.ts';
import { CliError, usageError } from './cli-error.ts';
import { describeImport, importFiles } from './import-command.ts';
import { createQueueOfKind, createRecordStoreFromUrl, createStoresFromUrl } from './store-url.ts';

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
  const portText = values.port ?? process.env.PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) throw usageError(`serve: --port must be a number from 0 to 65535 (got "${portText}")`);
  const jwt = jwtKeyFromEnv();

  if (!values.data?.length && (values.store === 'memory' || (/^sqlite:/i.test(values.store) && !existsSync(values.store.slice('sqlite:'.length).replace(/^\/\//, ''))))) {
    throw usageError('serve: --data FILE is required (a dataset JSON file; make one with `successkit seed`)');
  }
  const records = await createRecordStoreFromUrl(values.store);
  if (records) {
    try {
      const files = values.data ?? [];
      const outcomes = await importFiles(records, files, 'serve');
      outcomes.forEach((outcome, i) => out(describeImport(files[i]!, outcome)));
      if ((await records.tenants()).length === 0) {
        throw usageError('serve: --data FILE is required (a dataset JSON file; make one with `successkit seed`): the store holds no tenant yet');
      }
    } catch (error) {
      await records.close();
      throw error;
    }
  } else if (!values.data?.length) {
    throw usageError('serve: --data FILE is required (a dataset JSON file; make one with `successkit seed`)');
  }
  let data;
  try {
    data = records ? undefined : await fileTenantData(values.data!);
  } catch (error) {
    if (error instanceof DatasetFileError) throw new CliError(`serve: ${error.message}`, { cause: error });
    if (error instanceof DatasetError) {
      const lines = error.problems.slice(0, 20).map((p) => `  ${p.path || '(document)'}: ${p.message}`);
      throw new CliError(`serve: the dataset is invalid (run \`successkit validate\` for every problem):\n${lines.join('\n')}`, { cause: error });
    }
    throw error;
  }
  const logger = createLogger({ level: values['log-level'] });
  const stores = await createStoresFromUrl(values.store).catch(async (error: unknown) => {
    await records?.close(); // e.g. postgres:// without REDIS_URL: let the process exit
    throw error;
  });
  const queue = await createQueueOfKind(values.queue, { storeUrl: values.store, stores }).catch(async (error: unknown) => {
    await stores.close(); // e.g. a Redis refused for the queue: let the process exit
    await records?.close();
    throw error;
  });
  const kit = createSuccessKit({
    ...(records ? { records } : { data: data! }),
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
  const tenants = records ? await records.tenants() : await data!.tenants();
  out(`successkit listening on ${url} (tenants: ${tenants.join(', ')}; store ${values.store.split('@').pop()}; queue ${values.queue})`);

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
      await records?.close();
      logger.info({}, 'stopped');
    })());
  return { url, stop };
}
