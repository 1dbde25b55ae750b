/**
 * Plants the recall corpus in a dataset, one account per value, in every slot a dataset has
 * that can carry text: the account's or a contact's name (for names, which the data then
 * knows), a custom string attribute, an enum attribute, a system attribute, a health string
 * attribute, a lifecycle stage, an attribute change, a touchpoint subject and an overdue task
 * title. `leakedFragments` tells which of a value's identifying fragments appear in a text
 * (case-, accent- and look-alike-insensitively; digits also through letters written for
 * digits and any separators).
 */
import type { DatasetInput } from '../../../dataset/schema.ts';
import { smallAsOf, smallDatasetInput } from '../../__fixtures__/small-dataset.ts';
import { foldKey } from '../fold.ts';
import type { RecallValue } from './recall-corpus.ts';

/** The account a value is planted in. */
export const recallAccountId = (i: number) => `v-${i}`;

const day = (n: number) => new Date(Date.parse(smallAsOf) - n * 86_400_000).toISOString();

/** Free-text slots of one account, each with the text it carries. */
function slots(written: string): Record<string, string> {
  return {
    notes: `Notes from the call: ${written} is the person to ask.`,
    tier: written,
    crmId: written,
    escalation: `Escalated by ${written}`,
    lifecycle: written,
    change: `Owner was ${written}`,
    touchpoint: `Call about ${written}`,
    task: `Follow up with ${written}`,
  };
}

/**
 * A dataset with every corpus value planted in its own account (`v-<index>`).
 *
 * @example
 * ```ts
 * const dataset = recallDataset(recallCorpus);
 * ```
 */
export function recallDataset(corpus: readonly RecallValue[]): DatasetInput {
  const d = smallDatasetInput();
  d.attributes.push({ key: 'escalation', label: 'Open escalation', type: 'string', category: 'health' });
  d.contacts ??= [];
  d.touchpoints ??= [];
  d.tasks ??= [];
  d.attributeHistory ??= [];
  corpus.forEach((v, i) => {
    const id = recallAccountId(i);
    const text = slots(v.written);
    d.accounts.push({
      id,
      name: v.kind === 'account' ? v.value : `Customer number ${i}`,
      typeId: 'product',
      parentId: 'acme',
      attributes: { notes: text.notes!, tier: text.tier!, crmId: text.crmId!, escalation: text.escalation!, arr: 1000 + i },
      lifecycle: { journey: text.lifecycle! },
    });
    if (v.kind === 'person') d.contacts!.push({ id: `c-${id}`, name: v.value, accountIds: [id] });
    d.touchpoints!.push({ id: `tp-${id}`, accountId: id, userId: 'u1', flow: 'support', type: 'email', at: day(2), subject: text.touchpoint! });
    d.tasks!.push({ id: `k-${id}`, accountId: id, userId: 'u1', flow: 'support', title: text.task!, dueAt: day(4), completedAt: null });
    d.attributeHistory!.push({ accountId: id, key: 'notes', at: day(3), old: text.change!, new: 'Key account' });
  });
  return d;
}

const letterDigits: Record<string, string> = { o: '0', O: '0', l: '1', I: '1', S: '5', B: '8' };

/** Digit runs of a text, letters written for digits read as digits and separators dropped. */
function digitRuns(text: string): string[] {
  const runs = text.match(/[\dOolISB](?:[\dOolISB]|[\s().\-/]{1,2}(?=[\dOolISB]))*/g) ?? [];
  return runs.map((run) => run.replace(/[\s().\-/]/g, '').replace(/[OolISB]/g, (c) => letterDigits[c]!)).filter((run) => /\d{3}/.test(run));
}

/** A text prepared once for checking many values against it. */
export interface LeakText {
  folded: string;
  compact: string;
  runs: string[];
}

/** Prepares a text for `leakedFragments` (fold it, its digit runs) once. */
export function leakText(text: string): LeakText {
  const folded = foldKey(text);
  return { folded, compact: folded.replace(/\s+/g, ''), runs: digitRuns(text) };
}

/**
 * The fragments of a value that appear in a text (empty when nothing identifying leaked).
 *
 * @example
 * ```ts
 * leakedFragments('Call PERSON_1 at PHONE_1', value); // []
 * ```
 */
export function leakedFragments(text: string | LeakText, value: RecallValue): string[] {
  const { folded, compact, runs } = typeof text === 'string' ? leakText(text) : text;
  return value.fragments.filter((fragment) => {
    if (/^\d+$/.test(fragment)) return runs.some((run) => run.includes(fragment));
    const f = foldKey(fragment);
    if (/[\p{L}\p{N}]/u.test(f) && !/[^\p{L}\p{N}\s'’-]/u.test(f)) {
      // Words: on word boundaries (a name part "Tamm" is not in "Tammy", but is in "tamm,").
      const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (folded.includes(f) && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(folded)) return true;
      // Scripts without spaces between words, and codes however the text spaces them ("NWBK 6016").
      if (!/\s/.test(f) && /[^\p{Script=Latin}\p{N}]/u.test(f) && folded.includes(f)) return true;
      return /\d/.test(f) && compact.includes(f.replace(/\s+/g, ''));
    }
    // Codes (IBANs, URLs, addresses): also with the spacing taken out, however the text spaces them.
    return folded.includes(f) || compact.includes(f.replace(/\s+/g, ''));
  });
}
