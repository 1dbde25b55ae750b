import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from '../dataset/schema.ts';
import { isAttributeSelected, selectAttributes } from './attribute-selection.ts';
import { summaryConfigSchema } from './config-schema.ts';
import { defaultSummaryConfig, validateSummaryConfig } from './config.ts';

const attributes: AttributeDefinition[] = [
  { key: 'arr', label: 'ARR', type: 'currency', category: 'valueMetrics', meaning: 'contractValue' },
  { key: 'renewalDate', label: 'Renewal', type: 'date', category: 'keyInfo', meaning: 'renewalDate' },
  { key: 'nps', label: 'NPS', type: 'number', category: 'health' },
  { key: 'notes', label: 'Notes', type: 'string', category: 'custom' },
  { key: 'email', label: 'Email', type: 'string', category: 'keyInfo', pii: true },
  { key: 'discount', label: 'Discount', type: 'percent', category: 'valueMetrics', restricted: true },
  { key: 'crmId', label: 'CRM id', type: 'string', category: 'system' },
  { key: 'secretSystem', label: 'Secret', type: 'string', category: 'system', restricted: true },
  { key: 'piiSystem', label: 'Owner email', type: 'string', category: 'system', pii: true },
];
const config = (input: unknown) => summaryConfigSchema.parse(input);
const selected = (input: unknown) => selectAttributes(attributes, config(input)).selected.map((a) => a.key);
const errorsOf = (input: unknown) => {
  const result = validateSummaryConfig(input, attributes);
  return result.ok ? [] : result.errors;
};

describe('validateSummaryConfig', () => {
  it('accepts the defaults and applies them', () => {
    const result = validateSummaryConfig({}, attributes);
    expect(result).toEqual({ ok: true, config: defaultSummaryConfig });
    expect(defaultSummaryConfig).toEqual({
      enabled: true,
      kpis: [],
      categories: { keyInfo: true, valueMetrics: true, health: true, custom: true },
      includeAttributes: [],
      ignoreAttributes: [],
    });
  });

  it('allows at most 4 KPIs', () => {
    expect(errorsOf({ kpis: ['arr', 'renewalDate', 'nps', 'notes', 'crmId'] })).toEqual([{ path: 'kpis', message: 'at most 4 KPIs' }]);
    expect(errorsOf({ kpis: ['arr', 'renewalDate', 'nps', 'notes'] })).toEqual([]);
  });

  it('allows at most 10 included attributes', () => {
    expect(errorsOf({ includeAttributes: Array.from({ length: 11 }, () => 'arr') })).toEqual([
      { path: 'includeAttributes', message: 'at most 10 attributes to include' },
    ]);
  });

  it('names unknown attributes with their path', () => {
    expect(errorsOf({ kpis: ['arr', 'x'], includeAttributes: ['y'], ignoreAttributes: ['z'] })).toEqual([
      { path: 'kpis[1]', message: "unknown attribute 'x'" },
      { path: 'includeAttributes[0]', message: "unknown attribute 'y'" },
      { path: 'ignoreAttributes[0]', message: "unknown attribute 'z'" },
    ]);
  });

  it('rejects duplicates', () => {
    expect(errorsOf({ kpis: ['arr', 'arr'] })).toEqual([{ path: 'kpis[1]', message: "duplicate KPI 'arr'" }]);
    expect(errorsOf({ includeAttributes: ['notes', 'notes'] })).toEqual([{ path: 'includeAttributes[1]', message: "'notes' is included more than once" }]);
    expect(errorsOf({ ignoreAttributes: ['notes', 'notes'] })).toEqual([{ path: 'ignoreAttributes[1]', message: "'notes' is ignored more than once" }]);
  });

  it('rejects an attribute both included and ignored', () => {
    expect(errorsOf({ includeAttributes: ['notes'], ignoreAttributes: ['notes'] })).toEqual([
      { path: 'includeAttributes[0]', message: "'notes' is both included and ignored" },
    ]);
  });

  it('rejects restricted attributes as KPIs or included', () => {
    expect(errorsOf({ kpis: ['discount'], includeAttributes: ['discount'] })).toEqual([
      { path: 'kpis[0]', message: "'discount' is restricted and cannot be a KPI" },
      { path: 'includeAttributes[0]', message: "'discount' is restricted and cannot be included" },
    ]);
  });

  it('allows ignoring a restricted attribute (harmless)', () => {
    expect(errorsOf({ ignoreAttributes: ['discount', 'secretSystem'] })).toEqual([]);
  });

  it('rejects an ignored KPI', () => {
    expect(errorsOf({ kpis: ['nps'], ignoreAttributes: ['nps'] })).toEqual([{ path: 'kpis[0]', message: "'nps' is both a KPI and ignored" }]);
  });

  it('needs a pii KPI to be on the include list', () => {
    expect(errorsOf({ kpis: ['email'] })).toEqual([{ path: 'kpis[0]', message: "'email' is personal data (pii): include it to use it as a KPI" }]);
    expect(errorsOf({ kpis: ['email'], includeAttributes: ['email'] })).toEqual([]);
  });

  it('rejects ignoring a system attribute', () => {
    expect(errorsOf({ ignoreAttributes: ['crmId'] })).toEqual([{ path: 'ignoreAttributes[0]', message: "'crmId' is a system attribute and is always included" }]);
  });

  it('rejects a system category switch and unknown keys', () => {
    const errors = errorsOf({ categories: { system: false }, extra: 1 });
    expect(errors.map((e) => e.path).sort()).toEqual(['', 'categories']);
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ kpis: ['x', 'discount'], includeAttributes: ['notes'], ignoreAttributes: ['notes', 'crmId'] })).toHaveLength(4);
  });
});

