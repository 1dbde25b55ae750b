/**
 * Activity data points of a summary input, over the account's whole subtree (a parent's
 * activity is its children's): the usage trend (the last 30 days against the 30 before), and
 * touchpoints and tasks over the last 90 days by flow, type and sentiment, with open and
 * overdue tasks and the latest touchpoint subjects.
 *
 * Periods follow DESIGN.md: N days ending at `asOf` is `[asOf − N days, asOf)`; a day without a
 * usage row counts as 0 active users.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { SummaryDataPoint } from './summary-input.ts';
import { keyPart } from './summary-input.ts';

const dayMs = 86_400_000;
/** Relative change within ±10% reads as flat. */
const flatChange = 0.1;
const recentTouchpoints = 5;
const listedOverdueTasks = 3;

type Points = Record<string, SummaryDataPoint>;

const round1 = (n: number) => Math.round(n * 10) / 10;

function countBy<T>(rows: readonly T[], keyOf: (row: T) => string | undefined): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Usage points: active users, active days and events, last 30 days vs the 30 before. */
export function usagePoints(index: DatasetIndex, accountIds: readonly string[], asOf: number, points: Points): void {
  // Days compare as `YYYY-MM-DD` strings: a day is in [from, to) when its midnight is.
  const dayAfter = (t: number) => new Date(Math.ceil(t / dayMs) * dayMs).toISOString().slice(0, 10);
  const end = dayAfter(asOf);
  const mid = dayAfter(asOf - 30 * dayMs);
  const start = dayAfter(asOf - 60 * dayMs);
  const users = [new Map<string, number>(), new Map<string, number>()];
  const events = [0, 0];
  let hasEvents = false;
  let hasRows = false;
  const modules = new Map<string, number>();
  for (const id of accountIds) {
    const rows = index.usageByAccount.get(id) ?? [];
    if (rows.length > 0) hasRows = true;
    // Rows are sorted by date: walk back from the newest and stop before the window.
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i]!;
      const day = row.date.slice(0, 10);
      if (day < start) break;
      if (day >= end) continue;
      const w = day >= mid ? 0 : 1;
      users[w]!.set(day, (users[w]!.get(day) ?? 0) + row.activeUsers);
      if (row.events !== undefined) {
        hasEvents = true;
        events[w]! += row.events;
      }
      if (w === 0) for (const [m, n] of Object.entries(row.modules ?? {})) modules.set(m, (modules.get(m) ?? 0) + n);
    }
  }
  if (!hasRows) return;
  const mean = users.map((m) => round1([...m.values()].reduce((a, b) => a + b, 0) / 30));
  const active = users.map((m) => [...m.values()].filter((n) => n > 0).length);
  points['usage.activeUsers.last30'] = { label: 'Active users, daily mean, last 30 days', value: mean[0]! };
  points['usage.activeUsers.prev30'] = { label: 'Active users, daily mean, the 30 days before', value: mean[1]! };
  if (mean[1]! > 0) {
    const change = (mean[0]! - mean[1]!) / mean[1]!;
    points['usage.activeUsers.changePct'] = { label: 'Change in active users, last 30 days vs the 30 before', value: Math.round(change * 100), unit: 'percent' };
    points['usage.trend'] = { label: 'Usage trend', value: change > flatChange ? 'up' : change < -flatChange ? 'down' : 'flat' };
  } else {
    points['usage.trend'] = { label: 'Usage trend', value: mean[0]! > 0 ? 'up' : 'flat' };
  }
  points['usage.activeDays.last30'] = { label: 'Active days, last 30 days', value: active[0]!, unit: 'days' };
  points['usage.activeDays.prev30'] = { label: 'Active days, the 30 days before', value: active[1]!, unit: 'days' };
  if (hasEvents) {
    points['usage.events.last30'] = { label: 'Events, last 30 days', value: events[0]!, unit: 'count' };
    points['usage.events.prev30'] = { label: 'Events, the 30 days before', value: events[1]!, unit: 'count' };
  }
  [...modules]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .forEach(([m, n]) => {
      points[`usage.modules.${keyPart(m)}`] = { label: `Module "${m}" use, last 30 days`, value: n, unit: 'count' };
    });
}

