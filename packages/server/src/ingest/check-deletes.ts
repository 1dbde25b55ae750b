/**
 * The delete rules of a batch: an account that still has children (in the store or the batch),
 * or a user, team, account type or attribute still in use, cannot be deleted; each problem
 * names the uses (the first five). These checks scan the tenant, and run only for such deletes.
 */
import type { Add } from './check-batch.ts';
import type { BatchView } from './batch-view.ts';

/** Adds the problems of the batch's deletes. */
export function checkDeletes(view: BatchView, add: Add): void {
  const list = (ids: string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`;
  for (const { path, key } of view.deleted('accounts')) {
    if (!view.tenant.get('accounts', key)) continue;
    const children = (view.tenant.model.index.childrenById.get(key) ?? []).filter((id) => view.after('accounts', id)?.parentId === key);
    for (const { value } of view.upserted('accounts')) if (value.parentId === key && !children.includes(value.id)) children.push(value.id);
    if (children.length > 0) add(path, `account "${key}" still has children (${list(children)}): delete or move them first`);
  }
  const users = view.deleted('users').filter((item) => view.tenant.get('users', item.key));
  if (users.length > 0) {
    const used = new Map<string, string[]>();
    const note = (userId: string, what: string) => used.get(userId)?.push(what);
    for (const item of users) used.set(item.key, []);
    for (const kind of ['assignments', 'touchpoints', 'tasks'] as const) for (const row of view.all(kind)) note(row.userId, kind);
    for (const user of view.all('users')) if (user.managerId) note(user.managerId, `manager of ${user.id}`);
    for (const item of users) {
      const uses = used.get(item.key)!;
      if (uses.length > 0) add(item.path, `user "${item.key}" is still referenced (${list([...new Set(uses)])}): delete or reassign those first`);
    }
  }
  for (const { path, key } of view.deleted('teams')) {
    const members = [...view.all('users')].filter((u) => u.teamIds?.includes(key)).map((u) => u.id);
    if (members.length > 0) add(path, `team "${key}" still has members (${list(members)})`);
  }
  for (const { path, key } of view.deleted('accountTypes')) {
    const uses = [...view.all('accounts')].filter((a) => a.typeId === key).map((a) => a.id);
    uses.push(...[...view.all('accountTypes')].filter((t) => t.parentTypeId === key).map((t) => `type ${t.id}`));
    uses.push(...[...view.all('healthProfiles')].filter((p) => p.accountTypeId === key).map((p) => `health profile ${p.id}`));
    if (uses.length > 0) add(path, `account type "${key}" is still used (${list(uses)})`);
  }
  for (const { path, key } of view.deleted('attributes')) {
    const uses = [...view.all('accounts')].filter((a) => a.attributes[key] !== undefined && a.attributes[key] !== null).map((a) => a.id);
    uses.push(...[...view.all('attributes')].filter((d) => typeof d.rollup === 'object' && d.rollup.weightKey === key).map((d) => `weight of ${d.key}`));
    if (uses.length > 0) add(path, `attribute "${key}" still has values or uses (${list(uses)}): clear them first`);
  }
}
