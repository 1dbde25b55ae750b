/**
 * The Hono environment of the successkit app: what middleware stores on a request's context.
 */
import type { Caller } from '../auth/caller.ts';

/** Per-request variables. */
interface AppVariables {
  /** The request id (from `x-request-id` when it looks safe, else a new UUID). */
  requestId: string;
  /** The authenticated caller, once the route has verified the token. */
  caller?: Caller;
  /** Headers collected for the response (see response-headers.ts); lower-case names. */
  responseHeaders?: Record<string, string> | undefined;
}

/** Hono `Env` of the app. */
export interface AppEnv {
  Variables: AppVariables;
}
