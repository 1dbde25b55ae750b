/**
 * Lints the offline summary's text over 200 synthetic accounts (core's `generateDataset`): the
 * articles, singular and plural, no sentence said twice, no two statements citing the same data
 * point in opposite directions, and no number with more decimals than the elements show.
 * Quoted data (touchpoint subjects, task titles) is the data's own text and is not linted.
 */
import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import { generateDataset } from '../synthetic/generate-dataset.ts';
import { defaultSummaryConfig } from './config.ts';
import { checkFaithfulness } from './faithfulness.ts';
import { writeOfflineSummary } from './offline-generator.ts';
import { article } from './offline-english.ts';
import { summarySectionNames, type SummaryOutput } from './output-schema.ts';
import { prepareSummaryRequest } from './prepare-summary.ts';

const asOf = '2026-01-31T00:00:00Z';
const dataset = generateDataset({ seed: 7, accounts: 200, asOf });
const model = createDatasetModel(dataset);
const summaries = dataset.accounts.slice(0, 200).map((account) => {
  const prepared = prepareSummaryRequest(model, account.id, defaultSummaryConfig, asOf);
  return { id: account.id, payload: prepared.payload, output: writeOfflineSummary(prepared.payload) };
});

/** Statements and KPI lines of a summary, with quoted data blanked out. */
function lines(output: SummaryOutput): { text: string; evidence: string[] }[] {
  const unquote = (text: string) => text.replace(/"[^"]*"/g, '"…"');
  return [
    ...summarySectionNames.flatMap((name) => output.sections[name].map((s) => ({ text: unquote(s.text), evidence: s.evidence }))),
    ...output.kpis.map((k) => ({ text: `${k.label}: ${k.value}`, evidence: [k.key] })),
  ];
}

/** Problems of one text: articles, agreement, decimals. */
export function lintText(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_])(a|an|A|An) ([\p{L}\p{N}_][^\s,.;:)]*)/gu)) {
    const expected = article(m[2]!);
    if (m[1]!.toLowerCase() !== expected) problems.push(`article: "${m[0]}" should use "${expected}"`);
  }
  for (const m of text.matchAll(/(?<![\d.,])1 (tasks|touchpoints|days|direct sub-accounts|contacts|users|are|were)\b/g)) problems.push(`agreement: "${m[0]}"`);
  for (const m of text.matchAll(/(?<![\d.,-])(?:0|[2-9]|\d{2,}) (task|touchpoint|day|direct sub-account|contact)(?![s\w-])/g)) problems.push(`agreement: "${m[0]}"`);
  const withoutDates = text.replace(/\d{4}-\d{2}-\d{2}/g, 'DATE');
  for (const m of withoutDates.matchAll(/\d[\d,]*\.(\d+)/g)) if (m[1]!.length > 1) problems.push(`decimals: "${m[0]}" (at most one is shown)`);
  for (const m of withoutDates.matchAll(/[$€£¥](\d[\d,]*)\.\d+/g)) if (Number(m[1]!.replace(/,/g, '')) >= 100) problems.push(`decimals: "${m[0]}" (amounts of 100 or more are shown whole)`);
  for (const m of withoutDates.matchAll(/\d+\.\d+ (?:days?|of 100)/g)) problems.push(`decimals: "${m[0]}" (days and scores are shown whole)`);
  if (/\b(?:up|down) 0%/.test(text)) problems.push(`direction: "${text}" (a change that rounds to 0% has no direction)`);
  return problems;
}

const directions: Record<string, RegExp> = {
  up: /\b(?:up|rose|grew|increas\w*|improv\w*)\b/i,
  down: /\b(?:down|fell|declin\w*|decreas\w*|dropp\w*|trending down)\b/i,
  same: /\b(?:flat|unchanged|about the same|steady)\b/i,
};

describe('offline summary text over 200 synthetic accounts', () => {
  it('has 200 accounts, every section written, and stays faithful', () => {
    expect(summaries).toHaveLength(200);
    for (const { payload, output } of summaries) {
      expect(checkFaithfulness(output, payload).failures).toEqual([]);
      for (const name of summarySectionNames) expect(output.sections[name].length).toBeGreaterThan(0);
    }
  });

  it('uses the right article and number agreement, and no more decimals than the elements show', () => {
    const problems = summaries.flatMap(({ id, output }) => lines(output).flatMap((l) => lintText(l.text).map((p) => `${id}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it('never says the same sentence twice in a summary', () => {
    const problems: string[] = [];
    for (const { id, output } of summaries) {
      const seen = new Set<string>();
      for (const { text } of lines(output)) {
        for (const sentence of text.split(/(?<=[.!?])\s+/)) {
          const key = sentence.toLowerCase().replace(/\s+/g, ' ').trim();
          if (key.length > 3 && seen.has(key)) problems.push(`${id}: "${sentence}"`);
          seen.add(key);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never states opposite directions in two statements citing the same data point', () => {
    const problems: string[] = [];
    for (const { id, output } of summaries) {
      const byKey = new Map<string, Map<string, string>>();
      for (const { text, evidence } of lines(output)) {
        for (const key of evidence) {
          for (const [direction, re] of Object.entries(directions)) {
            if (!re.test(text)) continue;
            const seen = byKey.get(key) ?? new Map<string, string>();
            seen.set(direction, text);
            byKey.set(key, seen);
          }
        }
      }
      for (const [key, seen] of byKey) if (seen.size > 1) problems.push(`${id}: ${key}: ${[...seen.values()].join(' | ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('the lint itself catches each defect', () => {
    expect(lintText('ACCOUNT_1 is a Ultimate parent account.')).toHaveLength(1);
    expect(lintText('1 tasks are overdue.')).toHaveLength(1);
    expect(lintText('2 task are overdue.')).toHaveLength(1);
    expect(lintText('License utilization: 64.03%')).toHaveLength(1);
    expect(lintText('ARR: $120,000.40')).toHaveLength(2);
    expect(lintText('Active users (up 0%).')).toHaveLength(1);
    expect(lintText('Renewal is on 2026-03-06, in 64 days; health 71.5 of 100.')).toHaveLength(1);
  });
});
