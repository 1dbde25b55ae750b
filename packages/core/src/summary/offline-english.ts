/**
 * Small rules of English the offline summary needs to read as written by a person: the
 * indefinite article by sound, not by letter ("an Ultimate parent", "a user group", "an hour",
 * "a one-off", "an MSP", "an 8-seat plan", "an ACCOUNT_1").
 */

/** Words starting with a vowel letter but a consonant sound. */
const consonantSound = /^(?:u(?:n[iy]|s[aeu]|r[aeiu]|t[aeio]|k|biq|vul)|eu|ewe|one(?![a-z])|once|uni)/i;
/** Words starting with a consonant letter but a vowel sound. */
const vowelSound = /^(?:hour|honou?r|honest|heir)/i;
/** Letters whose name starts with a vowel sound, for acronyms read letter by letter. */
const vowelLetters = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/**
 * "a" or "an" before a word.
 *
 * @example
 * ```ts
 * article('Ultimate parent'); // "an"
 * article('user group');      // "a"
 * article('MSP');             // "an"
 * ```
 */
export function article(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s-]/)[0] ?? '';
  if (!word) return 'a';
  if (/^\d/.test(word)) {
    // "an 8", "an 80", "an 11", "an 18,000": eight…, eleven…, eighteen… (by the leading group of three digits).
    const digits = word.replace(/[,.].*$/, '') === word ? (word.match(/^\d+/)?.[0] ?? '') : (word.match(/^\d{1,3}/)?.[0] ?? '');
    const lead = digits.length % 3 === 2 ? digits.slice(0, 2) : digits.slice(0, digits.length % 3 || 3);
    return digits.startsWith('8') || lead === '11' || lead === '18' ? 'an' : 'a';
  }
  // An acronym (all capitals, at least two letters, not a pseudonym written as a word) is read letter by letter.
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && !/_/.test(word) && /^\p{Lu}+$/u.test(letters))
    return vowelLetters.has(letters[0]!) ? 'an' : 'a';
  if (vowelSound.test(word)) return 'an';
  if (consonantSound.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
