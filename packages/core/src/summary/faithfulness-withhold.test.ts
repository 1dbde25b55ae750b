import { describe, expect, it } from 'vitest';
import { mergeRepair, withholdUnfaithful } from './faithfulness-withhold.ts';
import { summarySectionNames, type SummaryOutput, type SummaryStatement } from './output-schema.ts';
import type { SummaryPayload } from './summary-input.ts';

const payload: SummaryPayload = {
  version: 1,
  asOf: '2026-01-31T00:00:00Z',
  currency: 'USD',
  kpis: ['attr.arr', 'health.overall'],
  points: {
    'account.name': { label: 'Account', value: 'ACCOUNT_1' },
    'attr.arr': { label: 'ARR', value: 120000, unit: 'currency' },
    'health.overall': { label: 'Health score', value: 71, unit: 'score' },
    'tasks.overdue': { label: 'Overdue tasks', value: 3, unit: 'count' },
  },
};

function output(sections: Partial<Record<(typeof summarySectionNames)[number], SummaryStatement[]>>, kpis: SummaryOutput['kpis'] = []): SummaryOutput {
  return { kpis, sections: Object.fromEntries(summarySectionNames.map((n) => [n, sections[n] ?? []])) as SummaryOutput['sections'] };
}
const good = (text: string, ...evidence: string[]) => ({ text, evidence });

describe('withholdUnfaithful', () => {
  it('keeps a faithful output as it is', () => {
    const out = output({ overview: [good('ACCOUNT_1 has an ARR of $120k.', 'attr.arr')] }, [
      { key: 'attr.arr', label: 'ARR', value: '$120,000' },
      { key: 'health.overall', label: 'Health', value: '71' },
    ]);
    const outcome = withholdUnfaithful(out, payload);
    expect(outcome.output).toEqual(out);
    expect(outcome).toMatchObject({ statements: 0, kpis: 0, items: [], emptied: [] });
  });

  it('withholds statements citing unknown keys, inventing numbers or citing nothing, with their reasons', () => {
    const out = output({
      overview: [good('ACCOUNT_1 is a customer.', 'account.name'), good('ARR grew 17%.', 'attr.arr')],
      risks: [good('3 tasks are overdue.', 'tasks.late')],
      renewal: [good('Renewal looks fine.')],
    });
    const outcome = withholdUnfaithful(out, payload);
    expect(outcome.statements).toBe(3);
    expect(outcome.output.sections.overview).toEqual([good('ACCOUNT_1 is a customer.', 'account.name')]);
    expect(outcome.items.map((i) => [i.section, i.reasons])).toEqual([
      ['overview', ['number 17% is not in the input']],
      ['risks', ["unknown evidence key 'tasks.late'"]],
      ['renewal', ['no evidence']],
    ]);
    expect(outcome.emptied).toEqual(['risks', 'renewal']);
  });

  it('shows failing KPIs as their input value and fills in missing configured KPIs', () => {
    const outcome = withholdUnfaithful(output({}, [{ key: 'attr.arr', label: 'ARR', value: '$150,000' }, { key: 'attr.bogus', label: 'X', value: '1' }]), payload);
    expect(outcome.output.kpis).toEqual([
      { key: 'attr.arr', label: 'ARR', value: '$120,000' },
      { key: 'health.overall', label: 'Health score', value: '71' },
    ]);
    expect(outcome.kpis).toBe(2);
    expect(outcome.statements).toBe(0);
  });
});

describe('mergeRepair', () => {
  const first = withholdUnfaithful(
    output({ overview: [good('ACCOUNT_1 is a customer.', 'account.name')], risks: [good('5 tasks are overdue.', 'tasks.overdue')] }),
    payload,
  );

  it('adds the corrected statements that pass, at most as many as were withheld per section', () => {
    const repair = output({
      risks: [good('3 tasks are overdue.', 'tasks.overdue'), good('Health is 71.', 'health.overall')],
      overview: [good('A new overview.', 'account.name')],
    });
    const merged = mergeRepair(first, repair, payload);
    expect(merged.output.sections.risks).toEqual([good('3 tasks are overdue.', 'tasks.overdue')]);
    expect(merged.output.sections.overview).toEqual([good('ACCOUNT_1 is a customer.', 'account.name')]);
    expect(merged).toMatchObject({ statements: 0, repaired: 1, emptied: [] });
  });

  it('keeps a section emptied when the repair still fails, recording the second failure', () => {
    const merged = mergeRepair(first, output({ risks: [good('4 tasks are overdue.', 'tasks.overdue')] }), payload);
    expect(merged.emptied).toEqual(['risks']);
    expect(merged.statements).toBe(1);
    expect(merged.items.map((i) => i.round)).toEqual([1, 2]);
  });

  it('skips repaired texts already shown', () => {
    const merged = mergeRepair(first, output({ risks: [good('ACCOUNT_1 is a customer.', 'account.name')] }), payload);
    expect(merged.output.sections.risks).toEqual([good('ACCOUNT_1 is a customer.', 'account.name')]);
  });
});
