/**
 * `ApiTask`: the one way a successkit element fetches. A reactive controller over `@lit/task`
 * whose task function reaches the API through the element's core client (with the expired-token
 * retry of `SkElement.callApi`) and an `AbortSignal`; it re-runs when its arguments or the API
 * connection (`api-base`, provider, `apiClient`) change, and waits (initial state) while there is
 * no API or `enabled` says the arguments are incomplete. Elements build one with
 * `this.apiTask({...})` and render its states with `renderTaskStates` (api-states.ts).
 */
import { Task, TaskStatus, initialState, type StatusRenderer } from '@lit/task';
import type { SuccessKitClient } from '@successkit/core/client';
import type { ReactiveControllerHost } from 'lit';

/** Calls the API through the host element's client (retrying once after an expired token). */
export type ApiCall = <T>(fn: (client: SuccessKitClient) => Promise<T>) => Promise<T>;

/** What the host element lends the task: its API call, whether an API is known, its connection. */
export interface ApiSource {
  call: ApiCall;
  ready: () => boolean;
  /** Values whose change means another API (compared by identity). */
  connection: () => readonly unknown[];
}

/** What a task function gets besides its arguments. */
export interface ApiTaskContext {
  /** Aborted when the arguments change, the task re-runs or the element is disconnected. */
  signal: AbortSignal;
  call: ApiCall;
}

/** Options of an `ApiTask`. */
export interface ApiTaskOptions<A extends readonly unknown[], R> {
  /** The task's arguments (compared item by item; a change re-runs the task). */
  args: () => A;
  /** Loads the data. */
  task: (args: A, context: ApiTaskContext) => Promise<R>;
  /** Whether the arguments are complete (e.g. an `account-id` is set); default: always. */
  enabled?: (args: A) => boolean;
  /** Run when the arguments change (default `true`); `false`: only through `run()`. */
  autoRun?: boolean;
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * A `@lit/task` over the core client.
 *
 * @example
 * ```ts
 * readonly #task = this.apiTask({
 *   args: () => [this.accountId] as const,
 *   enabled: ([id]) => Boolean(id),
 *   task: ([id], { call, signal }) => call((client) => client.getAccount(id, { signal })),
 * });
 * ```
 */
export class ApiTask<const A extends readonly unknown[], R> {
  readonly #task: Task<readonly [A, boolean, ...unknown[]], R>;
  readonly #options: ApiTaskOptions<A, R>;
  readonly #source: ApiSource;
  /** A `reload()` is in flight: the last value stays on screen until the new one is in. */
  #quiet = false;

  constructor(host: ReactiveControllerHost, source: ApiSource, options: ApiTaskOptions<A, R>) {
    this.#options = options;
    this.#source = source;
    this.#task = new Task(host, {
      autoRun: options.autoRun ?? true,
      task: async ([args, ready], { signal }) => {
        if (!ready || (options.enabled && !options.enabled(args))) return initialState;
        return options.task(args, { signal, call: source.call });
      },
      args: () => [options.args(), source.ready(), ...source.connection()] as const,
      argsEqual: (a, b) => sameItems(a[0], b[0]) && sameItems(a.slice(1), b.slice(1)),
    });
  }

  /** Whether an API is known and the arguments are complete (otherwise the task waits). */
  get enabled(): boolean {
    if (!this.#source.ready()) return false;
    return this.#options.enabled ? this.#options.enabled(this.#options.args()) : true;
  }

  /** The `@lit/task` status: initial, pending, complete or error. */
  get status(): TaskStatus {
    return this.#task.status;
  }

  /** The last value loaded (kept while a new run is pending). */
  get value(): R | undefined {
    return this.#task.value;
  }

  /** The error of the last run, when it failed. */
  get error(): unknown {
    return this.#task.error;
  }

  /** Whether a run is in flight (not during a `reload()` that keeps the last value shown). */
  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING && !(this.#quiet && this.#task.value !== undefined);
  }

  /** Resolves with the value of the current run (rejects with its error). */
  get complete(): Promise<R> {
    return this.#task.taskComplete;
  }

  /** Runs the task now with the current arguments (Retry, refresh, a dialog opening). */
  run(): Promise<void> {
    return this.#task.run();
  }

  /**
   * Loads again with the same arguments, keeping the last value shown meanwhile (live data: the
   * host knows the data changed, or refreshes on an interval). Does nothing while the task waits.
   */
  async reload(): Promise<void> {
    if (!this.enabled || this.#task.status === TaskStatus.PENDING) return;
    this.#quiet = true;
    try {
      await this.#task.run();
    } finally {
      this.#quiet = false;
    }
  }

  /** Renders by status, as `Task.render` does. */
  render(renderer: StatusRenderer<R>): unknown {
    return this.#task.render(renderer);
  }

  /** Aborts the run in flight. */
  abort(reason?: unknown): void {
    this.#task.abort(reason);
  }
}
