/**
 * Which members, accounts and activity a spotlight query looks at: the members of the role
 * (narrowed to a team, or to a manager and everyone reporting to them), the accounts passing the
 * account filters (type, contract status), and the flow of activity that counts.
 */
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { FlowFilter } from './account-figures.ts';
import type { RoleMember, SpotlightIndex } from './spotlight-index.ts';
import type { SpotlightFilters } from './spotlight-query.ts';

/** The resolved selection of a query. */
export interface SpotlightSelection {
  /** Members of the role kept by the team/manager filter, each with the accounts passing the account filters. */
  readonly members: readonly RoleMember[];
  /** 1 for every account passing the account filters (type, contract status). */
  readonly accountMask: Uint8Array;
  readonly flow: FlowFilter;
  /** `excludeInactive` was asked but the data has no contract-status attribute, so it was ignored. */
  readonly inactiveIgnored: boolean;
}

/** The manager and everyone reporting to them, directly or not. */
function managerTree(si: SpotlightIndex, managerId: string): Set<string> {
  const tree = new Set<string>([managerId]);
  const queue = [managerId];
  while (queue.length > 0) {
    for (const report of si.reportsByManager.get(queue.pop()!) ?? []) {
      if (!tree.has(report)) {
        tree.add(report);
        queue.push(report);
      }
    }
  }
  return tree;
}

/** Resolves the selection of `role` under `filters`. */
export function selectSpotlight(index: DatasetIndex, si: SpotlightIndex, role: string, filters: SpotlightFilters): SpotlightSelection {
  const n = si.accountIds.length;
  const accountMask = new Uint8Array(n);
  const inactiveIgnored = filters.excludeInactive && si.inactive === null;
  for (let a = 0; a < n; a++) {
    if (filters.accountType !== null && si.accountTypeIds[a] !== filters.accountType) continue;
    if (filters.excludeInactive && si.inactive?.[a] === 1) continue;
    accountMask[a] = 1;
  }
  let keep: (userId: string) => boolean = () => true;
  if (filters.manager !== null) {
    const tree = managerTree(si, filters.manager);
    keep = (userId) => tree.has(userId);
  } else if (filters.team !== null) {
    const team = filters.team;
    keep = (userId) => index.usersById.get(userId)?.teamIds?.includes(team) ?? false;
  }
  const members = (si.membersByRole.get(role) ?? [])
    .filter((m) => keep(m.userId))
    .map((m) => ({ userId: m.userId, accounts: m.accounts.filter((a) => accountMask[a] === 1) }));
  const flow = filters.flow === null ? -1 : (si.flowIndex.get(filters.flow) ?? si.flows.length);
  return { members, accountMask, flow, inactiveIgnored };
}

/** Accounts passing the account filters that have no assignment in `role`. */
export function accountsWithoutRole(si: SpotlightIndex, role: string, accountMask: Uint8Array): number {
  const assigned = si.assignedByRole.get(role);
  let count = 0;
  for (let a = 0; a < accountMask.length; a++) if (accountMask[a] === 1 && assigned?.[a] !== 1) count++;
  return count;
}
