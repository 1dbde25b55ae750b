/**
 * Builds the summary input of one account (DESIGN.md "Account summaries", 2): the attributes
 * the configuration selects (see `attribute-selection.ts`), plus what the peers leave out —
 * rolled-up values and children per health band, the usage trend, health with its dimensions
 * and trend, recent changes, touchpoints and tasks over 90 days, days to renewal, lifecycle
 * stages and the account team. Every data point has a stable input key.
 *
 * Pure: the clock is `asOf`; nothing is anonymized here (see `prepare-summary.ts`).
 */
import { AccountNotFoundError } from '../errors/account-not-found-error.ts';
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import type { AttributeDefinition, AttributeValue } from '../dataset/schema.ts';
import { lifecycleStages } from '../profile/lifecycle.ts';
import { recentChanges } from '../profile/recent-changes.ts';
import { taskPoints, touchpointPoints, usagePoints } from './activity-points.ts';
import { selectAttributes } from './attribute-selection.ts';
import type { SummaryConfig } from './config-schema.ts';
import { childHealthPoints, healthPoints } from './health-points.ts';
import { keyPart, type SummaryData, type SummaryDataPoint, type SummaryInput, type SummaryUnit } from './summary-input.ts';

const dayMs = 86_400_000;
/** Most recent changes listed. */
const maxChanges = 8;

/** The account asked for does not exist. */
export class SummaryInputError extends AccountNotFoundError {
  override readonly name: string = 'SummaryInputError';
}

const unitOf: Partial<Record<AttributeDefinition['type'], SummaryUnit>> = { currency: 'currency', percent: 'percent', date: 'date' };

function asValue(value: unknown, type: AttributeDefinition['type']): AttributeValue {
  if (typeof value === 'string') return type === 'date' ? value.slice(0, 10) : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'boolean' ? value : null;
}

function subtreeOf(index: DatasetIndex, accountId: string): string[] {
  const ids = [accountId];
  for (let i = 0; i < ids.length; i++) ids.push(...(index.childrenById.get(ids[i]!) ?? []));
  return ids;
}

/**
 * The summary input of an account at `asOf`.
 *
 * @throws {SummaryInputError} for an unknown account.
 * @example
 * ```ts
 * const input = buildSummaryInput(model, 'acme', defaultSummaryConfig, '2026-01-31T00:00:00Z');
 * input.points['attr.arr']; // { label: 'ARR', value: 120000, unit: 'currency' }
 * ```
 */
