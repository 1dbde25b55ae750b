/**
 * View models of the member table: every text, label and bar geometry of a member row, worked
 * out once per answer from the server (not on every render), so that sorting, hovering a bar or
 * opening the drill-down re-renders 500 rows without formatting a single number again.
 */
import type { BandCounts, ComparedFigure, MemberRow, TeamSpotlight } from '@successkit/core';
import { sortMembers, type MemberSortKey, type SortOrder } from './member-sort.ts';
import { arrow, direction, formatChange, formatNumber, formatPercent, type Direction } from './spotlight-format.ts';
import { spotlightStrings as t } from './team-spotlight.strings.ts';

/** Width and height of the activity bar (px, SVG user units). */
export const volumeBarSize = { width: 120, height: 12 } as const;
/** Width and height of the health mini-bar. */
export const bandBarSize = { width: 80, height: 10 } as const;

/** A trend marker: the arrow and amount shown, and the words said instead. */
export interface TrendView {
  dir: Direction;
  shown: string;
  spoken: string;
}

/** One segment of a bar: its x, width, and the colour class. */
export interface BarSegment {
  className: string;
  x: number;
  width: number;
}

/** One flow of the activity breakdown (tooltip): its colour index, name and count. */
export interface FlowCount {
  index: number;
  flow: string;
  count: number;
}

/** Everything a member row shows. */
export interface MemberView {
  row: MemberRow;
  openLabel: string;
  volume: number;
  volumeLabel: string;
  /** One segment per flow of the answer, in its order (an empty flow has width 0). */
  volumeSegments: BarSegment[];
  volumeTrend: TrendView;
  breakdown: FlowCount[];
  coverage: string;
  coverageTrend: TrendView;
  activeDays: string;
  activeDaysTrend: TrendView;
  activeUsers: string;
  activeUsersTrend: TrendView;
  healthLabel: string;
  /** Always four segments (poor, average, good, no data); an empty band has width 0. */
  healthSegments: [BarSegment, BarSegment, BarSegment, BarSegment];
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

/** Flows drawn in the bar's fixed slots (one per colour); more flows take nested segments. */
export const volumeSlots = 6;

function volumeSegments(volumeByFlow: Record<string, number>, flows: readonly string[], max: number): BarSegment[] {
  const scale = max > 0 ? volumeBarSize.width / max : 0;
  let x = 0;
  return flows.map((flow, i) => {
    const width = (volumeByFlow[flow] ?? 0) * scale;
    const segment = { className: `flow-${i % 6}`, x, width: width > 0 ? Math.max(1, width - 1) : 0 };
    x += width;
    return segment;
  });
}

const bandOrder = ['poor', 'average', 'good', 'none'] as const;

function healthSegments(counts: BandCounts): MemberView['healthSegments'] {
  const total = counts.poor + counts.average + counts.good + counts.none;
  let x = 0;
  return bandOrder.map((band) => {
    const w = total ? (counts[band] / total) * bandBarSize.width : 0;
    const segment = { className: `band-${band}`, x, width: w > 0 ? Math.max(1, w - 1) : 0 };
    x += w;
    return segment;
  }) as MemberView['healthSegments'];
}

function metricText(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatNumber(value);
}

/** The view of one member, with bars scaled so that `max` activities fill the bar. */
export function memberView(m: MemberRow, data: TeamSpotlight, max: number): MemberView {
  const flows = data.options.flows;
  const breakdown: FlowCount[] = [];
  for (const [index, flow] of flows.entries()) if (m.volumeByFlow[flow]) breakdown.push({ index, flow, count: m.volumeByFlow[flow] });
  const h = m.health;
  return {
    row: m,
    openLabel: t.openMember(m.name),
    volume: m.activityVolume.value,
    volumeLabel: t.volumeBar(m.activityVolume.value, breakdown.map((b) => `${b.flow} ${b.count}`).join(', ')),
    volumeSegments: volumeSegments(m.volumeByFlow, flows, max),
    volumeTrend: trendView(m.activityVolume, 'number'),
    breakdown,
    coverage: `${t.coverageValue(m.covered, m.accounts)} (${formatPercent(m.coverage.value)})`,
    coverageTrend: trendView(m.coverage, 'share'),
    activeDays: formatNumber(m.averageActiveDays.value),
    activeDaysTrend: trendView(m.averageActiveDays, 'number'),
    activeUsers: formatNumber(m.averageActiveUsers.value),
    activeUsersTrend: trendView(m.averageActiveUsers, 'number'),
    healthLabel: t.healthBar(h.now.poor, h.now.average, h.now.good, h.now.none),
    healthSegments: healthSegments(h.now),
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

  /** The member with a user id. */
  member(userId: string): MemberRow | undefined {
    return this.data.members.find((m) => m.userId === userId);
  }
}
