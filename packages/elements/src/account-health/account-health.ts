/**
 * `<account-health>`: an account's multidimensional health (DESIGN.md "Health"): the overall
 * score and band with its data coverage and trend, each dimension's score and weight, and 52
 * weekly boxes coloured by band with upsell markers, also given as a table for screen readers.
 */
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountProfile, HealthHistory, HealthScore } from '@successkit/core';
import { SkElement } from '../shared/sk-element.ts';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { healthStyles } from './account-health.styles.ts';
import { healthStrings as t } from './account-health.strings.ts';
import { legendSwatch, scoreBar, weeksChart } from './health-weeks.ts';

const percent = (share: number) => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const weekDate = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

/**
 * Account health: overall score, dimensions with weights, and 52 weeks of history.
 *
 * @tagname account-health
 * @summary Account health: overall score, dimensions with weights, and 52 weeks of history.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Buttons or links the host adds to the header.
 * @slot empty - What to show when the account has no health score (default: a sentence).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title and the `actions` slot.
 * @csspart empty - The empty state.
 * @csspart overall - The overall score, band and coverage.
 * @csspart dimensions - The table of dimensions.
 * @csspart history - The weekly strip and its legend.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-color-poor - Colour of the poor band (also `--sk-color-average`, `--sk-color-good`, `--sk-color-none`).
 * @cssproperty --sk-color-accent - Colour of the upsell markers.
 */
export class AccountHealthElement extends SkElement {
  static override styles = [themeStyles, panelStyles, healthStyles];

  /** The account whose health is shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';

  readonly #task = this.apiTask({
    args: () => [this.accountId] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id], { call, signal }) => call((client) => client.getAccount(id, { signal })),
  });

  protected override render(): TemplateResult {
    const data = this.#task.value;
    const texts = { idle: t.noAccount, loading: t.loading, error: t.error, retry: t.retry, empty: t.noHealth };
    const body = renderTaskStates(this.#task, texts, { complete: (profile) => this.#renderHealth(profile), isEmpty: (profile) => !profile.health.current });
    const name = data && this.#task.status === TaskStatus.COMPLETE ? html`<span class="account">: ${data.account.name}</span>` : nothing;
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(html`${t.title}${name}`)} ${body}</section>`;
  }

  #renderHealth(data: AccountProfile): TemplateResult {
    const { current, history } = data.health;
    if (!current) return html``;
    return html`${this.#renderOverall(current, history)} ${this.#renderDimensions(current)} ${history ? this.#renderHistory(history) : nothing}`;
  }

  #renderOverall(current: HealthScore, history: HealthHistory | null): TemplateResult {
    const band = current.band;
    return html`<div part="overall" class="overall">
      <p class="score">
        <span class="number">${score(current.score) ?? '–'}</span> <span class="out-of">${t.outOf}</span>
        <span class="badge band-${band ?? 'none'}">${band ? t.bands[band] : t.noBand}</span>
      </p>
      <p class="meta">
        ${t.coverage(percent(current.coverage))}
        ${history ? html` · <span class="trend ${history.trend}">${t.trend[history.trend]} ${t.trendOver(history.trendWindowWeeks)}</span>` : nothing}
        ${current.source === 'own' ? nothing : html` · ${t.fromChildren}`}
      </p>
    </div>`;
  }

  #renderDimensions(current: HealthScore): TemplateResult {
    if (current.dimensions.length === 0) return this.#renderChildBands(current);
    const total = current.dimensions.reduce((sum, d) => sum + d.weight, 0) || 1;
    return html`<table part="dimensions" class="dimensions">
      <caption>${t.dimensions}</caption>
      <thead>
        <tr>
          <th scope="col">${t.dimension}</th>
          <th scope="col" class="num">${t.score}</th>
          <th scope="col">${t.band}</th>
          <th scope="col" class="num">${t.weight}</th>
          <th scope="col" class="num">${t.effectiveWeight}</th>
          <th scope="col" class="num">${t.dataCoverage}</th>
        </tr>
      </thead>
      <tbody>
        ${current.dimensions.map(
          (d) => html`<tr data-key=${d.key}>
            <th scope="row">${d.label}</th>
            <td class="num">${scoreBar(d.score, d.band)} <span>${score(d.score) ?? t.noScore}</span></td>
            <td>${d.band ? t.bands[d.band] : t.noBand}</td>
            <td class="num">${percent(d.weight / total)}</td>
            <td class="num">${percent(d.effectiveWeight)}</td>
            <td class="num">${percent(d.coverage)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** A score from the child accounts has no dimensions of its own: the children's share per band instead. */
  #renderChildBands(current: HealthScore): TemplateResult {
    const bands = current.childBands;
    if (current.source === 'own' || !bands) return html`<p part="dimensions" class="no-dimensions">${t.noDimensions}</p>`;
    return html`<table part="dimensions" class="dimensions child-bands">
      <caption>${current.source === 'childrenByValue' ? t.childBandsByValue : t.childBandsByCount}</caption>
      <thead>
        <tr><th scope="col">${t.band}</th><th scope="col" class="num">${t.childShare}</th></tr>
      </thead>
      <tbody>
        ${(['good', 'average', 'poor'] as const).map(
          (band) => html`<tr data-band=${band}><th scope="row">${legendSwatch(band)} ${t.bands[band]}</th><td class="num">${percent(bands[band])}</td></tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderHistory(history: HealthHistory): TemplateResult {
    const label = (week: HealthHistory['weeks'][number]) =>
      `${weekDate(week.weekStart)}: ${score(week.score) ?? t.noScore}${week.band ? ` (${t.bands[week.band]})` : ''}${week.upsell ? ` · ${t.upsell}` : ''}`;
    return html`<figure part="history" class="history">
      <figcaption id="history-title">${t.history}</figcaption>
      <div class="strip">${weeksChart(history.weeks, label)}</div>
      <ul class="legend" aria-hidden="true">
        ${['poor', 'average', 'good', 'none'].map((b) => html`<li>${legendSwatch(b)} ${b === 'none' ? t.noBand : t.bands[b]}</li>`)}
        <li>${legendSwatch('upsell')} ${t.upsell}</li>
      </ul>
      <table class="visually-hidden weeks-table">
        <caption>${t.historyTable}</caption>
        <thead>
          <tr><th scope="col">${t.week}</th><th scope="col">${t.score}</th><th scope="col">${t.band}</th><th scope="col">${t.upsell}</th></tr>
        </thead>
        <tbody>
          ${history.weeks.map(
            (w) => html`<tr>
              <th scope="row">${weekDate(w.weekStart)}</th>
              <td>${score(w.score) ?? t.noScore}</td>
              <td>${w.band ? t.bands[w.band] : t.noBand}</td>
              <td>${w.upsell ? t.upsellYes : t.upsellNo}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-health': AccountHealthElement;
  }
}

/** Scores are shown as whole numbers (the API keeps full precision). */
function score(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value);
}
