/**
 * Detector for street addresses (Presidio's LOCATION, as a customer record writes it): a house
 * number and a street in the orders countries use —
 * - number first, English street types: "221B Baker Street", "350 Fifth Avenue", "100 George St";
 * - number first, French: "12 rue de la Paix", "3 avenue des Champs-Élysées";
 * - street type first, number after: "Calle de Alcalá 48", "Via del Corso 12", "Rua Augusta 274",
 *   "ul. Marszałkowska 84/92", "Váci utca 19", "Mariahilfer Str. 120", "88 Queensway";
 * - compound street names, number after: "Hauptstraße 5", "Keizersgracht 123", "Drottninggatan 53";
 * - any capitalised name and number followed by a postcode and a town: "Unter den Linden 77,
 *   10117 Berlin", "Karlova 25, 110 00 Praha".
 * A postcode and town that follow ("…, London NW1 6XE", "…, 75002 Paris") are taken with it.
 * Runs on the case-kept folded text (accents folded, so "Straße" reads "strasse").
 */
import { detectionRank, type Detection } from './detection.ts';
import type { FoldedText } from './fold.ts';

const number = String.raw`\d{1,5}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?`;
const cap = String.raw`\p{Lu}[\p{L}'’.-]*`;
const word = String.raw`[\p{L}'’.-]+`;
const englishTypes =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|terrace|parkway|pkwy|highway|hwy|close|crescent|cres|row|mews|gardens|grove|walk|quay|broadway';
const frenchTypes = 'rue|avenue|av|boulevard|bd|place|chemin|allee|impasse|quai|cours|route';
const typeFirst = 'calle|carrer|avenida|av|rua|via|viale|piazza|corso|largo|rue|paseo|plaza|praca|travessa|ul|ulica|al|aleja|utca|ut|str|strasse|stra|rruga|odos';
const compoundSuffix = 'strasse|str|gasse|weg|allee|platz|damm|ufer|gracht|straat|laan|plein|kade|gade|gatan|vagen|vej|veien|gata|torget|utca|ulica|katu';
const postcode = String.raw`(?:\p{Lu}{1,2}\d[\dA-Z]?\s?\d\p{Lu}{2}|\p{Lu}{2,3}\s\d{4,5}|\d{4,6}(?:\s\p{Lu}{2})?|\d{3}\s\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\p{Lu}\d{2}\s[\dA-Z]{4})(?![\p{L}\p{N}])`;
const town = String.raw`\p{Lu}[\p{L}'’-]+(?![\p{L}\p{N}'’-])(?:\s\p{Lu}[\p{L}'’-]+(?![\p{L}\p{N}'’-]))?`;
/** What may follow a street: ", town postcode" or ", postcode town", up to three such parts. */
const tail = String.raw`(?:[,\n]\s?(?:${postcode}(?:\s${town})?|${town}(?:\s${postcode})?|${town},\s${postcode})){0,3}`;

/** Both spellings of each word: as written in running text and capitalised ("street", "Street"). */
const eitherCase = (words: string) => words.split('|').flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|');
const streetPatterns: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])${number},?\s(?:${cap}\s){1,3}(?:${eitherCase(englishTypes)})\.?(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${number},?\s(?:${eitherCase(frenchTypes)})\s(?:(?:de la|de l'|du|des|de|d')\s?)?${cap}(?:[\s-]${word}){0,2}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${eitherCase(typeFirst)})\.?\s(?:(?:de la|del|de|da|do|dos|das|di|della|des|du)\s)?${cap}\s(?:${word}\s){0,2}${number}(?![\p{L}\p{N}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{L}{2,}?(?:${compoundSuffix})\.?\s${number}(?![\p{L}\p{N}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${cap}(?:\s(?:${cap}|den|der|de|la|el|di|da|van|von)){0,3}\s${number}(?=[,\n]\s?${postcode}\s${town})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${cap}\s(?:utca|ut|str|strasse|gasse|ulice|ter|weg|allee|platz)\.?\s${number}(?![\p{L}\p{N}])`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${number}\s\p{Lu}\p{L}+(?:way|gate)(?![\p{L}])`, 'gu'),
];
const tailRe = new RegExp(String.raw`^${tail}`, 'u');
/** Cheap test before the patterns: a number near a letter. */
const hintRe = /\d\s?\p{L}|\p{L}\.?\s\d/u;

/**
 * Finds street addresses in the case-kept folded text.
 *
 * @example
 * ```ts
 * detectAddresses(foldText('Ship to 221B Baker Street, London NW1 6XE')); // one ADDRESS span
 * ```
 */
export function detectAddresses(folded: FoldedText): Detection[] {
  const text = folded.soft;
  if (!hintRe.test(text)) return [];
  const found: Detection[] = [];
  for (const re of streetPatterns) {
    for (const m of text.matchAll(re)) {
      const rest = tailRe.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
      const to = m.index + m[0].length + rest.length;
      found.push({ from: m.index, to, kind: 'ADDRESS', key: folded.lower.slice(m.index, to).replace(/\s+/g, ' '), rank: detectionRank.address });
    }
  }
  return found;
}
