/**
 * A recorded-shape `GET /v1/accounts/:id/usage` answer for the `<account-usage>` tests, stories
 * and benches: 13 weeks (or N days) of deterministic usage with top modules and top end users.
 */
import type { AccountUsage } from '@successkit/core';

/** Usage of `accountId` over `days` days ending 2026-11-30 (`empty`: no usage rows at all). */
export function mockAccountUsage(accountId: string, options: { days?: number; empty?: boolean } = {}): AccountUsage {
  const days = options.days ?? 90;
  const granularity = days > 62 ? 'week' : 'day';
  const to = Date.UTC(2026, 10, 30);
  const from = to - days * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const step = granularity === 'week' ? 7 : 1;
  const series: AccountUsage['series'] = [];
  for (let t = from, i = 0; t < to; t += step * 86_400_000, i++) {
    const inRange = Math.min(step, Math.round((to - t) / 86_400_000));
    const wave = options.empty ? 0 : 40 + 12 * Math.sin(i / 2) + i;
    series.push({ start: iso(t), days: inRange, activeUsers: Math.round(wave * 10) / 10, activeDays: options.empty ? 0 : Math.min(inRange, 5 + (i % 3)), events: Math.round(wave * 30) });
  }
  const events = series.reduce((sum, p) => sum + p.events, 0);
  const activeDays = series.reduce((sum, p) => sum + p.activeDays, 0);
  const modules = ['Dashboards', 'Reports', 'Alerts', 'Integrations', 'Admin'];
  return {
    dataVersion: 42,
    accountId,
    from: iso(from),
    to: iso(to),
    granularity,
    scope: 'subtree',
    accounts: options.empty ? 0 : 3,
    series,
    totals: { days, activeDays, averageActiveUsers: options.empty ? 0 : 47.3, events },
    topModules: options.empty ? [] : modules.map((module, i) => ({ module, count: Math.round(events / (2 + i * 1.5)) })),
    topUsers: options.empty
      ? []
      : ['Ada Ramos', 'Bo Chen', 'Chidi Okafor', null].map((name, i) => ({
          id: `eu-${i + 1}`,
          name,
          email: name ? `${name.split(' ')[0]!.toLowerCase()}@customer.example` : null,
          events: Math.round(events / (4 + i * 2)),
          lastSeenAt: `2026-11-${String(29 - i).padStart(2, '0')}T10:00:00.000Z`,
        })),
  };
}
