/**
 * `createSuccessKit`: builds the Hono app and returns it as a fetch handler a host can mount in
 * Express, Fastify, Next.js or Workers, or serve standalone.
 */
import { Hono } from 'hono';

/** Options of the server. */
export interface SuccessKitOptions {
  /** Extra readiness checks (store, queue). */
  readinessChecks?: Array<() => Promise<void>>;
}

/** A mounted successkit server. */
export interface SuccessKit {
  /** The fetch handler: `(Request) => Response`. */
  fetch: (request: Request) => Response | Promise<Response>;
}

/**
 * Creates the successkit server.
 *
 * @example
 * ```ts
 * const kit = createSuccessKit({});
 * const response = await kit.fetch(new Request('http://localhost/healthz'));
 * ```
 */
export function createSuccessKit(options: SuccessKitOptions = {}): SuccessKit {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await Promise.all((options.readinessChecks ?? []).map((check) => check()));
      return c.json({ status: 'ready' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });
  return { fetch: (request) => app.fetch(request) };
}
