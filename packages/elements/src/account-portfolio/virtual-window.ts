/**
 * `VirtualWindowController`: which rows of a long list are in the DOM. The list scrolls inside
 * its own container; rows have a fixed height, so the rows on screen (plus a few above and
 * below) follow from the scroll offset alone, and spacer rows stand in for the rest. Thousands
 * of rows then cost what a screenful costs. Assistive technology still learns the full count
 * through `aria-rowcount` / `aria-rowindex`, which the element sets.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The rows to render: `[start, end)`. */
export interface RowWindow {
  start: number;
  end: number;
}

/** The window for a scroll offset (pure: used by the controller and its tests). */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight);
  const start = Math.max(0, Math.min(first - overscan, total));
  const end = Math.min(total, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

export class VirtualWindowController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #rowHeight: number;
  /** The viewport height assumed before the container is measured (px). */
  readonly #initialViewport: number;
  #container: HTMLElement | null = null;
  #scrollTop = 0;
  #viewport: number;
  #frame = 0;

  constructor(host: ReactiveControllerHost, options: { rowHeight: number; initialViewport?: number }) {
    this.#host = host;
    this.#rowHeight = options.rowHeight;
    this.#initialViewport = options.initialViewport ?? 600;
    this.#viewport = this.#initialViewport;
    host.addController(this);
  }

  /** Height of one row in px. */
  get rowHeight(): number {
    return this.#rowHeight;
  }

  /** The rows to render out of `total`. */
  window(total: number): RowWindow {
    return rowWindow(this.#scrollTop, this.#viewport, this.#rowHeight, total);
  }

  /** Watches `container` (the scrolling element); call after each render (cheap when unchanged). */
  observe(container: HTMLElement | null): void {
    if (container === this.#container) return;
    this.#container?.removeEventListener('scroll', this.#onScroll);
    this.#container = container;
    if (!container) return;
    container.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#viewport = container.clientHeight || this.#initialViewport;
  }

  /** Back to the top (after a new sort, filter or search). */
  reset(): void {
    this.#scrollTop = 0;
    if (this.#container) this.#container.scrollTop = 0;
  }

  hostDisconnected(): void {
    this.observe(null);
    cancelAnimationFrame(this.#frame);
  }

  readonly #onScroll = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const container = this.#container;
      if (!container) return;
      const before = this.window(Number.MAX_SAFE_INTEGER);
      this.#scrollTop = container.scrollTop;
      this.#viewport = container.clientHeight || this.#initialViewport;
      const after = this.window(Number.MAX_SAFE_INTEGER);
      if (before.start !== after.start || before.end !== after.end) this.#host.requestUpdate();
    });
  };
}
