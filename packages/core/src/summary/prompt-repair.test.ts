import { describe, expect, it } from 'vitest';
import { buildRepairMessages, withSchemaInstructions } from './prompt-repair.ts';

const messages = { system: 'rules', user: 'Summarize.\n<account_data>{}</account_data>' };

describe('buildRepairMessages', () => {
  it('quotes the withheld statements and reasons after the same data, naming the sections to correct', () => {
    const repair = buildRepairMessages(messages, [
      { section: 'risks', text: 'ARR fell 40%.', evidence: ['attr.arr'], reasons: ['number 40% is not in the input'], round: 1 },
      { section: 'kpis', text: 'ARR: $1', evidence: ['attr.arr'], reasons: ['number 1 is not in the input'], round: 1 },
    ]);
    expect(repair.system).toBe('rules');
    expect(repair.user.startsWith(messages.user)).toBe(true);
    expect(repair.user).toContain('- risks: "ARR fell 40%." (number 40% is not in the input)');
    expect(repair.user).toContain('these sections only: risks.');
    expect(repair.user).not.toContain('ARR: $1');
  });

  it('caps what it quotes', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ section: 'overview' as const, text: `s${i}`, evidence: [], reasons: ['no evidence'], round: 1 as const }));
    const repair = buildRepairMessages(messages, items);
    expect(repair.user).toContain('- and 5 more');
    expect(repair.user).not.toContain('"s20"');
  });
});

describe('withSchemaInstructions', () => {
  it('puts the schema in the system message', () => {
    expect(withSchemaInstructions(messages, '{"type":"object"}').system).toMatch(/rules\n\nAnswer with one JSON object only.*\n\{"type":"object"\}$/s);
  });
});
