/**
 * Look-alike characters folded to the Latin letter they imitate, so a known name typed (or
 * planted) with a Cyrillic 'а' or a Greek 'ο' still matches. A hand-picked subset of Unicode's
 * confusables list (UTS #39): the Cyrillic and Greek letters that render like Latin ones in
 * common fonts, plus a few Latin letters that NFKD does not decompose (ß, ø, ł, æ…).
 * Fullwidth, mathematical and circled letters need no entry: NFKD already folds them.
 */

const pairs: readonly (readonly [string, string])[] = [
  // Cyrillic lower case
  ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['һ', 'h'], ['і', 'i'], ['ї', 'i'], ['ј', 'j'], ['к', 'k'],
  ['м', 'm'], ['н', 'h'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'],
  ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ӏ', 'l'], ['ɡ', 'g'], ['ү', 'y'], ['ᴦ', 'r'],
  // Cyrillic upper case
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['Ё', 'E'], ['Һ', 'H'], ['І', 'I'], ['Ї', 'I'], ['Ј', 'J'], ['К', 'K'],
  ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'], ['С', 'C'], ['Т', 'T'], ['У', 'Y'], ['Х', 'X'], ['Ѕ', 'S'],
  ['Ԁ', 'D'], ['Ԛ', 'Q'], ['Ԝ', 'W'], ['Ӏ', 'I'], ['Ү', 'Y'],
  // Greek
  ['α', 'a'], ['ο', 'o'], ['ρ', 'p'], ['ν', 'v'], ['ι', 'i'], ['κ', 'k'], ['χ', 'x'], ['υ', 'u'], ['ϲ', 'c'],
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'], ['Ν', 'N'],
  ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'], ['Ϲ', 'C'],
  // Latin letters NFKD keeps whole
  ['ß', 'ss'], ['ẞ', 'SS'], ['ø', 'o'], ['Ø', 'O'], ['ł', 'l'], ['Ł', 'L'], ['đ', 'd'], ['Đ', 'D'], ['ı', 'i'],
  ['æ', 'ae'], ['Æ', 'AE'], ['œ', 'oe'], ['Œ', 'OE'], ['ð', 'd'], ['Ð', 'D'], ['þ', 'th'], ['Þ', 'TH'],
  ['ƒ', 'f'], ['ɑ', 'a'], ['ɩ', 'i'], ['ʏ', 'y'],
  // Look-alikes of '@' and '.' that NFKD leaves alone
  ['＠', '@'], ['﹫', '@'], ['。', '.'], ['․', '.'], ['﹒', '.'],
];

/** Look-alike character → the Latin text it imitates. */
export const confusables: ReadonlyMap<string, string> = new Map(pairs);

/** Invisible characters outside Unicode's `Cf` category that still hide inside words. */
export const extraInvisible: ReadonlySet<number> = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x180e, 0x034f]);
