/**
 * `<account-usage>`: how an account (with its sub-accounts, by default) uses the product over a
 * period — the daily average of active users, active days and events; active users and active
 * days over time as two charts (each also given as a table for screen readers); the top modules
 * and the top end users. The period picker asks the API again.
 *
 * @tagname account-usage
 * @summary An account's usage over time: active users, active days, top modules and end users.
 *
 * @event sk-token-expired - The embed token expired; set a fresh `token` to continue.
 *
 * @slot actions - Host buttons or links in the header.
 * @slot empty - What to show when there is no usage in the period.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title, the period picker and the actions slot.
 * @csspart figures - The period's figures.
 * @csspart charts - The two time charts.
 * @csspart top-modules - The top modules table.
 * @csspart top-users - The top end users table.
 * @csspart empty - The empty state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssproperty --sk-color-accent - Colour of the chart lines and share bars.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountUsage } from '@successkit/core';
import { panelHeader, renderTaskStates } from '../shared/api-states.ts';
import { SkElement } from '../shared/sk-element.ts';
import { panelStyles, themeStyles } from '../shared/theme.ts';
import { usageStyles } from './account-usage.styles.ts';
import { usageStrings as t } from './account-usage.strings.ts';
import { usageChart, type ChartPoint } from './usage-chart.ts';

const periods = [30, 90, 180, 365];
const number = (value: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value);
const day = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
const shortDay = (iso: string) => new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export class AccountUsageElement extends SkElement {
  static override styles = [themeStyles, panelStyles, usageStyles];

  /** The account whose usage is shown. */
  @property({ attribute: 'account-id', reflect: true }) accountId = '';

  /** The period in days, ending today (30, 90, 180 or 365; the user can change it). */
  @property({ type: Number }) days = 90;

  /** The last day of the period, exclusive (ISO date; default: tomorrow, so today is included). */
  @property() to = '';

  /** `subtree` (default): the account and its sub-accounts; `account`: its own usage only. */
  @property() scope: 'subtree' | 'account' = 'subtree';

  readonly #task = this.apiTask({
    args: () => [this.accountId, this.days, this.to, this.scope] as const,
    enabled: ([id]) => Boolean(id),
    task: ([id, days, to, scope], { call, signal }) => {
      const end = to ? Date.parse(to) : Date.parse(isoDay(Date.now())) + 86_400_000;
      const query = { from: isoDay(end - days * 86_400_000), to: isoDay(end), scope };
      return call((client) => client.getUsage(id, query, { signal }));
    },
  });

  protected override render(): TemplateResult {
    const picker = html`<label
      >${t.period}
      <select @change=${(e: Event) => (this.days = Number((e.target as HTMLSelectElement).value))}>
        ${(periods.includes(this.days) ? periods : [...periods, this.days].sort((a, b) => a - b)).map(
          (d) => html`<option value=${d} ?selected=${d === this.days}>${t.periods[d] ?? `${d} days`}</option>`,
        )}
      </select></label
    >`;
    const texts = { idle: t.noAccount, loading: t.loading, error: t.error, retry: t.retry, empty: t.empty };
    const body = renderTaskStates(this.#task, texts, {
      complete: (data) => this.#renderUsage(data),
      isEmpty: (data) => data.totals.events === 0 && data.totals.activeDays === 0 && data.series.every((p) => p.activeUsers === 0),
    });
    return html`<section part="base" class="base" aria-labelledby="title">${panelHeader(t.title, picker)} ${body}</section>`;
  }

  #renderUsage(data: AccountUsage): TemplateResult {
    const users: ChartPoint[] = data.series.map((p) => ({ label: shortDay(p.start), value: p.activeUsers }));
    const days: ChartPoint[] = data.series.map((p) => ({ label: shortDay(p.start), value: p.activeDays }));
    const title = (p: ChartPoint) => t.pointTitle(p.label, number(p.value));
    return html`<p class="scope">${data.scope === 'subtree' ? t.scopeSubtree(data.accounts) : t.scopeAccount}</p>
      <dl part="figures" class="figures">
        <div><dt>${t.averageActiveUsers}</dt><dd data-figure="active-users">${number(data.totals.averageActiveUsers)}</dd></div>
        <div><dt>${t.activeDays}</dt><dd data-figure="active-days">${t.activeDaysOf(data.totals.activeDays, data.totals.days)}</dd></div>
        <div><dt>${t.events}</dt><dd data-figure="events">${number(data.totals.events)}</dd></div>
      </dl>
      <div part="charts" class="charts">
        <figure class="active-users"><figcaption>${t.activeUsersOverTime(data.granularity)}</figcaption>${usageChart(users, title)}</figure>
        <figure class="active-days"><figcaption>${t.activeDaysOverTime(data.granularity)}</figcaption>${usageChart(days, title)}</figure>
      </div>
      <table class="visually-hidden series-table">
        <caption>${t.seriesTable}</caption>
        <thead><tr><th scope="col">${t.bucket(data.granularity)}</th><th scope="col">${t.activeUsers}</th><th scope="col">${t.activeDays}</th><th scope="col">${t.events}</th></tr></thead>
        <tbody>
          ${data.series.map((p) => html`<tr><th scope="row">${day(p.start)}</th><td>${number(p.activeUsers)}</td><td>${p.activeDays}</td><td>${number(p.events)}</td></tr>`)}
        </tbody>
      </table>
      <div class="tops">${this.#renderModules(data)} ${this.#renderUsers(data)}</div>`;
  }

  #renderModules(data: AccountUsage): TemplateResult {
    const total = data.topModules.reduce((sum, m) => sum + m.count, 0) || 1;
    if (!data.topModules.length) return html`<div><h3>${t.topModules}</h3><p class="muted">${t.noModules}</p></div>`;
    return html`<table part="top-modules" class="grid top-modules">
      <caption>${t.topModules}</caption>
      <thead><tr><th scope="col">${t.module}</th><th scope="col" class="num">${t.events}</th><th scope="col">${t.share}</th></tr></thead>
      <tbody>
        ${data.topModules.map(
          (m) => html`<tr><th scope="row">${m.module}</th><td class="num">${number(m.count)}</td><td><span class="bar" style=${`width:${Math.round((m.count / total) * 60)}px`}></span> ${Math.round((m.count / total) * 100)}%</td></tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderUsers(data: AccountUsage): TemplateResult {
    if (!data.topUsers.length) return html`<div><h3>${t.topUsers}</h3><p class="muted">${t.noUsers}</p></div>`;
    return html`<table part="top-users" class="grid top-users">
      <caption>${t.topUsers}</caption>
      <thead><tr><th scope="col">${t.user}</th><th scope="col" class="num">${t.events}</th><th scope="col">${t.lastSeen}</th></tr></thead>
      <tbody>
        ${data.topUsers.map(
          (u) => html`<tr>
            <th scope="row">${u.name ?? u.email ?? t.unnamed}${u.name && u.email ? html`<br /><span class="muted">${u.email}</span>` : nothing}</th>
            <td class="num">${number(u.events)}</td>
            <td>${u.lastSeenAt ? day(u.lastSeenAt) : t.never}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-usage': AccountUsageElement;
  }
}
