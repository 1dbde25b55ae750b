/**
 * Finds the attribute that plays a role successkit needs (contract value, renewal date,
 * contract status, license utilization, domain): the one marked with that `meaning`, else a
 * well-known key, else (for contract value and renewal date) the first attribute of the fitting
 * type and category. Hosts whose keys differ set `meaning` in the dataset.
 */
import type { AttributeDefinition, AttributeMeaning } from './schema.ts';

const wellKnownKeys: Record<AttributeMeaning, readonly string[]> = {
  contractValue: ['contractValue', 'contract_value', 'arr', 'acv', 'mrr', 'contractvalue', 'annualRecurringRevenue'],
  renewalDate: ['renewalDate', 'renewal_date', 'renewal', 'contractEnd', 'contract_end', 'contractEndDate'],
  contractStatus: ['contractStatus', 'contract_status', 'status', 'subscriptionStatus'],
  licenseUtilization: ['licenseUtilization', 'license_utilization', 'licenceUtilization', 'seatUtilization', 'utilization'],
  domain: ['domain', 'website', 'webDomain', 'url'],
};

const fallback: Partial<Record<AttributeMeaning, (a: AttributeDefinition) => boolean>> = {
  contractValue: (a) => a.type === 'currency' && a.category === 'valueMetrics',
  renewalDate: (a) => a.type === 'date' && /renew/i.test(`${a.key} ${a.label}`),
  licenseUtilization: (a) => a.type === 'percent' && /utili[sz]/i.test(`${a.key} ${a.label}`),
};

/**
 * The attribute with the given meaning, or `undefined`.
 *
 * @example
 * ```ts
 * const arr = findAttributeByMeaning(dataset.attributes, 'contractValue')?.key; // "arr"
 * ```
 */
export function findAttributeByMeaning(
  attributes: readonly AttributeDefinition[],
  meaning: AttributeMeaning,
): AttributeDefinition | undefined {
  const marked = attributes.find((a) => a.meaning === meaning);
  if (marked) return marked;
  const keys = wellKnownKeys[meaning].map((k) => k.toLowerCase());
  for (const key of keys) {
    const found = attributes.find((a) => a.key.toLowerCase() === key);
    if (found) return found;
  }
  const test = fallback[meaning];
  return test ? attributes.find(test) : undefined;
}

/** Contract statuses that count as inactive (cancelled, churned…); an empty status does too. */
export const inactiveContractStatuses: readonly string[] = ['cancelled', 'canceled', 'churned', 'terminated', 'expired', 'inactive'];

/** Whether a contract-status value means the account is cancelled or has no status. */
export function isInactiveContractStatus(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const text = String(value).trim().toLowerCase();
  return text === '' || inactiveContractStatuses.includes(text);
}
