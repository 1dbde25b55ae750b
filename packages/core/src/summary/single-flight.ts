/**
 * Single-flight in one process: concurrent callers asking for the same key share one running
 * call and its result (or error); once it settles, the next caller starts a new one. Across
 * processes the server adds a `LockStore` lock on top.
 */

/** Joins concurrent calls per key. */
export class SingleFlight<T> {
  readonly #running = new Map<string, Promise<T>>();

  /**
   * Runs `fn` for `key`, or joins the run already in flight for it.
   *
   * @example
   * ```ts
   * const flights = new SingleFlight<StoredSummary>();
   * const [a, b] = await Promise.all([flights.run(key, generate), flights.run(key, generate)]); // one generation
   * ```
   */
  run(key: string, fn: () => Promise<T>): Promise<T> {
    const running = this.#running.get(key);
    if (running) return running;
    let promise: Promise<T>;
    try {
      promise = fn();
    } catch (error) {
      promise = Promise.reject(error);
    }
    const tracked = promise.finally(() => {
      if (this.#running.get(key) === tracked) this.#running.delete(key);
    });
    this.#running.set(key, tracked);
    return tracked;
  }

  /** Whether a call for the key is in flight. */
  has(key: string): boolean {
    return this.#running.has(key);
  }

  /** How many keys have a call in flight. */
  get size(): number {
    return this.#running.size;
  }
}
