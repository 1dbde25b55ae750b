/**
 * Folding text for matching: NFKD with diacritics stripped, look-alike letters mapped to Latin,
 * invisible characters (zero-width spaces and joiners, soft hyphens, bidi marks) removed,
 * whitespace runs collapsed, and (in `lower`) case folded. Every folded character remembers
 * where it came from in the original, so a match found in the folded text replaces exactly the
 * original characters it covers — including any zero-width characters inside.
 */
import { confusables, extraInvisible } from './confusables.ts';

/** A folded text with its map back to the original. */
export interface FoldedText {
  /** The original text. */
  readonly original: string;
  /** Folded, case kept (for detectors that need capitals, e.g. names). */
  readonly soft: string;
  /** Folded and lower-cased; same length as `soft`. */
  readonly lower: string;
  /** For each folded character: where its source starts in `original`. */
  readonly start: readonly number[];
  /** For each folded character: where its source ends in `original`. */
  readonly end: readonly number[];
}

const cache = new Map<number, readonly [string, string]>();
const markRe = /\p{M}/gu;
const invisibleRe = /^\p{Cf}$/u;

function foldCodePoint(cp: number): readonly [string, string] {
  if (cp < 0x80) {
    const ch = String.fromCharCode(cp);
    return [ch, cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch];
  }
  const hit = cache.get(cp);
  if (hit) return hit;
  const ch = String.fromCodePoint(cp);
  let soft = '';
  if (!extraInvisible.has(cp) && !invisibleRe.test(ch)) {
    const mapped = confusables.get(ch) ?? ch;
    for (const c of mapped.normalize('NFKD').replace(markRe, '')) soft += confusables.get(c) ?? c;
  }
  let lower = '';
  let same = '';
  for (const c of soft) {
    const l = c.toLowerCase();
    // Keep lengths equal: a character whose lower case is longer keeps its case.
    lower += l.length === c.length ? l : c;
    same += c;
  }
  const result = [same, lower] as const;
  if (cache.size < 50_000) cache.set(cp, result);
  return result;
}

const spaceRe = /\s/;
const plainAsciiRe = /^(?:[\x21-\x7e]| (?! ))*$/;

/**
 * Folds a text for matching.
 *
 * @example
 * ```ts
 * foldText('Jо\u200Bhn  DOE').lower; // "john doe" (Cyrillic 'о', zero-width space, two spaces)
 * ```
 */
export function foldText(original: string): FoldedText {
  if (plainAsciiRe.test(original)) {
    // Printable ASCII with single spaces folds to itself: only the case changes.
    const start = Array.from({ length: original.length }, (_, i) => i);
    return { original, soft: original, lower: original.toLowerCase(), start, end: start.map((i) => i + 1) };
  }
  const soft: string[] = [];
  const lower: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const [s, l] = foldCodePoint(cp);
    if (s.length === 0 && end.length > 0) end[end.length - 1] = i + width; // marks, zero-width: absorbed
    for (let k = 0; k < s.length; k++) {
      const sc = s[k]!;
      if (spaceRe.test(sc)) {
        const last = soft.length - 1;
        if (last >= 0 && lower[last] === ' ') {
          // Collapse the run; a newline anywhere in it survives in `soft` (signatures need it).
          if (sc === '\n') soft[last] = '\n';
          end[last] = i + width;
          continue;
        }
        soft.push(sc === '\n' ? '\n' : ' ');
        lower.push(' ');
      } else {
        soft.push(sc);
        lower.push(l[k]!);
      }
      start.push(i);
      end.push(i + width);
    }
    i += width;
  }
  return { original, soft: soft.join(''), lower: lower.join(''), start, end };
}

/** Folds a text to its lower-case matching form only (for keys and known values). */
export function foldKey(text: string): string {
  return foldText(text).lower.trim();
}

/** The original span `[from, to)` of a folded span `[a, b)`. */
export function originalSpan(folded: FoldedText, a: number, b: number): [number, number] {
  return [folded.start[a]!, folded.end[b - 1]!];
}
