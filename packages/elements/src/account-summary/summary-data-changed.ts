/**
 * The "Data changed since this summary was generated" notice of `<account-summary>`: shown when
 * the summary answer's `dataChangedSince` reports changes to the account or its subtree after
 * the summary was written (with how many and when the latest was), or when its input no longer
 * matches the account's data (`dataChanged`). Users who may refresh get a Refresh button beside
 * it; others only see the notice.
 */
import type { DataChangedSince } from '@successkit/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatRelative } from '../shared/relative-time.ts';
import type { AccountSummaryStrings } from './account-summary.strings.ts';

/** What the notice needs. */
export interface DataChangedModel {
  strings: AccountSummaryStrings;
  /** From the summary answer; `null` when no change was logged after the summary. */
  since: DataChangedSince | null;
  /** The summary's input no longer matches the data (`dataChanged`). */
  inputChanged: boolean;
  /** Offer Refresh (the user may refresh and no generation is running). */
  canRefresh: boolean;
  onRefresh: () => void;
}

/** The notice, or nothing when the data did not change. */
export function renderDataChanged(m: DataChangedModel): TemplateResult | typeof nothing {
  if (!m.since && !m.inputChanged) return nothing;
  const s = m.strings;
  const lang = document.documentElement.lang || undefined;
  const text = m.since ? s.dataChangedSince(m.since.changes, formatRelative(Date.parse(m.since.latestAt), Date.now(), lang)) : s.dataChanged;
  return html`<div class="data-changed" part="data-changed">
    <p class="note changed">${text}</p>
    ${m.canRefresh ? html`<button class="button refresh-changed" @click=${m.onRefresh}>${s.refresh}</button>` : nothing}
  </div>`;
}

/** Styles of the notice. */
export const dataChangedStyles = css`
  .data-changed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 8px 0;
  }
  .data-changed .changed {
    flex: 1 1 16em;
    margin: 0;
  }
`;
