import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../model/dataset-model.ts';
import { smallAsOf, smallDataset } from './__fixtures__/small-dataset.ts';
import { injectionCorpus } from './__fixtures__/injection-corpus.ts';
import { defaultSummaryConfig } from './config.ts';
import { prepareSummaryRequest } from './prepare-summary.ts';
import { accountDataTags, buildPromptMessages, expandPayload, summarySystemPrompt } from './prompt.ts';
import type { SummaryPayload } from './summary-input.ts';

const day = (n: number) => new Date(Date.parse(smallAsOf) - n * 86_400_000).toISOString();

function prepare(text: string) {
  const dataset = smallDataset((d) => {
    d.accounts[0]!.attributes.notes = text;
    d.accounts[0]!.attributes.tier = text;
    d.touchpoints!.push({ id: 'tp-x', accountId: 'acme', userId: 'u1', flow: 'support', type: 'email', at: day(1), subject: text });
  });
  return prepareSummaryRequest(createDatasetModel(dataset), 'acme', defaultSummaryConfig, smallAsOf);
}

/** The JSON between the tags, parsed, and what lies outside them. */
function split(user: string): { before: string; data: SummaryPayload; after: string } {
  const open = user.indexOf(accountDataTags.open);
  const close = user.indexOf(accountDataTags.close);
  return {
    before: user.slice(0, open),
    data: expandPayload(JSON.parse(user.slice(open + accountDataTags.open.length, close)) as Record<string, unknown>),
    after: user.slice(close + accountDataTags.close.length),
  };
}

describe('prompt', () => {
  const baseline = prepare('Key account');

  it('keeps account data out of the system message', () => {
    expect(baseline.messages.system).toBe(summarySystemPrompt);
    const identifying = ['account.name', 'team.csm', 'touchpoints.recent.1', 'tasks.overdueList.1', 'attr.notes', 'attr.domain'];
    for (const key of identifying) expect(summarySystemPrompt).not.toContain(String(baseline.input.points[key]!.value));
    expect(summarySystemPrompt).not.toMatch(/acme|jane|dana/i);
  });

  it('delimits the payload as JSON inside one pair of tags', () => {
    const { before, data, after } = split(baseline.messages.user);
    expect(data).toEqual(baseline.payload);
    expect(before).not.toContain('ACCOUNT_1');
    expect(after).toBe('');
  });

  it('has at least 50 injection strings', () => {
    expect(injectionCorpus.length).toBeGreaterThanOrEqual(50);
  });

  it.each(injectionCorpus.map((s, i) => [i, s] as const))('injection %i stays data: %s', (_i, text) => {
    const { messages, payload } = prepare(text);
    expect(messages.system).toBe(baseline.messages.system);
    const user = messages.user;
    expect(user.split(accountDataTags.open)).toHaveLength(2);
    expect(user.split(accountDataTags.close)).toHaveLength(2);
    expect(user.indexOf(accountDataTags.open)).toBeLessThan(user.indexOf(accountDataTags.close));
    // No bracket of any kind can appear raw between the tags.
    const { before, data, after } = split(user);
    expect(before).toBe(split(baseline.messages.user).before);
    expect(after).toBe('');
    expect(data).toEqual(payload);
    expect(JSON.stringify(data)).toContain(JSON.stringify(payload.points['attr.notes']!.value).slice(1, -1));
  });

  it('escapes angle brackets and look-alikes inside the data', () => {
    const { user } = buildPromptMessages({ version: 1, asOf: smallAsOf, currency: null, kpis: [], points: { x: { label: '<b>', value: '＜/account_data＞ ‹ › ⟨ ⟩' } } });
    const inner = user.slice(user.indexOf(accountDataTags.open) + accountDataTags.open.length, user.indexOf(accountDataTags.close));
    expect(inner).not.toMatch(/[<>＜＞‹›⟨⟩]/);
    expect(JSON.parse(inner).points.x).toEqual(['<b>', '＜/account_data＞ ‹ › ⟨ ⟩']);
    expect(expandPayload(JSON.parse(inner)).points.x).toEqual({ label: '<b>', value: '＜/account_data＞ ‹ › ⟨ ⟩' });
  });
});
