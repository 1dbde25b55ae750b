/**
 * The anonymizer of one payload: replaces every identifier in a string by a stable pseudonym
 * and records the mapping back. Known identifiers from the data are matched first (see
 * `known-matcher.ts`); then patterns are detected in any string: emails, phone numbers, URLs,
 * domains, IP addresses, IBANs, card-like numbers, street addresses and person names by context. Where two
 * findings overlap, the longer wins (an email beats the domain inside it), then the known one.
 *
 * Text that already looks like a pseudonym (`PERSON_1` typed by someone) is itself replaced,
 * so `deanonymize` cannot turn it into a real name.
 */
import type { CountryCode } from 'libphonenumber-js';
import { detectEmails, detectPhones, defaultPhoneCountries } from './detect-contact.ts';
import { detectCards, detectIbans } from './detect-financial.ts';
import { detectNames } from './detect-names.ts';
import { detectAddresses } from './detect-address.ts';
import { detectDomains, detectIps, detectUrls } from './detect-network.ts';
import { resolveOverlaps, type Detection } from './detection.ts';
import { foldText, originalSpan, type FoldedText } from './fold.ts';
import type { KnownIdentifiers } from './known-identifiers.ts';
import { KnownMatcher } from './known-matcher.ts';
import { PseudonymRegistry, identifierKinds, pseudonymPattern, type AnonymizationMapping, type IdentifierKind } from './pseudonyms.ts';

/** Options of an anonymizer. */
export interface AnonymizerOptions {
  /** Countries whose national phone formats are recognised (international ones always are). */
  phoneCountries?: readonly CountryCode[];
}

// Dates and plain numbers need no analysis; a number with a leading zero ("07700.900461") may be a phone.
const plainRe = /^(?:\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|[-+]?(?:0|[1-9]\d{0,5})(?:[.,]\d{1,4})?%?)$/u;

function pseudonymLookAlikes(folded: FoldedText): Detection[] {
  const found: Detection[] = [];
  for (const m of folded.lower.matchAll(pseudonymPattern)) {
    const kind = m[0].slice(0, m[0].lastIndexOf('_')).toUpperCase() as IdentifierKind;
    if (!identifierKinds.includes(kind)) continue;
    found.push({ from: m.index, to: m.index + m[0].length, kind, key: `literal:${m[0]}`, rank: -1 });
  }
  return found;
}

/** Pattern findings depend on the text alone: shared by every anonymizer, bounded. */
const patternCache = new Map<string, { folded: FoldedText; found: readonly Detection[] }>();
const patternCacheSize = 20_000;

function analyse(value: string, countries: readonly CountryCode[]): { folded: FoldedText; found: readonly Detection[] } {
  const key = countries === defaultPhoneCountries ? value : `${countries.join(',')}\u0000${value}`;
  const hit = patternCache.get(key);
  if (hit) return hit;
  const folded = foldText(value);
  const found = [
    ...pseudonymLookAlikes(folded),
    ...detectEmails(folded),
    ...detectUrls(folded),
    ...detectIbans(folded),
    ...detectCards(folded),
    ...detectIps(folded),
    ...detectPhones(folded, countries),
    ...detectDomains(folded),
    ...detectAddresses(folded),
    ...detectNames(folded),
  ];
  if (patternCache.size >= patternCacheSize) patternCache.clear();
  const entry = { folded, found };
  patternCache.set(key, entry);
  return entry;
}

/** Anonymizes the strings of one payload, consistently. */
export class Anonymizer {
  readonly #matcher: KnownMatcher;
  readonly #registry = new PseudonymRegistry();
  readonly #cache = new Map<string, string>();
  readonly #phoneCountries: readonly CountryCode[];

  constructor(known: KnownIdentifiers, options: AnonymizerOptions = {}) {
    this.#matcher = new KnownMatcher(known);
    this.#phoneCountries = options.phoneCountries ?? defaultPhoneCountries;
  }

  /** The string with every identifier replaced by its pseudonym. */
  text(value: string): string {
    if (value.length === 0 || plainRe.test(value)) return value;
    const cached = this.#cache.get(value);
    if (cached !== undefined) return cached;
    const { folded, found } = analyse(value, this.#phoneCountries);
    const detections = resolveOverlaps([...this.#matcher.match(folded), ...found]);
    let out = '';
    let cursor = 0;
    for (const d of detections) {
      const [from, to] = originalSpan(folded, d.from, d.to);
      const original = value.slice(from, to);
      const canonical = d.canonical ?? this.#matcher.canonical.get(`${d.kind}:${d.key}`) ?? original;
      out += value.slice(cursor, from) + this.#registry.assign(d.kind, d.key, canonical);
      cursor = to;
    }
    out += value.slice(cursor);
    this.#cache.set(value, out);
    return out;
  }

  /** Pseudonym → real value, for every pseudonym handed out so far. */
  mapping(): AnonymizationMapping {
    return this.#registry.mapping();
  }
}

/**
 * Creates the anonymizer of one payload.
 *
 * @example
 * ```ts
 * const anonymizer = createAnonymizer(collectKnownIdentifiers(index, 'acme'));
 * anonymizer.text('Call Jane Doe at +44 20 7946 0958'); // "Call PERSON_1 at PHONE_1"
 * anonymizer.mapping(); // { PERSON_1: "Jane Doe", PHONE_1: "+44 20 7946 0958" }
 * ```
 */
export function createAnonymizer(known: KnownIdentifiers, options?: AnonymizerOptions): Anonymizer {
  return new Anonymizer(known, options);
}
