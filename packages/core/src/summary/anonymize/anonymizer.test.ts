import { describe, expect, it } from 'vitest';
import { createAnonymizer } from './anonymizer.ts';
import { deanonymize, deanonymizeOutput } from './deanonymize.ts';
import { foldText } from './fold.ts';

const known = { accounts: ['Acme Corp GmbH'], people: ['Jane Doe', 'Jane Smith'], emails: ['jane.doe@acme.com'], phones: ['+1 (415) 555-0132'], domains: ['acme.com'] };

describe('fold', () => {
  it('folds case, accents, look-alikes, zero-width and spaces, keeping the map to the original', () => {
    const folded = foldText('J\u0430\u200Bné  DOE');
    expect(folded.lower).toBe('jane doe');
    expect(folded.soft).toBe('Jane DOE');
    expect(folded.original.slice(folded.start[5]!, folded.end[7]!)).toBe('DOE');
    expect(foldText('Straße').lower).toBe('strasse');
    expect(foldText('ＡＣＭＥ').lower).toBe('acme');
  });
});

describe('anonymizer', () => {
  it('replaces known values with stable pseudonyms, whatever their case or script', () => {
    const a = createAnonymizer(known);
    expect(a.text('Jane Doe met JANE DOE and J\u0430ne D\u043Ee')).toBe('PERSON_1 met PERSON_1 and PERSON_1');
    expect(a.text('Acme called; ACME CORP GMBH too')).toBe('ACCOUNT_1 called; ACCOUNT_1 too');
    expect(a.mapping()).toEqual({ PERSON_1: 'Jane Doe', ACCOUNT_1: 'Acme Corp GmbH' });
  });

  it('matches name parts only when capitalised and unambiguous', () => {
    const a = createAnonymizer({ ...known, people: ['Jane Doe', 'Ann Smith'] });
    expect(a.text('Doe said the doe ran; Smith agreed')).toBe('PERSON_1 said the doe ran; PERSON_2 agreed');
    const b = createAnonymizer(known);
    expect(b.text('Jane said')).toBe('Jane said'); // "Jane" belongs to two people
  });

  it('finds emails, phones, URLs, domains, IPs, IBANs, cards and names in free text', () => {
    const a = createAnonymizer(known);
    const out = a.text('Mail bob at example dot org, call +44 20 7946 0958, see https://x.example.com/a, globex.io, 10.0.0.1, IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111.\nBest regards,\nLars Eriksson');
    expect(out).toBe('Mail EMAIL_1, call PHONE_1, see URL_1, DOMAIN_1, IP_1, IBAN IBAN_1, card CARD_1.\nBest regards,\nPERSON_1');
  });

  it('leaves dates, amounts and plain words alone', () => {
    const a = createAnonymizer(known);
    for (const text of ['2026-03-15', 'renewal on 2026-03-15 for 120000 USD', 'Active users, daily mean, last 30 days', 'Health score (0–100)', 'v1.2.3 released']) {
      expect(a.text(text)).toBe(text);
    }
  });

  it('replaces text that looks like a pseudonym, so it cannot be restored into a name', () => {
    const a = createAnonymizer(known);
    const out = a.text('Jane Doe wrote PERSON_1 here');
    expect(out).toBe('PERSON_1 wrote PERSON_2 here');
    expect(deanonymize(out, a.mapping())).toBe('Jane Doe wrote PERSON_1 here');
  });

  it('restores text and whole outputs', () => {
    const mapping = { PERSON_1: 'Jane Doe', ACCOUNT_1: 'Acme' };
    expect(deanonymize('Ask Person_1 at ACCOUNT_1; PERSON_9 stays', mapping)).toBe('Ask Jane Doe at Acme; PERSON_9 stays');
    const output = deanonymizeOutput(
      { kpis: [{ key: 'account.name', label: 'Account', value: 'ACCOUNT_1' }], sections: { overview: [{ text: 'PERSON_1 leads.', evidence: ['team.csm'] }], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] } },
      mapping,
    );
    expect(output.kpis[0]!.value).toBe('Acme');
    expect(output.sections.overview[0]).toEqual({ text: 'Jane Doe leads.', evidence: ['team.csm'] });
  });
});