export function buildSummaryInput(model: SummaryData, accountId: string, config: SummaryConfig, asOf: string): SummaryInput {
  const { index, rollups } = model;
  const account = index.accountsById.get(accountId);
  if (!account) throw new SummaryInputError(accountId, `unknown account '${accountId}'`);
  const t = Date.parse(asOf);
  const attributes = index.dataset.attributes;
  const selection = selectAttributes(attributes, config);
  const selectedKeys = new Set(selection.selected.map((a) => a.key));
  const children = index.childrenById.get(accountId) ?? [];
  const points: Record<string, SummaryDataPoint> = {};
  const own = (id: string, a: AttributeDefinition) => asValue(rollups.own(id, a.key), a.type);
  const rolledUp = (id: string, a: AttributeDefinition) => (a.rollup ? asValue(rollups.rolledUp(id, a.key), a.type) : null);

  points['account.name'] = { label: 'Account', value: account.name };
  points['account.type'] = { label: 'Account type', value: index.accountTypesById.get(account.typeId)?.name ?? account.typeId };
  const parent = account.parentId === null ? undefined : index.accountsById.get(account.parentId);
  if (parent) points['account.parent'] = { label: 'Parent account', value: parent.name };
  if (children.length > 0) points['children.count'] = { label: 'Direct sub-accounts', value: children.length, unit: 'count' };

  for (const a of selection.selected) {
    const unmasked = selection.unmasked.has(a.key) ? { unmasked: true } : {};
    const unit = unitOf[a.type] ? { unit: unitOf[a.type]! } : {};
    const value = own(accountId, a);
    if (value !== null) points[`attr.${a.key}`] = { label: a.label, value, ...unit, ...unmasked };
    const total = children.length > 0 ? rolledUp(accountId, a) : null;
    if (total !== null) points[`attr.${a.key}.rolledUp`] = { label: `${a.label}, rolled up over all sub-accounts`, value: total, ...unit, ...unmasked };
  }

  for (const { lifecycleId, stage } of lifecycleStages(account)) {
    points[`lifecycle.${keyPart(lifecycleId)}`] = { label: `Lifecycle stage (${lifecycleId})`, value: stage };
  }
  const team = new Map<string, string[]>();
  for (const { role, userId } of index.assignmentsByAccount.get(accountId) ?? []) {
    const name = index.usersById.get(userId)?.name;
    if (name) team.set(role, [...(team.get(role) ?? []), name]);
  }
  for (const [role, names] of team) points[`team.${keyPart(role)}`] = { label: `Team: ${role}`, value: names.join(', ') };
  const contacts = index.contactsByAccount.get(accountId) ?? [];
  points['contacts.count'] = { label: 'Contacts', value: contacts.length, unit: 'count' };
  const nps = contacts.flatMap((c) => (c.nps === undefined ? [] : [c.nps]));
  if (nps.length > 0) points['contacts.npsAverage'] = { label: `Average NPS of ${nps.length} contacts who answered`, value: Math.round((nps.reduce((x, y) => x + y, 0) / nps.length) * 10) / 10 };

  if (config.categories.health) {
    const engine = model.health;
    healthPoints(index, engine, accountId, asOf, points);
    if (children.length > 0) {
      const contract = findAttributeByMeaning(attributes, 'contractValue');
      const selectedContract = contract && selectedKeys.has(contract.key) ? contract : null;
      childHealthPoints(index, engine, children, t, points, selectedContract && {
        label: selectedContract.label,
        valueOf: (id) => {
          const v = rolledUp(id, selectedContract) ?? own(id, selectedContract);
          return typeof v === 'number' ? v : null;
        },
      });
    }
  }

  const subtree = subtreeOf(index, accountId);
  usagePoints(index, subtree, t, points);
  touchpointPoints(index, subtree, t, points);
  taskPoints(index, subtree, t, points);

  const renewal = findAttributeByMeaning(attributes, 'renewalDate');
  if (renewal && selectedKeys.has(renewal.key)) {
    const date = own(accountId, renewal) ?? rolledUp(accountId, renewal);
    if (typeof date === 'string' && !Number.isNaN(Date.parse(date))) {
      points['renewal.date'] = { label: 'Renewal date', value: date.slice(0, 10), unit: 'date' };
      const today = Date.parse(`${asOf.slice(0, 10)}T00:00:00Z`);
      points['renewal.daysTo'] = { label: 'Days to renewal (negative: past)', value: Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - today) / dayMs), unit: 'days' };
    }
  }

  for (const change of recentChanges(model, accountId, asOf, 30).filter((c) => selectedKeys.has(c.key)).slice(0, maxChanges)) {
    const a = index.attributesByKey.get(change.key)!;
    const extra = { ...(unitOf[a.type] ? { unit: unitOf[a.type]! } : {}), ...(selection.unmasked.has(a.key) ? { unmasked: true } : {}) };
    const day = change.at.slice(0, 10);
    points[`changes.${a.key}.old`] = { label: `${a.label} before its change (last 30 days)`, value: asValue(change.old, a.type), ...extra };
    points[`changes.${a.key}.new`] = { label: `${a.label} after its change on ${day}`, value: asValue(change.new, a.type), ...extra };
  }

  const kpis = selection.kpis
    .map((key) => (points[`attr.${key}.rolledUp`] ? `attr.${key}.rolledUp` : `attr.${key}`))
    .filter((key) => points[key] !== undefined);
  return { version: 1, asOf, currency: index.dataset.tenant.currency ?? null, kpis, points };
}
