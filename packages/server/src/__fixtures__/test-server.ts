/**
 * Starts a successkit app on a real HTTP server (127.0.0.1, port 0) for tests, with the two
 * test tenants, a fixed clock, silent logs and responses checked against their schemas, and
 * mints tokens for it.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Seat } from '@successkit/core';
import { createSuccessKit, type SuccessKit, type SuccessKitOptions } from '../app.ts';
import type { Permission } from '../auth/caller.ts';
import { mintEmbedToken, type EmbedTokenKey } from '../auth/embed-token.ts';
import { createGeneratorFromEnv } from '../generators/generator-from-env.ts';
import { createLogger } from '../logging/logger.ts';
import { testDataset, testNow } from './test-datasets.ts';

/** The test signing key. */
export const testKey: EmbedTokenKey = { secret: 'test-secret-0123456789-abcdefghijklmnop', issuer: 'https://portal.test', audience: 'successkit-test' };

/** A running test server. */
export interface TestServer {
  base: string;
  kit: SuccessKit;
  token(options: { tenant?: string; user?: string; seat?: Seat; admin?: boolean; permissions?: Permission[] }): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts a test server; `options` override the defaults. Without `summaries`, the real summary
 * engine runs on memory stores with the offline generator.
 */
export async function startTestServer(options: Partial<SuccessKitOptions> = {}): Promise<TestServer> {
  const kit = createSuccessKit({
    data: [testDataset('alpha'), testDataset('beta')],
    jwt: testKey,
    clock: () => testNow,
    logger: createLogger({ level: 'silent' }),
    validateResponses: true,
    generator: createGeneratorFromEnv({}, { logger: { info() {} } }),
    ...options,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: kit.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    kit,
    token: ({ tenant = 'alpha', user = 'u-csm', seat = 'viewer', admin, permissions }) =>
      mintEmbedToken({ ...testKey, tenant, user, seat, admin, permissions, ttl: 600, now: testNow }),
    async close() {
      await kit.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
