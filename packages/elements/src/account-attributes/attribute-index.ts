/**
 * The searchable view of a profile's attributes: grouped by category in a fixed order, each with
 * its display texts and one lower-cased haystack (label, key, own and rolled-up value) built once
 * per answer, so a keystroke of search is one `includes` per attribute.
 */
import type { AccountProfile } from '@successkit/core';
import { formatValue } from '../shared/format-value.ts';

type Attribute = AccountProfile['attributes'][number];

/** One attribute as shown. */
export interface AttributeEntry {
  attribute: Attribute;
  own: string;
  /** `null` when the attribute does not roll up. */
  rolledUp: string | null;
  haystack: string;
}

/** One category and its attributes. */
export interface AttributeGroup {
  category: string;
  entries: AttributeEntry[];
}

const order = ['keyInfo', 'valueMetrics', 'health', 'custom', 'system'];

/** Groups and indexes `attributes` (the formatted values use `words` for booleans and empties). */
export function indexAttributes(attributes: readonly Attribute[], words: { yes: string; no: string; empty: string }): AttributeGroup[] {
  const groups = new Map<string, AttributeEntry[]>();
  for (const attribute of attributes) {
    const own = formatValue(attribute.own, attribute.type, words);
    const rolledUp = attribute.rolledUp === undefined ? null : formatValue(attribute.rolledUp, attribute.type, words);
    const haystack = `${attribute.label}\n${attribute.key}\n${own}\n${rolledUp ?? ''}\n${attribute.own ?? ''}`.toLocaleLowerCase();
    const list = groups.get(attribute.category) ?? [];
    list.push({ attribute, own, rolledUp, haystack });
    groups.set(attribute.category, list);
  }
  const rank = (category: string) => (order.includes(category) ? order.indexOf(category) : order.length);
  return [...groups].map(([category, entries]) => ({ category, entries })).sort((a, b) => rank(a.category) - rank(b.category));
}

/** Whether `entry` matches the lower-cased, trimmed `query` (an empty query matches everything). */
export function matches(entry: AttributeEntry, query: string): boolean {
  return !query || entry.haystack.includes(query);
}
