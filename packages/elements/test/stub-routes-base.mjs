/** Stub routes used by the shared element infrastructure tests. */
import { sendJson } from './stub-api.mjs';

export async function handle(ctx) {
  if (ctx.path === '/stub/healthz') {
    sendJson(ctx, 200, { status: 'ok' });
    return true;
  }
  if (ctx.path === '/stub/echo-auth') {
    const authorization = ctx.get('authorization');
    if (authorization !== 'Bearer good') {
      sendJson(ctx, 401, { type: 'https://successkit.dev/problems/unauthenticated', title: 'Token expired', status: 401 });
    } else {
      sendJson(ctx, 200, { authorization });
    }
    return true;
  }
  return false;
}
