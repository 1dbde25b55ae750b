/**
 * The withheld-statements notice of a summary: "N statements withheld: not supported by the
 * account data" when the faithfulness check kept statements out of what the reader sees, and,
 * for admins (tokens allowed to configure summaries), a disclosure listing what was withheld and
 * why. Withheld texts are the model's words: they go through Lit text bindings like everything
 * else, and are shown only inside the disclosure, marked as not supported.
 */
import type { StoredSummary } from '@successkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { AccountSummaryStrings } from './account-summary.strings.ts';

/**
 * The notice, or nothing when no statement was withheld.
 *
 * @example
 * ```ts
 * html`${renderWithheld(summary.withheld, strings, permissions.configure)}`;
 * ```
 */
export function renderWithheld(withheld: StoredSummary['withheld'], strings: AccountSummaryStrings, admin: boolean): TemplateResult | typeof nothing {
  if (!withheld || (withheld.statements === 0 && withheld.kpis === 0)) return nothing;
  const notice = [
    withheld.statements > 0 ? strings.withheld(withheld.statements) : null,
    withheld.kpis > 0 ? strings.withheldKpis(withheld.kpis) : null,
  ].filter(Boolean);
  return html`<div class="note withheld" part="withheld" role="note">
    <p>${notice.join(' ')}</p>
    ${admin && withheld.items.length
      ? html`<details part="withheld-details">
          <summary>${strings.withheldDetails}</summary>
          <ul>
            ${withheld.items.map(
              (item) =>
                html`<li>
                  <span class="withheld-section">${item.section === 'kpis' ? strings.kpis : strings.sections[item.section]}${item.round === 2 ? ` (${strings.withheldRepair})` : ''}:</span>
                  <q>${item.text}</q> — <span class="withheld-reason">${item.reasons.join('; ')}</span>
                </li>`,
            )}
          </ul>
        </details>`
      : nothing}
  </div>`;
}
