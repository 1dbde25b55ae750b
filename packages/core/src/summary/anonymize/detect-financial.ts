/**
 * Detectors for financial identifiers in free text: IBANs (country code from the IBAN
 * registry, two check digits, 11–30 more characters, with or without spaces) and card-like
 * numbers (13–19 digits that pass the Luhn check or are written in groups of four). Checksums
 * are deliberately not required for IBANs: a mistyped IBAN is still personal data.
 */
import { detectionRank, type Detection } from './detection.ts';
import type { FoldedText } from './fold.ts';

const ibanCountries = new Set(
  ('ad ae al at az ba be bg bh br by ch cr cy cz de dk do ee eg es fi fo fr gb ge gi gl gr gt hr hu ie il iq is it jo kw kz lb lc li lt lu lv ' +
    'ly mc md me mk mr mt mu nl no pk pl ps pt qa ro rs ru sa sc sd se si sk sm so st sv tl tn tr ua va vg xk').split(' '),
);
const ibanRe = /(?<![\p{L}\p{N}])([a-z]{2})(\d{2})((?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,4})?)(?![\p{L}\p{N}])/gu;

/** Finds IBANs. */
export function detectIbans(folded: FoldedText): Detection[] {
  const text = folded.lower;
  const found: Detection[] = [];
  for (const m of text.matchAll(ibanRe)) {
    if (!ibanCountries.has(m[1]!)) continue;
    const compact = m[0].replace(/[ -]/g, '');
    if (compact.length < 15 || compact.length > 34 || !/\d{6}/.test(compact.slice(4).replace(/[a-z]/g, ''))) continue;
    found.push({ from: m.index, to: m.index + m[0].length, kind: 'IBAN', key: compact, rank: detectionRank.iban });
  }
  return found;
}

const cardRe = /(?<![\p{N}])\d(?:[ -]?\d){12,18}(?![\p{N}])/gu;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Finds card-like numbers. */
export function detectCards(folded: FoldedText): Detection[] {
  const text = folded.lower;
  const found: Detection[] = [];
  for (const m of text.matchAll(cardRe)) {
    const digits = m[0].replace(/\D/g, '');
    const grouped = /^\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?$/.test(m[0]);
    if (!grouped && !luhn(digits)) continue;
    found.push({ from: m.index, to: m.index + m[0].length, kind: 'CARD', key: digits, rank: detectionRank.card });
  }
  return found;
}