/** Touchpoint points over the last 90 days. */
export function touchpointPoints(index: DatasetIndex, accountIds: readonly string[], asOf: number, points: Points): void {
  const start = asOf - 90 * dayMs;
  const rows = accountIds
    .flatMap((id) => index.touchpointsByAccount.get(id) ?? [])
    .map((t) => ({ t, at: Date.parse(t.at) }))
    .filter(({ at }) => at >= start && at < asOf)
    .sort((a, b) => b.at - a.at || (a.t.id < b.t.id ? -1 : 1));
  points['touchpoints.total'] = { label: 'Touchpoints, last 90 days', value: rows.length, unit: 'count' };
  if (rows.length === 0) return;
  points['touchpoints.last30'] = { label: 'Touchpoints, last 30 days', value: rows.filter(({ at }) => at >= asOf - 30 * dayMs).length, unit: 'count' };
  points['touchpoints.daysSinceLast'] = { label: 'Days since the last touchpoint', value: Math.floor((asOf - rows[0]!.at) / dayMs), unit: 'days' };
  for (const [flow, n] of countBy(rows, ({ t }) => t.flow)) points[`touchpoints.byFlow.${keyPart(flow)}`] = { label: `Touchpoints in flow "${flow}", last 90 days`, value: n, unit: 'count' };
  for (const [type, n] of countBy(rows, ({ t }) => t.type)) points[`touchpoints.byType.${keyPart(type)}`] = { label: `Touchpoints of type "${type}", last 90 days`, value: n, unit: 'count' };
  for (const [s, n] of countBy(rows, ({ t }) => t.sentiment)) points[`touchpoints.bySentiment.${s}`] = { label: `Touchpoints with ${s} sentiment, last 90 days`, value: n, unit: 'count' };
  rows.slice(0, recentTouchpoints).forEach(({ t }, i) => {
    const day = t.at.slice(0, 10);
    points[`touchpoints.recent.${i + 1}`] = {
      label: `Touchpoint on ${day}: ${t.type} (${t.flow})${t.sentiment ? `, ${t.sentiment}` : ''}`,
      value: t.subject ?? t.type,
    };
  });
}

/** Task points: completed over the last 90 days by flow, open and overdue now. */
export function taskPoints(index: DatasetIndex, accountIds: readonly string[], asOf: number, points: Points): void {
  const start = asOf - 90 * dayMs;
  const tasks = accountIds.flatMap((id) => index.tasksByAccount.get(id) ?? []);
  const completedAt = (t: (typeof tasks)[number]) => (t.completedAt === null ? null : Date.parse(t.completedAt));
  const done = tasks.filter((t) => {
    const c = completedAt(t);
    return c !== null && c >= start && c < asOf;
  });
  const open = tasks.filter((t) => {
    const c = completedAt(t);
    return c === null || c >= asOf;
  });
  const overdue = open.filter((t) => Date.parse(t.dueAt) < asOf).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : 1));
  points['tasks.completed90'] = { label: 'Tasks completed, last 90 days', value: done.length, unit: 'count' };
  for (const [flow, n] of countBy(done, (t) => t.flow)) points[`tasks.byFlow.${keyPart(flow)}`] = { label: `Tasks completed in flow "${flow}", last 90 days`, value: n, unit: 'count' };
  points['tasks.open'] = { label: 'Open tasks', value: open.length, unit: 'count' };
  points['tasks.overdue'] = { label: 'Overdue tasks', value: overdue.length, unit: 'count' };
  if (overdue.length === 0) return;
  points['tasks.oldestOverdueDays'] = { label: 'Days the oldest overdue task is late', value: Math.floor((asOf - Date.parse(overdue[0]!.dueAt)) / dayMs), unit: 'days' };
  overdue.slice(0, listedOverdueTasks).forEach((t, i) => {
    points[`tasks.overdueList.${i + 1}`] = { label: `Overdue task due ${t.dueAt.slice(0, 10)} (${t.flow})`, value: t.title ?? t.flow };
  });
}
