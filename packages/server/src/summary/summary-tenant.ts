/**
 * The lookups every summary call starts with: the caller's tenant data (404 when the tenant is
 * unknown) and the account in it (404 when the tenant has no such account).
 */
import type { Caller } from '../auth/caller.ts';
import type { TenantData } from '../data/tenant-data.ts';
import { HttpProblem } from '../http/http-problem.ts';
import type { SummaryRuntime } from './summary-runtime.ts';

/** Loads the caller's tenant data or answers 404. */
export async function tenantOf(runtime: SummaryRuntime, caller: Caller): Promise<TenantData> {
  const tenant = await runtime.data.get(caller.tenantId);
  if (!tenant) throw new HttpProblem('not-found', 'Unknown tenant.');
  return tenant;
}

/** Answers 404 unless the account exists in the tenant. */
export function assertAccount(tenant: TenantData, accountId: string): void {
  if (!tenant.model.index.accountsById.has(accountId)) throw new HttpProblem('not-found', `No account "${accountId}".`);
}
