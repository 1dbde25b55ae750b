/**
 * `Clock`: the one type of every clock successkit is given (stores' lock and metadata expiry, the
 * summary service, the writer, the simulator, the app). Core never reads the time itself; a host
 * or a test passes a clock, and code that needs milliseconds calls `clock().getTime()`.
 */

/**
 * A source of the current time.
 *
 * @example
 * ```ts
 * let now = Date.UTC(2025, 5, 1);
 * const clock: Clock = () => new Date(now);
 * const stores = createMemoryStores({ clock });
 * ```
 */
export type Clock = () => Date;
