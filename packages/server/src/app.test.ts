import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSuccessKit } from './app.ts';

describe('createSuccessKit over real HTTP', () => {
  let server: ServerType;
  let base = '';
  let ready = true;
  beforeAll(async () => {
    const kit = createSuccessKit({ readinessChecks: [async () => { if (!ready) throw new Error('down'); }] });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: kit.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 when a check fails', async () => {
    ready = false;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    ready = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
