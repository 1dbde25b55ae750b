/**
 * A stub successkit API for element tests, served by web-test-runner's own HTTP server on
 * 127.0.0.1 under `/stub/…`. Tests steer it through `POST /stub/__control` (see stub-control.ts).
 * Element issues extend the routes here.
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function stubApiPlugin() {
  return {
    name: 'successkit-stub-api',
    serverStart({ app }) {
      app.use(async (ctx, next) => {
        if (!ctx.path.startsWith('/stub/')) return next();
        if (ctx.path === '/stub/healthz') {
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ status: 'ok' });
          return;
        }
        return next();
      });
    },
  };
}
