import { describe, expect, it } from 'vitest';
import { accountChildrenSchema, accountProfileSchema } from '../api/account-view.ts';
import { createDatasetModel } from '../model/dataset-model.ts';
import { generateDataset } from '../synthetic/generate-dataset.ts';
import { buildAccountChildren } from './account-children.ts';
import { buildAccountProfile } from './account-profile.ts';

const asOf = '2026-01-31T00:00:00Z';
const dataset = generateDataset({ seed: 21, accounts: 150, asOf, days: 120 });
const model = createDatasetModel(dataset);
const { index, hierarchy, rollups } = model;
const root = hierarchy.roots.find((id) => hierarchy.subtree(id).length > 5)!;
const product = hierarchy.subtree(root).find((id) => index.accountsById.get(id)!.typeId === 'product')!;

describe('buildAccountProfile', () => {
  it('matches the API schema and shows own and rolled-up values', () => {
    const profile = accountProfileSchema.parse(buildAccountProfile(model, root, asOf, { includeRestricted: false }));
    const arr = profile.attributes.find((a) => a.key === 'arr')!;
    expect(arr.own).toBeNull();
    expect(arr.rolledUp).toBe(rollups.rolledUp(root, 'arr'));
    expect(profile.attributes.find((a) => a.key === 'domain')!.rolledUp).toBeUndefined();
    expect(profile.account.path.map((p) => p.id)).toEqual([root]);
    expect(profile.health.current?.source).toBe('childrenByValue');
    expect(profile.health.history?.weeks).toHaveLength(52);
  });

  it('hides restricted attributes unless asked, and places a product in its path', () => {
    const hidden = buildAccountProfile(model, product, asOf, { includeRestricted: false });
    expect(hidden.attributes.some((a) => a.restricted)).toBe(false);
    expect(hidden.recentChanges.some((c) => c.key === 'discountRate')).toBe(false);
    const shown = buildAccountProfile(model, product, asOf, { includeRestricted: true });
    expect(shown.attributes.filter((a) => a.restricted).map((a) => a.key)).toEqual(['discountRate', 'internalNotes']);
    expect(shown.account.depth).toBe(3);
    expect(shown.account.path.map((p) => p.typeId)).toEqual(['company', 'region', 'lineOfBusiness', 'product']);
    expect(shown.lifecycle.map((l) => l.lifecycleId)).toEqual(['journey', 'onboarding']);
    expect(() => buildAccountProfile(model, 'nope', asOf, { includeRestricted: true })).toThrow(/unknown account/);
  });
});

describe('buildAccountChildren', () => {
  it('lists the children one level down with their rollups and health', () => {
    const view = accountChildrenSchema.parse(buildAccountChildren(model, root, asOf, { includeRestricted: false }));
    expect(view.children.map((c) => c.id)).toEqual(hierarchy.children(root));
    expect(view.attributes.map((a) => a.key)).toEqual(rollups.rolledUpKeys);
    const sum = view.children.reduce((total, c) => total + ((c.values.arr?.rolledUp as number | null) ?? 0), 0);
    expect(sum).toBe(rollups.rolledUp(root, 'arr'));
    expect(view.children.every((c) => c.health !== null)).toBe(true);
  });
});
