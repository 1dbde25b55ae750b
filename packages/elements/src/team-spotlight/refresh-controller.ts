/**
 * A reactive controller that calls `onTick` every `seconds` while `enabled` is true (the team
 * spotlight's TV mode). It follows the host's properties after each update and stops when the
 * host leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller reads from its host after each update. */
export interface RefreshSettings {
  enabled: boolean;
  seconds: number;
}

export class RefreshController implements ReactiveController {
  readonly #settings: () => RefreshSettings;
  readonly #onTick: () => void;
  #timer: ReturnType<typeof setInterval> | undefined;
  #current = '';

  constructor(host: ReactiveControllerHost, settings: () => RefreshSettings, onTick: () => void) {
    this.#settings = settings;
    this.#onTick = onTick;
    host.addController(this);
  }

  /** Whether a refresh timer is running. */
  get running(): boolean {
    return this.#timer !== undefined;
  }

  hostUpdated(): void {
    const { enabled, seconds } = this.#settings();
    const wanted = enabled && seconds > 0 ? String(seconds) : '';
    if (wanted === this.#current) return;
    this.#stop();
    this.#current = wanted;
    if (wanted) this.#timer = setInterval(() => this.#onTick(), Math.max(1, seconds) * 1000);
  }

  hostDisconnected(): void {
    this.#stop();
    this.#current = '';
  }

  #stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
