/**
 * Templates around the summary: the dialog's action buttons (Copy, Like/Dislike toggles,
 * Refresh, the settings gear) and the generation progress ("Collecting data → Anonymizing →
 * Writing → Checking" with the elapsed time).
 */
import type { JobStage } from '@successkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { AccountSummaryStrings } from './account-summary.strings.ts';
import type { JobProgressController } from './job-progress-controller.ts';
import type { SummaryPermissions } from './token-permissions.ts';

/** A feedback vote. */
export type Vote = 'up' | 'down';

/** What the action bar needs. */
export interface ActionsModel {
  strings: AccountSummaryStrings;
  hasSummary: boolean;
  myVote: Vote | null;
  askingReason: boolean;
  allowed: SummaryPermissions;
  generating: boolean;
  onCopy: () => void;
  onLike: () => void;
  onDislike: () => void;
  onRefresh: () => void;
  onSettings: () => void;
}

/**
 * Thumb icons of Like / Dislike, drawn in the text colour (emoji glyphs render as empty boxes
 * where no emoji font is installed); decorative, the buttons keep their text labels.
 */
const thumbPath = 'M7 10v11M7 10l4-8a3 3 0 0 1 3 3v5h5.5a2 2 0 0 1 2 2.4l-1.5 7A2 2 0 0 1 18 21H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z';
const thumbUp = html`<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
  <path d=${thumbPath}></path>
</svg>`;
const thumbDown = html`<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
  <path d=${thumbPath} transform="matrix(1 0 0 -1 0 24)"></path>
</svg>`;

/** The dialog's action buttons; each shows only when it can act. */
export function renderActions(m: ActionsModel): TemplateResult {
  const s = m.strings;
  return html`<div class="actions" role="group" aria-label=${s.title}>
    ${m.hasSummary
      ? html`<button class="button copy" @click=${m.onCopy}>${s.copy}</button>
          <button class="button like" aria-pressed=${m.myVote === 'up' ? 'true' : 'false'} @click=${m.onLike}>
            ${thumbUp} ${s.like}
          </button>
          <button
            class="button dislike"
            aria-pressed=${m.myVote === 'down' ? 'true' : 'false'}
            aria-expanded=${m.askingReason ? 'true' : 'false'}
            @click=${m.onDislike}
          >
            ${thumbDown} ${s.dislike}
          </button>`
      : nothing}
    ${m.allowed.refresh && !m.generating ? html`<button class="button refresh" @click=${m.onRefresh}>${s.refresh}</button>` : nothing}
    ${m.allowed.configure
      ? html`<button class="button gear" aria-label=${s.settings} title=${s.settings} @click=${m.onSettings}><span aria-hidden="true">⚙</span></button>`
      : nothing}
  </div>`;
}

const visibleStages = ['collecting', 'anonymizing', 'writing', 'checking'] as const;

/** "m:ss". */
function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The stage list, progress bar and elapsed time of a running job. */
export function renderProgress(job: JobProgressController, s: AccountSummaryStrings): TemplateResult {
  const stage: JobStage = job.stage;
  const current = stage === 'storing' || stage === 'done' ? visibleStages.length : visibleStages.indexOf(stage as (typeof visibleStages)[number]);
  const label = current >= 0 && current < visibleStages.length ? s.stages[visibleStages[current]!] : stage === 'queued' ? s.queued : s.stages.checking;
  return html`<div class="progress" part="progress">
    <p><strong>${s.generating}</strong> · <span class="stage-now">${s.stageNow(label)}</span></p>
    <ol class="stages" aria-label=${s.generating}>
      ${visibleStages.map(
        (name, i) =>
          html`<li data-state=${i < current ? 'done' : i === current ? 'current' : 'todo'} aria-current=${i === current ? 'step' : nothing}>${s.stages[name]}</li>`,
      )}
    </ol>
    <progress max="1" .value=${job.progress} aria-label=${s.generating}></progress>
    <p class="meta">${s.elapsed} <span class="elapsed">${formatElapsed(job.elapsedMs)}</span></p>
  </div>`;
}