describe('attribute selection', () => {
  it('selects every non-restricted, non-pii attribute by default, system included', () => {
    expect(selected({})).toEqual(['arr', 'renewalDate', 'nps', 'notes', 'crmId']);
  });

  it('never selects restricted attributes, even when included, a KPI or system', () => {
    const all = { kpis: ['discount'], includeAttributes: ['discount', 'secretSystem'] };
    expect(selected(all)).not.toContain('discount');
    expect(selected(all)).not.toContain('secretSystem');
  });

  it('selects pii attributes only when included, and marks them unmasked', () => {
    expect(selected({})).not.toContain('email');
    expect(selected({ kpis: ['email'] })).not.toContain('email');
    expect(selected({ includeAttributes: ['email', 'piiSystem'] })).toEqual(expect.arrayContaining(['email', 'piiSystem']));
    expect([...selectAttributes(attributes, config({ includeAttributes: ['email', 'notes'] })).unmasked]).toEqual(['email', 'notes']);
  });

  it('keeps system attributes when every category is off or they are ignored', () => {
    const off = { categories: { keyInfo: false, valueMetrics: false, health: false, custom: false } };
    expect(selected(off)).toEqual(['crmId']);
    expect(selected({ ignoreAttributes: ['crmId'] })).toContain('crmId');
    expect(selected(off)).not.toContain('piiSystem');
  });

  it('switches categories on and off', () => {
    expect(selected({ categories: { health: false } })).not.toContain('nps');
    expect(selected({ categories: { custom: false } })).not.toContain('notes');
    expect(selected({ categories: { valueMetrics: false } })).not.toContain('arr');
    expect(selected({ categories: { keyInfo: false } })).not.toContain('renewalDate');
  });

  it('drops ignored attributes', () => {
    expect(selected({ ignoreAttributes: ['notes', 'arr'] })).toEqual(['renewalDate', 'nps', 'crmId']);
  });

  it('includes an attribute of a switched-off category when on the include list or a KPI', () => {
    expect(selected({ categories: { custom: false }, includeAttributes: ['notes'] })).toContain('notes');
    expect(selected({ categories: { health: false }, kpis: ['nps'] })).toContain('nps');
  });

  it('lets the include list win over the ignore list when a saved config has both', () => {
    expect(isAttributeSelected(attributes[3]!, config({ includeAttributes: ['notes'], ignoreAttributes: ['notes'] }))).toBe(true);
  });

  it('orders KPIs as configured, dropping unselectable ones', () => {
    expect(selectAttributes(attributes, config({ kpis: ['nps', 'discount', 'arr'] })).kpis).toEqual(['nps', 'arr']);
  });

  it('defaults the KPIs to contract value and renewal date', () => {
    expect(selectAttributes(attributes, defaultSummaryConfig).kpis).toEqual(['arr', 'renewalDate']);
    expect(selectAttributes(attributes, config({ ignoreAttributes: ['arr'] })).kpis).toEqual(['renewalDate']);
  });
});
