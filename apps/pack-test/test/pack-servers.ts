/**
 * The servers of the pack test, both `node:http` on 127.0.0.1 (port 0):
 * - the pages server: static files from the pack project (the built pages and `node_modules`);
 * - the stub API: a real successkit server built by the PACKED `@successkit/server` (imported
 *   from the project's `node_modules`) on a small synthetic dataset from the packed core, with
 *   memory stores and the offline generator, and CORS
 *   open to the pages' origin only.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** A listening server. */
export interface Running {
  origin: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};

async function listen(listener: RequestListener): Promise<Running> {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves the files of `root` (a directory request serves its `index.html`). */
export function servePages(root: string): Promise<Running> {
  return listen((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
}

/** The stub API and what the pages need to call it. */
export interface StubApi extends Running {
  token: string;
  accountId: string;
}

interface PackedServer {
  createSuccessKit(options: Record<string, unknown>): { fetch: (request: Request) => Promise<Response> | Response; close(): Promise<void> };
  mintEmbedToken(options: Record<string, unknown>): Promise<string>;
  createMemoryStores(): { close(): Promise<void> };
  createGeneratorFromEnv(env: Record<string, string>, options: { logger: { info(): void } }): unknown;
  createLogger(options: { level: string }): unknown;
}
interface PackedCore {
  generateDataset(options: { seed: number; accounts: number; asOf: string }): {
    tenant: { id: string };
    accounts: Array<{ id: string; parentId: string | null }>;
    users?: Array<{ id: string }>;
  };
}
interface NodeServerAdapter {
  getRequestListener(fetch: (request: Request) => Promise<Response> | Response): RequestListener;
}

/** Imports packages the way Node resolves them from inside the project (its exports maps, `import` condition). */
async function loadFrom(projectDir: string, specifiers: string[]): Promise<unknown[]> {
  const script = `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`;
  const urls = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectDir, encoding: 'utf8' })) as string[];
  return Promise.all(urls.map((url) => import(url)));
}

/** Starts the stub API from the packed packages; CORS allows `pagesOrigin`. */
export async function startStubApi(projectDir: string, pagesOrigin: string): Promise<StubApi> {
  const [server, core, adapter] = (await loadFrom(projectDir, ['@successkit/server', '@successkit/core/synthetic', '@hono/node-server'])) as [
    PackedServer,
    PackedCore,
    NodeServerAdapter,
  ];
  const asOf = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;
  const dataset = core.generateDataset({ seed: 7, accounts: 40, asOf });
  const jwt = { secret: 'pack-test-secret-0123456789-abcdefghij', issuer: 'https://host.pack-test', audience: 'successkit' };
  const stores = server.createMemoryStores();
  const kit = server.createSuccessKit({
    data: dataset,
    jwt,
    cors: { origins: [pagesOrigin] },
    stores,
    generator: server.createGeneratorFromEnv({}, { logger: { info() {} } }), // {}: no OPENAI_API_KEY, so the offline generator
    logger: server.createLogger({ level: 'silent' }),
  });
  const running = await listen(adapter.getRequestListener(kit.fetch));
  const user = dataset.users?.[0]?.id ?? 'pack-test-user';
  const token = await server.mintEmbedToken({ ...jwt, tenant: dataset.tenant.id, user, seat: 'practitioner', ttl: 900 });
  const account = dataset.accounts.find((a) => a.parentId === null) ?? dataset.accounts[0]!;
  return {
    ...running,
    token,
    accountId: account.id,
    async close() {
      await running.close();
      await kit.close();
      await stores.close();
    },
  };
}
