/**
 * A reactive controller for the member drill-down: which member is open, the list (covered /
 * not covered / has overdue tasks), its sort and page, and the fetch of that page through the
 * element's `ApiTask` (a new choice aborts the previous request).
 */
import type { ReactiveControllerHost } from 'lit';
import type { DrilldownFilter, MemberDrilldown } from '@successkit/core';
import type { MemberDrilldownQuery } from '@successkit/core/client';
import type { ApiTask, ApiTaskOptions } from '../shared/api-task.ts';

/** A member whose accounts are shown. */
export interface DrilldownMember {
  userId: string;
  name: string;
}

/** Columns the drill-down sorts by. */
export type DrilldownSort = 'healthScore' | 'activityVolume';

/** Builds the element's fetching task (`SkElement.apiTask`). */
export type TaskFactory = <const A extends readonly unknown[], R>(options: ApiTaskOptions<A, R>) => ApiTask<A, R>;

type DrilldownArgs = readonly [DrilldownMember | null, DrilldownFilter, DrilldownSort, 'asc' | 'desc', number];

/** The lists, in tab order. */
export const drilldownFilters: readonly DrilldownFilter[] = ['covered', 'not-covered', 'overdue'];

/** Accounts per page. */
export const drilldownPageSize = 10;

export class DrilldownController {
  readonly #host: ReactiveControllerHost;
  member: DrilldownMember | null = null;
  filter: DrilldownFilter = 'covered';
  sort: DrilldownSort = 'healthScore';
  order: 'asc' | 'desc' = 'desc';
  page = 1;
  readonly task: ApiTask<DrilldownArgs, MemberDrilldown>;

  /** `makeTask` is the element's `apiTask`; `baseQuery` gives the spotlight filters the drill-down shares (role, period…). */
  constructor(host: ReactiveControllerHost, makeTask: TaskFactory, baseQuery: () => MemberDrilldownQuery) {
    this.#host = host;
    this.task = makeTask({
      args: (): DrilldownArgs => [this.member, this.filter, this.sort, this.order, this.page],
      enabled: ([member]) => member !== null,
      task: ([member, filter, sort, order, page], { call, signal }) => {
        const query: MemberDrilldownQuery = { ...baseQuery(), filter, sort, order, page, pageSize: drilldownPageSize };
        return call((client) => client.getMemberAccounts(member!.userId, query, { signal }));
      },
    });
  }

  /** Opens the drill-down of a member on the first list. */
  open(member: DrilldownMember): void {
    this.member = member;
    this.filter = 'covered';
    this.page = 1;
    this.#host.requestUpdate();
  }

  close(): void {
    this.member = null;
    this.#host.requestUpdate();
  }

  /** Shows another list, from its first page. */
  showList(filter: DrilldownFilter): void {
    if (filter === this.filter) return;
    this.filter = filter;
    this.page = 1;
    this.#host.requestUpdate();
  }

  /** Sorts by a column; the same column again flips the order. */
  sortBy(sort: DrilldownSort): void {
    this.order = sort === this.sort && this.order === 'desc' ? 'asc' : 'desc';
    this.sort = sort;
    this.page = 1;
    this.#host.requestUpdate();
  }

  goTo(page: number): void {
    this.page = page;
    this.#host.requestUpdate();
  }
}
