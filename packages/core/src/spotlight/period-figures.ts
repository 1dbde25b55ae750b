/**
 * `PeriodFigures`: per-account Team Spotlight figures for a period and the previous one (covered,
 * overdue tasks, active days, mean active users), computed lazily once per account and summed
 * into the coverage figures of a member or of the team.
 */
import type { ComparedFigure, MemberRow } from '../api/spotlight-api.ts';
import { accountUsage, isCovered, overdueTasks, type Bounds } from './account-figures.ts';
import type { SpotlightIndex } from './spotlight-index.ts';

/** The figures shared by the team row and member rows. */
export type CoverageFigures = Omit<MemberRow, 'userId' | 'name' | 'health' | 'metrics'>;

/** A figure with its previous value and the change. */
const compared = (value: number, previous: number): ComparedFigure => ({ value, previous, change: value - previous });

/** Per-account figures of both periods, computed once per account the query touches. */
export class PeriodFigures {
  readonly covered: Uint8Array;
  readonly coveredBefore: Uint8Array;
  readonly overdue: Int32Array;
  readonly activeDays: Float64Array;
  readonly activeDaysBefore: Float64Array;
  readonly activeUsers: Float64Array;
  readonly activeUsersBefore: Float64Array;
  readonly #done: Uint8Array;
  readonly #si: SpotlightIndex;
  readonly #ctx: { cur: Bounds; prev: Bounds; asOf: number; flow: number };

  constructor(si: SpotlightIndex, ctx: { cur: Bounds; prev: Bounds; asOf: number; flow: number }) {
    const n = si.accountIds.length;
    this.#si = si;
    this.#ctx = ctx;
    this.covered = new Uint8Array(n);
    this.coveredBefore = new Uint8Array(n);
    this.overdue = new Int32Array(n);
    this.activeDays = new Float64Array(n);
    this.activeDaysBefore = new Float64Array(n);
    this.activeUsers = new Float64Array(n);
    this.activeUsersBefore = new Float64Array(n);
    this.#done = new Uint8Array(n);
  }

  /** Computes account `a`'s figures (once). */
  fill(a: number): void {
    if (this.#done[a] === 1) return;
    this.#done[a] = 1;
    const si = this.#si;
    const { cur, prev, asOf, flow } = this.#ctx;
    this.covered[a] = isCovered(si, a, cur.from, cur.to, flow) ? 1 : 0;
    this.coveredBefore[a] = isCovered(si, a, prev.from, prev.to, flow) ? 1 : 0;
    this.overdue[a] = overdueTasks(si, a, asOf, flow);
    const now = accountUsage(si, a, cur);
    const before = accountUsage(si, a, prev);
    this.activeDays[a] = now.activeDays;
    this.activeDaysBefore[a] = before.activeDays;
    this.activeUsers[a] = cur.dayTo > cur.dayFrom ? now.userSum / (cur.dayTo - cur.dayFrom) : 0;
    this.activeUsersBefore[a] = prev.dayTo > prev.dayFrom ? before.userSum / (prev.dayTo - prev.dayFrom) : 0;
  }

  /** The coverage figures of a set of accounts with a given activity volume. */
  summarise(accounts: readonly number[] | Int32Array, volume: number, volumeBefore: number, volumeByFlow: Record<string, number>): CoverageFigures {
    let covered = 0, coveredBefore = 0, overdueAccounts = 0, days = 0, daysBefore = 0, users = 0, usersBefore = 0;
    for (const a of accounts) {
      this.fill(a);
      covered += this.covered[a]!;
      coveredBefore += this.coveredBefore[a]!;
      if (this.overdue[a]! > 0) overdueAccounts++;
      days += this.activeDays[a]!;
      daysBefore += this.activeDaysBefore[a]!;
      users += this.activeUsers[a]!;
      usersBefore += this.activeUsersBefore[a]!;
    }
    const n = accounts.length;
    const mean = (sum: number): number => (n === 0 ? 0 : sum / n);
    return {
      accounts: n,
      covered,
      notCovered: n - covered,
      overdueAccounts,
      coverage: compared(mean(covered), mean(coveredBefore)),
      activityVolume: compared(volume, volumeBefore),
      volumeByFlow,
      averageActiveDays: compared(mean(days), mean(daysBefore)),
      averageActiveUsers: compared(mean(users), mean(usersBefore)),
    };
  }
}

