/**
 * `SuccessKitError`: the one base of every error successkit throws, in every package. Each
 * error has a stable `code` (kebab-case, documented, never renamed) a host can branch on, and
 * `SuccessKitError.isInstance(e)` tells a successkit error from any other even when two copies
 * of the library are bundled (a symbol marker, as vercel/ai's `AISDKError` does), where
 * `instanceof` would fail.
 */

const marker = Symbol.for('successkit.error');

/**
 * The base of every successkit error.
 *
 * @example
 * ```ts
 * try { await kit.ingest(batch); } catch (e) {
 *   if (SuccessKitError.isInstance(e)) console.log(e.code); else throw e;
 * }
 * ```
 */
export class SuccessKitError extends Error {
  private readonly [marker] = true;
  override readonly name: string = 'SuccessKitError';
  /** A stable, documented code, e.g. `dataset-invalid`, `ingest-invalid`, `queue-closed`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** True for any successkit error, from any copy of the library. */
  static isInstance(error: unknown): error is SuccessKitError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
