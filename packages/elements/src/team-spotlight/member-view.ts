/**
 * View models of the member table: every text, label and bar geometry of a member row, worked
 * out once per answer from the server (not on every render), so that sorting, hovering a bar or
 * opening the drill-down re-renders 500 rows without formatting a single number again.
 */
import type { BandCounts, ComparedFigure, MemberRow, TeamSpotlight } from '@successkit/core';
import { sortMembers, type MemberSortKey, type SortOrder } from './member-sort.ts';
import { bandBarWidth, barEnds, volumeBarWidth } from './spotlight-charts.ts';
import { arrow, direction, formatChange, formatNumber, formatPercent, type Direction } from './spotlight-format.ts';
import { spotlightStrings as t } from './team-spotlight.strings.ts';

/** A trend marker: the arrow and amount shown, and the words said instead. */
export interface TrendView {
  dir: Direction;
  shown: string;
  spoken: string;
}

/** One flow of the activity breakdown (tooltip): its colour index, name and count. */
interface FlowCount {
  index: number;
  flow: string;
  count: number;
}

/** Everything a member row shows. */
export interface MemberView {
  row: MemberRow;
  openLabel: string;
  volume: number;
  /** The volume as shown. */
  volumeText: string;
  volumeLabel: string;
  /** Where each segment of the activity bar ends (px, `barEnds`): one per flow, in the answer's order. */
  volumeBar: number[];
  volumeTrend: TrendView;
  breakdown: FlowCount[];
  coverage: string;
  coverageTrend: TrendView;
  activeDays: string;
  activeDaysTrend: TrendView;
  activeUsers: string;
  activeUsersTrend: TrendView;
  healthLabel: string;
  /** Where each segment of the health mini-bar ends: poor, average, good (no data: the rest). */
  healthBar: number[];
  healthTrend: TrendView;
  metrics: string[];
}

/** The trend marker of a compared figure. */
export function trendView(figure: ComparedFigure, kind: 'number' | 'share'): TrendView {
  const dir = direction(figure.change);
  const amount = formatChange(figure.change, kind);
  return { dir, shown: `${arrow(dir)}${dir === 'flat' ? '' : ` ${amount}`}`, spoken: t.change(dir, amount) };
}

function healthTrendView(good: number, poor: number): TrendView {
  const net = good - poor;
  const dir = direction(net);
  return { dir, shown: `${arrow(dir)}${net ? ` ${Math.abs(net)}` : ''}`, spoken: t.healthChange(good, poor) };
}

function healthBar(counts: BandCounts): number[] {
  return barEnds([counts.poor, counts.average, counts.good], counts.poor + counts.average + counts.good + counts.none, bandBarWidth);
}

function metricText(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatNumber(value);
}

/** The view of one member, with bars scaled so that `max` activities fill the bar. */
function memberView(m: MemberRow, data: TeamSpotlight, max: number): MemberView {
  const flows = data.options.flows;
  const breakdown: FlowCount[] = [];
  const counts: number[] = [];
  let said = '';
  for (let index = 0; index < flows.length; index++) {
    const flow = flows[index]!;
    const count = m.volumeByFlow[flow] ?? 0;
    counts.push(count);
    if (!count) continue;
    breakdown.push({ index, flow, count });
    said += `${said ? ', ' : ''}${flow} ${count}`;
  }
  const h = m.health;
  return {
    row: m,
    openLabel: t.openMember(m.name),
    volume: m.activityVolume.value,
    volumeText: String(m.activityVolume.value),
    volumeLabel: t.volumeBar(m.activityVolume.value, said),
    volumeBar: barEnds(counts, max, volumeBarWidth),
    volumeTrend: trendView(m.activityVolume, 'number'),
    breakdown,
    coverage: `${t.coverageValue(m.covered, m.accounts)} (${formatPercent(m.coverage.value)})`,
    coverageTrend: trendView(m.coverage, 'share'),
    activeDays: formatNumber(m.averageActiveDays.value),
    activeDaysTrend: trendView(m.averageActiveDays, 'number'),
    activeUsers: formatNumber(m.averageActiveUsers.value),
    activeUsersTrend: trendView(m.averageActiveUsers, 'number'),
    healthLabel: t.healthBar(h.now.poor, h.now.average, h.now.good, h.now.none),
    healthBar: healthBar(h.now),
    healthTrend: healthTrendView(h.change.good, h.change.poor),
    metrics: data.metrics.map((metric) => metricText(m.metrics[metric.id])),
  };
}

/**
 * Member views of one answer, built on first use and sorted on demand; the last sort is
 * remembered, so renders that change nothing in the table (a tooltip, the dialog) sort nothing.
 *
 * @example
 * ```ts
 * const table = new MemberTable(spotlight);
 * for (const view of table.sorted('activityVolume', 'desc')) console.log(view.row.name, view.volume);
 * ```
 */
export class MemberTable {
  readonly data: TeamSpotlight;
  readonly #views = new Map<MemberRow, MemberView>();
  #sortedBy = '';
  #sorted: MemberView[] = [];

  constructor(data: TeamSpotlight) {
    this.data = data;
    const max = Math.max(1, ...data.members.map((m) => m.activityVolume.value));
    for (const m of data.members) this.#views.set(m, memberView(m, data, max));
  }

  /** The views in the order of a column. */
  sorted(key: MemberSortKey, order: SortOrder): MemberView[] {
    const by = `${order}|${key}`;
    if (by !== this.#sortedBy) {
      this.#sorted = sortMembers(this.data.members, key, order).map((m) => this.#views.get(m)!);
      this.#sortedBy = by;
    }
    return this.#sorted;
  }

  /** The view of the member with a user id. */
  view(userId: string): MemberView | undefined {
    const member = this.member(userId);
    return member && this.#views.get(member);
  }

  /** The member with a user id. */
  member(userId: string): MemberRow | undefined {
    return this.data.members.find((m) => m.userId === userId);
  }
}
