/**
 * Templates of a summary's body: the header KPIs, the seven sections, and each statement with
 * its evidence (the source data points and their values) shown on hover and on keyboard focus.
 * Everything from the model or the data goes through Lit text bindings, so HTML in it stays
 * text (never `unsafeHTML`).
 */
import type { StoredSummary, SummaryKpi, SummarySectionName, SummaryStatement } from '@successkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { AccountSummaryStrings } from './account-summary.strings.ts';

/**
 * Section names in display order. The same list as core's `summarySectionNames`, repeated on
 * purpose: importing that value would pull zod into the element bundle (type-checked against
 * core's `SummarySectionName`, so a renamed section fails the build).
 */
const sectionOrder: readonly SummarySectionName[] = [
  'overview',
  'usageAndEngagement',
  'interactions',
  'sentiment',
  'risks',
  'renewal',
  'nextActions',
];

/** Evidence values by input key (the summary's, or none while sections stream). */
export type EvidenceMap = StoredSummary['evidence'];

/** Formats an evidence value for reading. */
function formatValue(value: unknown, locale?: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** Up to four header KPIs. */
export function renderKpis(kpis: readonly SummaryKpi[], strings: AccountSummaryStrings): TemplateResult | typeof nothing {
  if (!kpis.length) return nothing;
  return html`<dl class="kpis" part="kpis" aria-label=${strings.kpis}>
    ${kpis.slice(0, 4).map((kpi) => html`<div class="kpi" part="kpi"><dt>${kpi.label}</dt><dd>${kpi.value}</dd></div>`)}
  </dl>`;
}

function renderStatement(statement: SummaryStatement, id: string, evidence: EvidenceMap, strings: AccountSummaryStrings): TemplateResult {
  const dismiss = (event: KeyboardEvent) => {
    const item = event.currentTarget as HTMLElement;
    if (event.key === 'Escape' && !item.hasAttribute('data-dismissed')) {
      // WCAG 1.4.13: Escape hides the evidence without moving focus (and without closing the dialog).
      event.preventDefault();
      event.stopPropagation();
      item.setAttribute('data-dismissed', '');
    }
  };
  const restore = (event: Event) => (event.currentTarget as HTMLElement).removeAttribute('data-dismissed');
  return html`<li class="statement" part="statement" tabindex="0" aria-describedby=${id} @keydown=${dismiss} @blur=${restore} @mouseleave=${restore}>
    <span class="text">${statement.text}</span>
    <div class="evidence" part="evidence" role="tooltip" id=${id}>
      <span class="evidence-title">${strings.evidence}:</span>
      ${statement.evidence.length
        ? html`<ul>
            ${statement.evidence.map((key) => {
              const point = evidence[key];
              return html`<li><span class="label">${point?.label ?? key}</span>: <span class="value">${point ? formatValue(point.value) : '—'}</span></li>`;
            })}
          </ul>`
        : html`<span>${strings.noEvidence}</span>`}
    </div>
  </li>`;
}

/** The sections present in `sections`, in display order. */
export function renderSections(
  sections: Partial<Record<SummarySectionName, SummaryStatement[]>>,
  evidence: EvidenceMap,
  strings: AccountSummaryStrings,
  idPrefix: string,
): TemplateResult {
  return html`${sectionOrder
    .filter((name) => sections[name])
    .map((name) => {
      const statements = sections[name] ?? [];
      return html`<section class="section" part="section" aria-labelledby="${idPrefix}-${name}">
        <h3 id="${idPrefix}-${name}">${strings.sections[name]}</h3>
        ${statements.length
          ? html`<ul class="statements">
              ${statements.map((statement, i) => renderStatement(statement, `${idPrefix}-${name}-ev-${i}`, evidence, strings))}
            </ul>`
          : html`<p class="empty">${strings.emptySection}</p>`}
      </section>`;
    })}`;
}

/** The summary as plain text with headings, for the clipboard. */
export function summaryToText(summary: StoredSummary, strings: AccountSummaryStrings): string {
  const lines = [strings.title, ''];
  const kpis = summary.output.kpis.slice(0, 4);
  if (kpis.length) lines.push(strings.kpis, ...kpis.map((kpi) => `${kpi.label}: ${kpi.value}`), '');
  for (const name of sectionOrder) {
    lines.push(strings.sections[name], ...(summary.output.sections[name].length ? summary.output.sections[name].map((s) => `- ${s.text}`) : [strings.emptySection]), '');
  }
  if (summary.withheld?.statements) lines.push(strings.withheld(summary.withheld.statements), '');
  lines.push(summary.generator.kind === 'offline' ? strings.offline : strings.writtenBy(summary.generator.label));
  return lines.join('\n');
}
