/**
 * The attribute history a change of an account writes (DESIGN.md "Live data": "a change of an
 * account attribute is also a row of `attributeHistory`"). The store of record writes these rows
 * beside the account, and every `DatasetModel` derives the same rows from the same change, so a
 * model following the change log and one rebuilt from the store agree.
 */
import type { AttributeChange, AttributeValue } from '../dataset/schema.ts';
import type { DataChange } from './data-change.ts';

function same(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/**
 * The `attributeHistory` rows of one change: one per attribute whose value differs between the
 * old and the new account, at the change's time. A creation or a deletion writes none (the
 * account's first values are not "changes"); other kinds write none.
 */
export function attributeChangesOf(change: DataChange): AttributeChange[] {
  if (change.kind !== 'accounts' || !change.old || !change.new) return [];
  const before = (change.old as { attributes: Record<string, AttributeValue> }).attributes;
  const after = (change.new as { id: string; attributes: Record<string, AttributeValue> }).attributes;
  const rows: AttributeChange[] = [];
  const accountId = (change.new as { id: string }).id;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[key], after[key])) continue;
    rows.push({ accountId, key, at: change.at, old: before[key] ?? null, new: after[key] ?? null });
  }
  return rows;
}
