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
  const start = Math.min(Math.max(0, first - overscan), total);
  return { start, end: Math.max(start, Math.min(total, first + Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + overscan)) };
}

export class VirtualWindowController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Height of one row in px. */
  readonly rowHeight: number;
  #container: HTMLElement | null = null;
  #key = '';

  /** The viewport is assumed 600 px high until the container is measured. */
  constructor(host: ReactiveControllerHost, rowHeight: number) {
    this.#host = host;
    this.rowHeight = rowHeight;
    host.addController(this);
  }

  /** The rows to render out of `total`. */
  window(total: number): RowWindow {
    const c = this.#container;
    return rowWindow(c?.scrollTop ?? 0, c?.clientHeight || 600, this.rowHeight, total);
  }

  /** Watches `container` (the scrolling element); call after each render (cheap when unchanged). */
  observe(container: HTMLElement | null): void {
    if (container === this.#container) return;
    this.#container?.removeEventListener('scroll', this.#onScroll);
    container?.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#container = container;
  }

  /** Back to the top (after a new sort, filter or search). */
  reset(): void {
    if (this.#container) this.#container.scrollTop = 0;
  }

  hostDisconnected(): void {
    this.observe(null);
  }

  /** Re-renders only when the scroll moved the window (the key is its start row). */
  readonly #onScroll = (): void => {
    const key = String(this.window(1e9).start);
    if (key !== this.#key) {
      this.#key = key;
      this.#host.requestUpdate();
    }
  };
}
