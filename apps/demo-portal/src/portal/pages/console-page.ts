/**
 * The executive console: `<team-spotlight>` showing how each team covers its accounts.
 */
import { html, render } from 'lit';
import type { PortalSession } from '../portal-api.ts';

/** Renders the console into `main`. */
export function renderConsolePage(main: HTMLElement, _session: PortalSession): void {
  render(
    html`
      <h1>Executive console</h1>
      <team-spotlight team-role="CSM" period="30"></team-spotlight>
    `,
    main,
  );
}
