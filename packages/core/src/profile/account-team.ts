/**
 * The team of an account (`GET /v1/accounts/:id/team`): every assignment at this level — who,
 * in which team role (CSM, Onboarding Manager, AE…) — with the user's seat, teams and manager,
 * sorted by role, then name. A user in two roles is listed once per role.
 */
import type { AccountTeam, TeamMember } from '../api/profile-api.ts';
import type { DatasetModel } from '../model/dataset-model.ts';
import { userRef } from './view-parts.ts';

/**
 * The team view of one account.
 *
 * @example
 * ```ts
 * buildAccountTeam(model, 'acme').members.map((m) => `${m.role}: ${m.name}`);
 * ```
 */
export function buildAccountTeam(model: DatasetModel, accountId: string): AccountTeam {
  const { index } = model;
  const seen = new Set<string>();
  const members: TeamMember[] = [];
  for (const assignment of index.assignmentsByAccount.get(accountId) ?? []) {
    const key = `${assignment.userId}\u0000${assignment.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const user = index.usersById.get(assignment.userId);
    members.push({
      userId: assignment.userId,
      name: user?.name ?? assignment.userId,
      email: user?.email ?? null,
      seat: user?.seat ?? null,
      role: assignment.role,
      teams: (user?.teamIds ?? []).map((id) => ({ id, name: index.teamsById.get(id)?.name ?? id })),
      manager: user?.managerId ? userRef(model, user.managerId) : null,
    });
  }
  members.sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.userId < b.userId ? -1 : 1));
  return { dataVersion: model.dataVersion, accountId, members, roles: [...new Set(members.map((m) => m.role))].sort() };
}
