/**
 * Swappable metric columns of Team Spotlight: `licenseUtilization` (mean of the attribute that
 * means license utilization), `contractValue` (sum of the attribute that means contract value),
 * or `<attributeKey>:sum|avg` for any numeric attribute, over a member's accounts.
 */
import type { SpotlightMetric } from '../api/spotlight-api.ts';
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { AttributeDefinition } from '../dataset/schema.ts';
import type { DatasetIndex } from '../dataset/dataset-index.ts';
import { SpotlightQueryError } from './spotlight-query-error.ts';

const numericTypes: ReadonlySet<string> = new Set(['number', 'currency', 'percent']);

/** Whether an attribute holds numbers (number, currency, percent). */
function isNumericAttribute(attribute: AttributeDefinition): boolean {
  return numericTypes.has(attribute.type);
}

/**
 * Resolves one metric id against the dataset's attributes.
 *
 * @throws {SpotlightQueryError} (`field: "metrics"`) for an unknown id or a non-numeric attribute.
 */
export function resolveMetric(index: DatasetIndex, id: string): SpotlightMetric {
  const attributes = index.dataset.attributes;
  if (id === 'licenseUtilization' || id === 'contractValue') {
    const attribute = findAttributeByMeaning(attributes, id);
    if (!attribute || !isNumericAttribute(attribute)) {
      throw new SpotlightQueryError('metrics', `the data has no numeric ${id} attribute`);
    }
    return { id, label: attribute.label, attributeKey: attribute.key, aggregate: id === 'contractValue' ? 'sum' : 'avg' };
  }
  const match = /^(.+):(sum|avg)$/.exec(id);
  const attribute = match ? index.attributesByKey.get(match[1]!) : undefined;
  if (!match || !attribute) {
    throw new SpotlightQueryError('metrics', `unknown metric "${id}": use licenseUtilization, contractValue or <attributeKey>:sum|avg`);
  }
  if (!isNumericAttribute(attribute)) {
    throw new SpotlightQueryError('metrics', `attribute "${attribute.key}" is not numeric (${attribute.type})`);
  }
  const aggregate = match[2] as 'sum' | 'avg';
  return { id, label: `${attribute.label} (${aggregate})`, attributeKey: attribute.key, aggregate };
}

/** Every metric the data offers, in the order used for defaults: the two named ones first. */
export function availableMetrics(index: DatasetIndex): SpotlightMetric[] {
  const out: SpotlightMetric[] = [];
  const used = new Set<string>();
  for (const id of ['licenseUtilization', 'contractValue'] as const) {
    try {
      const metric = resolveMetric(index, id);
      out.push(metric);
      used.add(metric.attributeKey);
    } catch {
      // not in this dataset
    }
  }
  for (const attribute of index.dataset.attributes) {
    if (!isNumericAttribute(attribute) || used.has(attribute.key)) continue;
    out.push(resolveMetric(index, `${attribute.key}:${attribute.type === 'percent' ? 'avg' : 'sum'}`));
  }
  return out;
}

/** The metric's value over accounts (own attribute values; `null` when none has a number). */
export function metricValue(index: DatasetIndex, metric: SpotlightMetric, accountIds: Iterable<string>): number | null {
  let sum = 0;
  let count = 0;
  for (const id of accountIds) {
    const value = index.accountsById.get(id)?.attributes[metric.attributeKey];
    if (typeof value === 'number' && Number.isFinite(value)) {
      sum += value;
      count++;
    }
  }
  if (count === 0) return null;
  return metric.aggregate === 'sum' ? sum : sum / count;
}
