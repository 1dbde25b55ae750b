import { describe, expect, it } from 'vitest';
import { SectionStreamParser } from './section-stream-parser.ts';

const output = {
  kpis: [{ key: 'arr', label: 'ARR "annual"', value: '[1]' }],
  sections: {
    overview: [{ text: 'ACCOUNT_1 is a {big} customer, "quoted" \\ [x]', evidence: ['arr'] }],
    usageAndEngagement: [],
    interactions: [{ text: 'a', evidence: [] }, { text: 'b', evidence: ['x', 'y'] }],
    sentiment: [],
    risks: [],
    renewal: [],
    nextActions: [{ text: 'call', evidence: [] }],
  },
};

describe('SectionStreamParser', () => {
  it('emits every section once, in order, however the text is split', () => {
    const text = JSON.stringify(output, null, 1);
    for (const size of [1, 2, 7, 64, text.length]) {
      const seen: Array<[string, unknown]> = [];
      const parser = new SectionStreamParser((name, statements) => seen.push([name, statements]));
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
      expect(seen).toEqual(Object.entries(output.sections));
    }
  });

  it('emits a section as soon as its array closes, before the rest arrives', () => {
    const text = JSON.stringify(output);
    const cut = text.indexOf('"usageAndEngagement"');
    const seen: string[] = [];
    const parser = new SectionStreamParser((name) => seen.push(name));
    parser.push(text.slice(0, cut));
    expect(seen).toEqual(['overview']);
  });

  it('ignores arrays that are not sections and sections that are not statement lists', () => {
    const seen: string[] = [];
    const parser = new SectionStreamParser((name) => seen.push(name));
    parser.push('{"kpis":[],"other":{"overview":[{"text":"x","evidence":[]}]},"sections":{"risks":[1,2],"renewal":[]}}');
    expect(seen).toEqual(['renewal']);
  });
});
