import { describe, expect, it } from 'vitest';
import { GenerationError } from '../contracts/summary-generator.ts';
import { findJsonObject, parseSummaryText, parseSummaryValue } from './output-schema-parse.ts';

const output = {
  kpis: [{ key: 'attr.arr', label: 'ARR', value: '$120,000' }],
  sections: { overview: [{ text: 'ACCOUNT_1 is a {big} customer.', evidence: ['account.name'] }], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] },
};
const json = JSON.stringify(output);

function kindOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof GenerationError ? error.kind : 'other';
  }
}

describe('parseSummaryText', () => {
  it.each([
    ['bare JSON', json],
    ['prose around it', `Sure! Here is the summary you asked for:\n${json}\nLet me know if you need more.`],
    ['a Markdown fence', `\`\`\`json\n${json}\n\`\`\``],
    ['a stray brace before it', `Note {draft}: ${json}`],
    ['wrapped under a name', JSON.stringify({ account_summary: output })],
  ])('reads %s', (_name, text) => {
    expect(parseSummaryText(text)).toEqual(output);
  });

  it('reads missing sections and KPIs as empty lists', () => {
    const parsed = parseSummaryText('{"sections": {"overview": [{"text": "a", "evidence": ["k"]}]}}');
    expect(parsed.kpis).toEqual([]);
    expect(parsed.sections.risks).toEqual([]);
    expect(parsed.sections.overview).toHaveLength(1);
  });

  it('reads sections written at the top level', () => {
    expect(parseSummaryValue({ overview: [{ text: 'a', evidence: ['k'] }] }).sections.overview).toEqual([{ text: 'a', evidence: ['k'] }]);
  });

  it('fails as invalid-json without a JSON object', () => {
    expect(kindOf(() => parseSummaryText('I could not write a summary.'))).toBe('invalid-json');
    expect(kindOf(() => parseSummaryText('{"kpis": [, oops'))).toBe('invalid-json');
  });

  it('fails as invalid-output naming the path when the JSON is not the schema', () => {
    expect(kindOf(() => parseSummaryText('{"kpis": "none", "sections": {}}'))).toBe('invalid-output');
    try {
      parseSummaryText('{"kpis": [], "sections": {"overview": [{"text": 3, "evidence": []}]}}');
    } catch (error) {
      expect((error as Error).message).toContain('/sections/overview/0/text');
    }
  });

  it('finds the first complete object, respecting strings', () => {
    expect(findJsonObject('x {"a": "}{"} y')).toBe('{"a": "}{"}');
    expect(findJsonObject('no json')).toBeNull();
  });
});
