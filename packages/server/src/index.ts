/**
 * `@successkit/server`: the successkit HTTP API as a fetch handler, with summary generation,
 * stores, job queue, embed tokens and the CLI.
 */
export { createSuccessKit } from './app.ts';
export type { SuccessKit, SuccessKitOptions } from './app.ts';
