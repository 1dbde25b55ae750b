import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import { smallAsOf, smallDataset } from './__fixtures__/small-dataset.ts';
import { SummaryInputError, buildSummaryInput } from './build-summary-input.ts';
import { summaryConfigSchema } from './config-schema.ts';

const data = createDatasetModel(smallDataset());
const build = (config: unknown = {}, id = 'acme') => buildSummaryInput(data, id, summaryConfigSchema.parse(config), smallAsOf);
const value = (config: unknown, key: string) => build(config).points[key]?.value;

describe('buildSummaryInput', () => {
  const input = build();

  it('names the account, its type and children', () => {
    expect(input.points['account.name']).toEqual({ label: 'Account', value: 'Acme Corporation' });
    expect(input.points['account.type']!.value).toBe('Company');
    expect(input.points['children.count']!.value).toBe(2);
    expect(build({}, 'acme-eu').points['account.parent']!.value).toBe('Acme Corporation');
  });

  it('includes selected attributes with own and rolled-up values', () => {
    expect(input.points['attr.arr']).toEqual({ label: 'ARR', value: 50000, unit: 'currency' });
    expect(input.points['attr.arr.rolledUp']!.value).toBe(100000);
    expect(input.points['attr.crmId']!.value).toBe('CRM-1');
    expect(input.kpis).toEqual(['attr.arr.rolledUp', 'attr.renewalDate.rolledUp', 'attr.licenseUtilization', 'attr.contractStatus']);
  });

  it('never includes restricted attributes, nor their changes', () => {
    const all = JSON.stringify(build({ includeAttributes: ['primaryEmail'] }));
    expect(all).not.toContain('attr.discount');
    expect(all).not.toContain('changes.discount');
  });

  it('includes pii attributes (and their changes) only when on the include list, unmasked', () => {
    expect(value({}, 'attr.primaryEmail')).toBeUndefined();
    expect(input.points['changes.primaryEmail.old']).toBeUndefined();
    const included = build({ includeAttributes: ['primaryEmail'] });
    expect(included.points['attr.primaryEmail']).toEqual({ label: 'Primary email', value: 'jane.doe@acme.com', unmasked: true });
    expect(included.points['changes.primaryEmail.old']!.value).toBe('old.contact@acme.com');
  });

  it('applies categories, the ignore list, and keeps system attributes', () => {
    const off = { categories: { keyInfo: false, valueMetrics: false, health: false, custom: false } };
    expect(Object.keys(build(off).points).filter((k) => k.startsWith('attr.'))).toEqual(['attr.crmId']);
    expect(value({ ignoreAttributes: ['notes'] }, 'attr.notes')).toBeUndefined();
    expect(build({ categories: { health: false } }).points['health.overall']).toBeUndefined();
    expect(value({ categories: { custom: false }, includeAttributes: ['notes'] }, 'attr.notes')).toBe('Key account');
  });

  it('computes health with dimensions, trend and children per band naming the risk driver', () => {
    expect(input.points['health.overall']).toMatchObject({ value: 60, unit: 'score' });
    expect(input.points['health.band']!.value).toBe('average');
    expect(input.points['health.dimension.sentiment']!.value).toBe(60);
    expect(input.points['health.trend']!.value).toBe('flat');
    expect([value({}, 'children.health.poor'), value({}, 'children.health.average'), value({}, 'children.health.good')]).toEqual([1, 0, 1]);
    expect(input.points['children.riskDriver']!.value).toBe('Acme Europe');
    expect(input.points['children.riskDriver.contractValue']!.value).toBe(30000);
    expect(value({ ignoreAttributes: ['arr'] }, 'children.riskDriver.contractValue')).toBeUndefined();
  });

  it('compares usage over the last 30 days with the 30 before, over the subtree', () => {
    expect(input.points['usage.activeUsers.last30']!.value).toBe(40);
    expect(input.points['usage.activeUsers.prev30']!.value).toBe(50);
    expect(input.points['usage.activeUsers.changePct']!.value).toBe(-20);
    expect(input.points['usage.trend']!.value).toBe('down');
    expect(input.points['usage.activeDays.last30']!.value).toBe(30);
    expect(input.points['usage.modules.reports']!.value).toBe(180);
  });

  it('counts touchpoints and tasks over 90 days by flow, type and sentiment', () => {
    expect(input.points['touchpoints.total']!.value).toBe(3);
    expect(input.points['touchpoints.byFlow.renewal']!.value).toBe(2);
    expect(input.points['touchpoints.byType.call']!.value).toBe(1);
    expect(input.points['touchpoints.bySentiment.negative']!.value).toBe(1);
    expect(input.points['touchpoints.daysSinceLast']!.value).toBe(3);
    expect(input.points['touchpoints.recent.1']!.value).toBe('Renewal call with Jane Doe');
    expect(input.points['tasks.completed90']!.value).toBe(1);
    expect(input.points['tasks.byFlow.support']!.value).toBe(1);
    expect([value({}, 'tasks.open'), value({}, 'tasks.overdue'), value({}, 'tasks.oldestOverdueDays')]).toEqual([2, 1, 5]);
    expect(input.points['tasks.overdueList.1']!.value).toBe('Send renewal quote to Jane Doe');
  });

  it('adds days to renewal, recent changes, lifecycle and the team', () => {
    expect(input.points['renewal.date']!.value).toBe('2026-03-02');
    expect(input.points['renewal.daysTo']!.value).toBe(30);
    expect([value({}, 'changes.arr.old'), value({}, 'changes.arr.new')]).toEqual([45000, 50000]);
    expect(input.points['lifecycle.journey']!.value).toBe('Adopt');
    expect(input.points['team.csm']!.value).toBe('Dana Fischer');
    expect(input.points['contacts.npsAverage']!.value).toBe(40);
    expect(value({ ignoreAttributes: ['renewalDate'] }, 'renewal.daysTo')).toBeUndefined();
  });

  it('is deterministic and rejects unknown accounts', () => {
    expect(build()).toEqual(input);
    expect(() => build({}, 'nope')).toThrow(SummaryInputError);
  });
});
