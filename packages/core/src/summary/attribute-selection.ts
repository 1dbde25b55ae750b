/**
 * Which attributes enter a summary under a configuration (DESIGN.md "Account summaries", 1–3),
 * in this order of precedence:
 * 1. `restricted` attributes never (summaries are shared by the whole team);
 * 2. attributes on the include list always, sent unmasked;
 * 3. `pii` attributes only when on the include list;
 * 4. `system` attributes always;
 * 5. attributes on the ignore list never;
 * 6. header KPIs always;
 * 7. otherwise, when their category is switched on.
 */
import { findAttributeByMeaning } from '../dataset/attribute-meaning.ts';
import type { AttributeDefinition } from '../dataset/schema.ts';
import type { SummaryConfig } from './config-schema.ts';

/** The attributes a configuration selects. */
export interface AttributeSelection {
  /** Selected attributes, in definition order. */
  selected: AttributeDefinition[];
  /** Keys sent without anonymization. */
  unmasked: ReadonlySet<string>;
  /** Header KPI attribute keys, in order (the config's, else defaults by meaning). */
  kpis: string[];
}

/** Whether one attribute enters a summary under the configuration. */
export function isAttributeSelected(attribute: AttributeDefinition, config: SummaryConfig): boolean {
  if (attribute.restricted) return false;
  if (config.includeAttributes.includes(attribute.key)) return true;
  if (attribute.pii) return false;
  if (attribute.category === 'system') return true;
  if (config.ignoreAttributes.includes(attribute.key)) return false;
  if (config.kpis.includes(attribute.key)) return true;
  return config.categories[attribute.category];
}

/**
 * Applies the selection rules to a dataset's attributes. Without configured KPIs, the header
 * shows the contract value, renewal date, license utilization and contract status (those that
 * exist and are selected).
 *
 * @example
 * ```ts
 * selectAttributes(dataset.attributes, defaultSummaryConfig).kpis; // ["arr", "renewalDate", …]
 * ```
 */
export function selectAttributes(attributes: readonly AttributeDefinition[], config: SummaryConfig): AttributeSelection {
  const selected = attributes.filter((a) => isAttributeSelected(a, config));
  const selectedKeys = new Set(selected.map((a) => a.key));
  const unmasked = new Set(config.includeAttributes.filter((k) => selectedKeys.has(k)));
  let kpis = [...new Set(config.kpis)].filter((k) => selectedKeys.has(k));
  if (config.kpis.length === 0) {
    kpis = (['contractValue', 'renewalDate', 'licenseUtilization', 'contractStatus'] as const)
      .map((meaning) => findAttributeByMeaning(attributes, meaning)?.key)
      .filter((k): k is string => k !== undefined && selectedKeys.has(k));
    kpis = [...new Set(kpis)];
  }
  return { selected, unmasked, kpis: kpis.slice(0, 4) };
}
