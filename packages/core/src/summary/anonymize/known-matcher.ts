/**
 * Finds the known identifiers (see `known-identifiers.ts`) in a folded text: case-, accent-,
 * look-alike- and zero-width-insensitively, on word boundaries (except in scripts written
 * without spaces, such as Chinese and Japanese). Besides whole values it matches the parts a
 * text often uses alone — a person's first or last name, a company's name without its legal
 * form ("Acme" for "Acme Corp GmbH") — when they are capitalised in the text; a part shared by
 * two people is not matched alone.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { detectionRank, type Detection } from './detection.ts';
import { foldKey, type FoldedText } from './fold.ts';
import type { KnownIdentifiers } from './known-identifiers.ts';
import type { IdentifierKind } from './pseudonyms.ts';

/** One value to look for. */
interface KnownEntry {
  folded: string;
  kind: IdentifierKind;
  /** Registry key: the folded whole value (a part points at its whole). */
  key: string;
  canonical: string;
  /** Only match where the text starts with a capital (parts of names). */
  capitalized: boolean;
}

const noSpaceScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const wordRe = /[\p{L}\p{N}]+/gu;
const wordChar = /[\p{L}\p{N}]/u;
const legalForms =
  /(?:[ ,]+(?:inc|incorporated|corp|corporation|co|company|ltd|ltda|lda|limited|llc|llp|plc|gmbh|mbh|ag|kg|ohg|e\.?v|se|s\.?a|sas|s\.?a\.?s|sarl|s\.?r\.?l|s\.?l|s\.?p\.?a|b\.?v|n\.?v|ab|a\/s|as|asa|aps|oy|oyj|ehf|hf|d\.?o\.?o|s\.?r\.?o|sp\. z o\.o|kft|zrt|kk|pty|pvt|pte|bhd|sdn bhd|holding|holdings|group)\.?)+$/;
const commonWords = new Set('the and for with from new north south east west global international services solutions systems group partners'.split(' '));

/** Matches known identifiers; build once per payload. */
export class KnownMatcher {
  readonly #byFirstWord = new Map<string, KnownEntry[]>();
  readonly #scan: KnownEntry[] = [];
  /** `${kind}:${key}` → canonical value, for detections that hit a known value. */
  readonly canonical = new Map<string, string>();

  constructor(known: KnownIdentifiers) {
    const add = (kind: IdentifierKind, value: string) => {
      const folded = foldKey(value);
      if (folded.length < 2) return;
      this.#add({ folded, kind, key: folded, canonical: value, capitalized: false });
      return folded;
    };
    for (const value of known.emails) add('EMAIL', value);
    for (const value of known.domains) add('DOMAIN', value);
    for (const value of known.phones) {
      const folded = foldKey(value);
      if (folded.replace(/\D/g, '').length < 7) continue;
      const key = findPhoneNumbersInText(value)[0]?.number.number ?? folded.replace(/[^\d+]/g, '');
      this.#add({ folded, kind: 'PHONE', key, canonical: value, capitalized: false });
    }
    const partOwners = new Map<string, Set<string>>();
    const parts: { part: string; entry: KnownEntry }[] = [];
    const addParts = (kind: IdentifierKind, value: string, candidates: string[]) => {
      const key = add(kind, value);
      if (!key) return;
      for (const part of candidates) {
        if (part === key || part.length < 3 || commonWords.has(part)) continue;
        const owners = partOwners.get(part) ?? new Set<string>();
        owners.add(`${kind}:${key}`);
        partOwners.set(part, owners);
        // A single word must be capitalised in the text ("Acme", not "acme"); a core of two or more words ("quixotic widgets") is distinctive in any case.
        parts.push({ part, entry: { folded: part, kind, key, canonical: value, capitalized: kind === 'PERSON' || !part.includes(' ') } });
      }
    };
    for (const value of known.people) {
      const folded = foldKey(value);
      addParts('PERSON', value, folded.split(/[ ,]+/).filter((p) => !/[.]$/.test(p)));
    }
    for (const value of known.accounts) {
      const folded = foldKey(value);
      const core = folded.replace(legalForms, '').trim();
      addParts('ACCOUNT', value, [core]);
    }
    for (const { part, entry } of parts) {
      if (partOwners.get(part)!.size === 1 && !this.canonical.has(`PERSON:${part}`) && !this.canonical.has(`ACCOUNT:${part}`)) {
        this.#add(entry);
      }
    }
  }

  #add(entry: KnownEntry): void {
    if (!entry.capitalized) this.canonical.set(`${entry.kind}:${entry.key}`, entry.canonical);
    const first = entry.folded.match(/^[\p{L}\p{N}]+/u)?.[0];
    if (!first || noSpaceScript.test(entry.folded)) {
      this.#scan.push(entry);
      return;
    }
    const list = this.#byFirstWord.get(first);
    if (list) list.push(entry);
    else this.#byFirstWord.set(first, [entry]);
  }

  /** The known identifiers in a folded text. */
  match(folded: FoldedText): Detection[] {
    const text = folded.lower;
    const found: Detection[] = [];
    const accept = (entry: KnownEntry, from: number) => {
      const to = from + entry.folded.length;
      const last = entry.folded[entry.folded.length - 1]!;
      if (to < text.length && wordChar.test(text[to]!) && !noSpaceScript.test(last)) return;
      if (entry.capitalized) {
        const c = folded.soft[from]!;
        if (c !== c.toUpperCase()) return;
      }
      found.push({ from, to, kind: entry.kind, key: entry.key, canonical: entry.canonical, rank: detectionRank.known });
    };
    for (const m of text.matchAll(wordRe)) {
      const entries = this.#byFirstWord.get(m[0]);
      if (!entries) continue;
      for (const entry of entries) if (text.startsWith(entry.folded, m.index)) accept(entry, m.index);
    }
    for (const entry of this.#scan) {
      for (let at = text.indexOf(entry.folded); at >= 0; at = text.indexOf(entry.folded, at + 1)) {
        const first = entry.folded[0]!;
        if (at > 0 && wordChar.test(text[at - 1]!) && wordChar.test(first) && !noSpaceScript.test(first)) continue;
        accept(entry, at);
      }
    }
    return found;
  }
}
