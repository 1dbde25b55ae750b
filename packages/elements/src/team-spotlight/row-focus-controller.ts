/**
 * A reactive controller that keeps keyboard focus on a member row's control across an update
 * that replaces the rows (a TV-mode refresh, a filter set by the host): before the update it
 * notes which member's name button or activity bar has focus; after it, it puts focus back on
 * the same member's same control, or, when the member is no longer listed, on the table's first
 * focusable control. While the rows are being replaced, `committing` is true: the `focusout`
 * they fire then is not the user leaving a control.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A focused control of a member row. */
interface RowFocus {
  userId: string;
  control: 'button.member' | '.volume-chart';
}

export class RowFocusController implements ReactiveController {
  readonly #root: () => ShadowRoot | null;
  #before: RowFocus | null = null;
  #committing = false;

  /** `root`: the host's shadow root, holding `table.members`. */
  constructor(host: ReactiveControllerHost, root: () => ShadowRoot | null) {
    this.#root = root;
    host.addController(this);
  }

  /** Whether the host is writing its DOM right now. */
  get committing(): boolean {
    return this.#committing;
  }

  hostUpdate(): void {
    this.#before = this.#focused();
    this.#committing = true;
  }

  hostUpdated(): void {
    this.#committing = false;
    const before = this.#before;
    this.#before = null;
    const root = this.#root();
    if (!before || !root || root.activeElement) return;
    const table = root.querySelector('table.members');
    if (!table) return;
    const same = table.querySelector<HTMLElement | SVGElement>(`tr[data-user="${CSS.escape(before.userId)}"] ${before.control}`);
    (same ?? table.querySelector<HTMLElement | SVGElement>('button, [tabindex="0"]'))?.focus();
  }

  /** The member control (name button or activity bar) that has focus, if any. */
  #focused(): RowFocus | null {
    const active = this.#root()?.activeElement;
    const control = active?.matches('button.member') ? 'button.member' : active?.matches('.volume-chart') ? '.volume-chart' : null;
    const userId = control && active!.closest<HTMLElement>('table.members tr[data-user]')?.dataset.user;
    return control && userId ? { userId, control } : null;
  }
}
