import { describe, expect, it } from 'vitest';
import { createDatasetModel } from '../../model/dataset-model.ts';
import type { DatasetInput } from '../../dataset/schema.ts';
import { smallAsOf, smallDataset } from '../__fixtures__/small-dataset.ts';
import { defaultSummaryConfig } from '../config.ts';
import { prepareSummaryRequest } from '../prepare-summary.ts';
import type { SummaryPayload } from '../summary-input.ts';
import { piiCorpus, type PiiCase } from './__fixtures__/pii-corpus.ts';
import { deanonymize } from './deanonymize.ts';
import { foldKey } from './fold.ts';

const day = (n: number) => new Date(Date.parse(smallAsOf) - n * 86_400_000).toISOString();

/** Where a value is put: attributes of every type that holds text, and every free-text field. */
const locations: readonly { name: string; place: (d: DatasetInput, text: string) => void }[] = [
  { name: 'custom string attribute', place: (d, t) => void (d.accounts[0]!.attributes.notes = t) },
  { name: 'enum attribute', place: (d, t) => void (d.accounts[0]!.attributes.tier = t) },
  { name: 'system attribute', place: (d, t) => void (d.accounts[0]!.attributes.crmId = t) },
  { name: 'health string attribute', place: (d, t) => void (d.accounts[0]!.attributes.escalation = t) },
  { name: 'touchpoint subject', place: (d, t) => void d.touchpoints!.push({ id: 'tp-x', accountId: 'acme', userId: 'u1', flow: 'support', type: 'email', at: day(1), subject: t }) },
  { name: 'task title', place: (d, t) => void d.tasks!.push({ id: 'k-x', accountId: 'acme', userId: 'u1', flow: 'support', title: t, dueAt: day(40), completedAt: null }) },
  { name: 'attribute change', place: (d, t) => void d.attributeHistory!.push({ accountId: 'acme', key: 'notes', at: day(2), old: t, new: 'Key account' }) },
  { name: 'lifecycle stage', place: (d, t) => void (d.accounts[0]!.lifecycle = { journey: t }) },
];

function register(d: DatasetInput, c: PiiCase): void {
  d.attributes.push({ key: 'escalation', label: 'Open escalation', type: 'string', category: 'health' });
  const { contact, user, account, domain } = c.known ?? {};
  if (contact) d.contacts!.push({ id: 'c-x', accountIds: ['acme'], ...contact });
  if (user) d.users!.push({ id: 'u-x', seat: 'viewer', ...user });
  if (account) d.accounts.push({ id: 'a-x', name: account, typeId: 'product', parentId: 'acme', attributes: {} });
  if (domain) d.accounts[0]!.attributes.domain = domain;
}

function strings(payload: SummaryPayload): string[] {
  return Object.values(payload.points).flatMap((p) => [p.label, ...(typeof p.value === 'string' ? [p.value] : [])]);
}

function run(c: PiiCase, i: number) {
  const location = locations[i % locations.length]!;
  const text = c.template.replace('{}', c.value);
  const dataset = smallDataset((d) => {
    register(d, c);
    location.place(d, text);
  });
  const prepared = prepareSummaryRequest(createDatasetModel(dataset), 'acme', defaultSummaryConfig, smallAsOf);
  const placed = strings(prepared.input).some((s) => s.includes(c.value));
  const sent = strings(prepared.payload).join('\n');
  const restored = strings(prepared.payload).map((s) => deanonymize(s, prepared.mapping)).join('\n');
  return {
    location: location.name,
    placed,
    leaked: sent.includes(c.value) || foldKey(sent).includes(foldKey(c.value)),
    // Exact, or (for variants) the same text once folded: zero-width characters may come back.
    restored: restored.includes(c.restoresTo ?? c.value) || foldKey(restored).includes(foldKey(c.restoresTo ?? c.value)),
    userMessageLeaks: prepared.messages.user.includes(c.value),
  };
}

describe('PII corpus', () => {
  it('has at least 300 values of every kind', () => {
    expect(piiCorpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(piiCorpus.map((c) => c.kind))).toEqual(new Set(['person', 'account', 'email', 'phone', 'url', 'domain', 'ip', 'iban', 'card']));
  });

  const kinds = [...new Set(piiCorpus.map((c) => c.kind))];
  it.each(kinds)('%s values never reach the payload and are all restored', (kind) => {
    const failures: string[] = [];
    piiCorpus.forEach((c, i) => {
      if (c.kind !== kind) return;
      const r = run(c, i);
      if (!r.placed) failures.push(`${JSON.stringify(c.value)} was not placed (${r.location})`);
      if (r.leaked || r.userMessageLeaks) failures.push(`${JSON.stringify(c.value)} leaked (${r.location})`);
      if (!r.restored) failures.push(`${JSON.stringify(c.value)} not restored (${r.location})`);
    });
    expect(failures).toEqual([]);
  });
});
