/**
 * Detectors for contact details in free text: email addresses, in their plain and obfuscated
 * forms ("jane.doe at acme dot com", "jane[at]acme[dot]com", "jane%40acme.com", fullwidth "＠",
 * "arroba"/"punto"/"punkt"/"point"), and phone numbers in international and national formats.
 *
 * Phone numbers are found by libphonenumber-js (`findPhoneNumbersInText`, which validates the
 * number against the numbering plan of its country) for international numbers and national
 * numbers of common countries, plus a fallback for `00`-prefixed and trunk-prefixed numbers it
 * cannot place. Both run on the folded text, so fullwidth digits and zero-width characters
 * inside a number do not hide it.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { detectionRank, type Detection } from './detection.ts';
import type { FoldedText } from './fold.ts';

const local = String.raw`[\p{L}\p{N}_.%+'-]+`;
const at = String.raw`(?:\s?(?:@|%40|&#0*64;|&#x0*40;|&commat;)\s?|\s*[\[({<]\s*(?:at|arroba|chez|ät)\s*[\])}>]\s*|\s+(?:at|arroba)\s+|_at_)`;
const dot = String.raw`(?:\.|\s*[\[({<]\s*(?:dot|punkt|punto|point|\.)\s*[\])}>]\s*|\s+(?:dot|punkt|punto|point)\s+|_dot_)`;
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const emailRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.%+'-])(${local})${at}(${label}(?:${dot}${label})*)${dot}(\p{L}{2,24})(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`,
  'gu',
);
const dotRe = new RegExp(dot, 'gu');
const emailHint = /@|%40|&#|&commat;|\bat\b|arroba|chez|ät|_at_/;

/** Finds email addresses in the lower-case folded text. */
export function detectEmails(folded: FoldedText): Detection[] {
  const text = folded.lower;
  if (!emailHint.test(text)) return [];
  const found: Detection[] = [];
  for (const m of text.matchAll(emailRe)) {
    const domain = m[2]!.replace(dotRe, '.');
    found.push({
      from: m.index,
      to: m.index + m[0].length,
      kind: 'EMAIL',
      key: `${m[1]}@${domain}.${m[3]}`,
      rank: detectionRank.email,
    });
  }
  return found;
}

/** Countries whose national formats are tried, besides international (`+`) numbers. */
export const defaultPhoneCountries: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'IN', 'BR', 'JP', 'AU'];

const digitRe = /\d/g;
const isoDateRe = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;
const phoneCharsRe = /^[\d\s()+./-]+/;
// `+`/`00` international, or trunk-prefix national ("030 1234567", "(0)20 7946 0958").
const fallbackRe =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?[1-9]\d{0,3}|\(?0\d{1,4}\)?)(?:[\s./-]?\(?\d{1,5}\)?){2,6}(?![\p{N}])/gu;

const candidateRunRe = /[+(]?\d[\d\s()./-]{5,}\d/g;

/** At least 7 digits, and written like a phone number: `+`, `0` or `(` first, separators, or 10+ digits. */
function isPhoneShaped(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 && (/^[+0(]/.test(text) || /\d[\s./)-]+\d/.test(text) || digits >= 10) && !isoDateRe.test(text);
}

function digitCount(text: string): number {
  return text.match(digitRe)?.length ?? 0;
}

/** Letters people write for digits when they obfuscate a number ("+44 2O 7946 O958", "555-Ol32"). */
const letterDigits: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', S: '5', B: '8' };
const obfuscatedRunRe = /(?<![\p{L}\p{N}])[+(]?[\dOolISB](?:[\dOolISB]|[\s().\-/]{1,2}(?=[\dOolISB(]))*(?![\p{L}\p{N}])/gu;

/**
 * The text with letters written for digits read as digits, inside runs that are mostly digits
 * (at least five real ones, more digits than letters); same length, so spans stay valid.
 */
export function readObfuscatedDigits(text: string): string {
  if (!/[OolISB]/.test(text)) return text;
  return text.replace(obfuscatedRunRe, (run) => {
    const digits = run.match(/\d/g)?.length ?? 0;
    const letters = run.match(/[OolISB]/g)?.length ?? 0;
    if (letters === 0 || digits < 5 || letters >= digits) return run;
    return run.replace(/[OolISB]/g, (c) => letterDigits[c]!);
  });
}

/** Finds phone numbers in the folded text (case-kept form; digits are already ASCII; letters written for digits read as digits). */
export function detectPhones(folded: FoldedText, countries: readonly CountryCode[] = defaultPhoneCountries): Detection[] {
  const text = readObfuscatedDigits(folded.soft);
  if (digitCount(text.replace(/\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?/g, '')) < 7) return [];
  // Only text with a run that could be a formatted number is worth libphonenumber's time.
  const runs = text.match(candidateRunRe) ?? [];
  if (!runs.some((run) => isPhoneShaped(run.trim()))) return [];
  const found: Detection[] = [];
  const seen = new Set<string>();
  const add = (from: number, raw: string, key: string, minDigits: number) => {
    // libphonenumber may run on past the number ("555-0199; 0049"): keep the phone characters.
    const text = raw.match(phoneCharsRe)?.[0].replace(/[\s./(-]+$/, '') ?? '';
    if (text.replace(/\D/g, '').length < minDigits || !isPhoneShaped(text)) return;
    const id = `${from}:${text.length}`;
    if (seen.has(id)) return;
    seen.add(id);
    found.push({ from, to: from + text.length, kind: 'PHONE', key, rank: detectionRank.phone });
  };
  for (const country of [undefined, ...countries]) {
    const matches = country ? findPhoneNumbersInText(text, country) : findPhoneNumbersInText(text);
    for (const m of matches) add(m.startsAt, text.slice(m.startsAt, m.endsAt), m.number.number, 7);
  }
  for (const m of text.matchAll(fallbackRe)) {
    const digits = m[0].replace(/\D/g, '');
    add(m.index, m[0], m[0].startsWith('+') || m[0].startsWith('00') ? `+${digits.replace(/^00/, '')}` : digits, 8);
  }
  return found;
}
