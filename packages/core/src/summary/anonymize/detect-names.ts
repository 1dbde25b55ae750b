/**
 * Detector for person names the data does not know, from their context in free text:
 * after a greeting ("Hi Priya,", "Sehr geehrter Herr Müller", "Bonjour Amélie", "Hola Sofía"),
 * after a title ("Dr. Okafor", "Mme Laurent"), in a signature after a closing phrase
 * ("Best regards,\nLars Eriksson", "Mit freundlichen Grüßen\nJürgen Weiß", "-- Ana"), after
 * "with/from/by/cc" as a first and last name, and before a job title ("Mark Chen (CFO)").
 *
 * It needs capitalised names in Latin, Greek or Cyrillic script and runs on the case-kept
 * folded text. It misses names in other scripts without a known value, names in running text
 * without such a cue, and lower-case names.
 */
import { detectionRank, type Detection } from './detection.ts';
import { foldText, type FoldedText } from './fold.ts';

/** `[Hh][Ii]`-style pattern so a keyword matches in any case while names must be capitalised. */
function anyCase(words: readonly string[]): string {
  return [...new Set(words.map((w) => foldText(w).soft))]
    .map((w) =>
      [...w].map((c) => (c.toLowerCase() === c.toUpperCase() ? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join(''),
    )
    .join('|');
}

const greetings = anyCase([
  'hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'hallo', 'liebe', 'lieber', 'guten tag',
  'moin', 'servus', 'bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'chere', 'hola', 'buenos dias', 'buenos días',
  'estimado', 'estimada', 'querido', 'querida', 'olá', 'ola', 'prezado', 'prezada', 'ciao', 'buongiorno', 'gentile',
  'caro', 'cara', 'hej', 'hei', 'hoi', 'beste', 'geachte', 'witam', 'привет', 'здравствуйте', 'добрый день', 'уважаемый', 'уважаемая', 'thanks', 'thank you', 'merci', 'danke', 'gracias', 'grazie',
]);
const titles = anyCase([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'herr', 'frau', 'hr', 'fr', 'mme', 'mlle', 'monsieur',
  'madame', 'señor', 'señora', 'senor', 'senora', 'sr', 'sra', 'srta', 'dott', 'dottssa', 'sig', 'sigra', 'signor', 'signora', 'dhr', 'mevr',
]);
const closings = anyCase([
  'best', 'best regards', 'kind regards', 'warm regards', 'regards', 'thanks', 'many thanks', 'thank you', 'cheers',
  'sincerely', 'yours', 'yours sincerely', 'yours truly', 'all the best', 'mit freundlichen grüßen', 'mit freundlichen grussen',
  'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'lg', 'mfg', 'gruß', 'cordialement', 'bien à vous', 'bien cordialement',
  'amitiés', 'saludos', 'saludos cordiales', 'atentamente', 'un saludo', 'atenciosamente', 'abraços', 'cordiali saluti', 'distinti saluti',
  'un saluto', 'met vriendelijke groet', 'groeten', 'mvh', 'med vänlig hälsning', 'vänliga hälsningar', 'pozdrawiam', 's pozdravem', 'с уважением',
]);
const cues = anyCase(['with', 'from', 'by', 'cc', 'contact', 'spoke to', 'called', 'met', 'emailed', 'mit', 'avec', 'con', 'von', 'per']);
const roles = [...new Set(
  'CEO|CFO|CTO|COO|CIO|CMO|CRO|CISO|VP|SVP|EVP|Head|Director|Manager|Lead|Chief|Founder|Co-founder|Owner|President|Partner|Buyer|Procurement|Champion|Sponsor|Admin|Geschäftsführer|Leiter|Leiterin|Directeur|Directrice|Director|Directora|Gerente|Responsable|Jefe|Jefa'.split('|').map((w) => foldText(w).soft))].join('|');

const word = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*|\p{Lu}\p{Ll}?\.`;
const particle = String.raw`(?:van|von|der|den|de|la|le|del|della|da|di|du|dos|das|ten|ter|bin|al|el|zu)`;
const nameSeq = String.raw`(?:${word})(?:[ ](?:${particle}[ ])*(?:${word})){0,2}`;
const fullName = String.raw`(?:${word})(?:[ ](?:${particle}[ ])*(?:${word})){1,2}`;

/** A cheap test for a cue word, run before the costly pattern. */
const hint = (words: string) => new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`, 'u');

/** Each pattern with the hint that must match before it is tried. */
const patterns: readonly (readonly [RegExp, RegExp])[] = [
  [hint(greetings), new RegExp(String.raw`(?<![\p{L}])(?:${greetings})[ ,]+(?:(?:${titles})\.?[ ])?(${nameSeq})`, 'gu')],
  [hint(titles), new RegExp(String.raw`(?<![\p{L}])(?:${titles})\.?[ ](${nameSeq})`, 'gu')],
  [hint(closings), new RegExp(String.raw`(?<![\p{L}])(?:${closings})(?:[,!.][ \n]?|[ ]?\n)[ ]?(${nameSeq})`, 'gu')],
  [/(?:^|\n) ?(?:--|—|–)/, new RegExp(String.raw`(?:^|\n)[ ]?(?:--|—|–)[ ]?(${nameSeq})`, 'gu')],
  [hint(cues), new RegExp(String.raw`(?<![\p{L}])(?:${cues})[ ](${fullName})`, 'gu')],
  [hint(roles), new RegExp(String.raw`(?<![\p{L}])(${fullName})(?=[ ]?[,(/–-][ ]?(?:${roles})\b)`, 'gu')],
];

/** Capitalised words that follow those cues but are not names. */
const notNames = new Set(
  ('team all everyone there folks guys customer customers success support sales marketing product finance legal it ops ' +
    'the a an our your their this that we you they monday tuesday wednesday thursday friday saturday sunday january february ' +
    'march april may june july august september october november december q1 q2 q3 q4 qbr ebr kickoff onboarding renewal ' +
    'account accounts company admin admins board management leadership engineering procurement security it-team hr ' +
    'regards thanks best cheers kind note update call meeting email invoice contract sir madam').split(' '),
);

/** Finds person names by context in the case-kept folded text. */
export function detectNames(folded: FoldedText): Detection[] {
  const text = folded.soft;
  if (!/\p{Lu}/u.test(text)) return [];
  const found: Detection[] = [];
  for (const [cue, re] of patterns) {
    if (!cue.test(text)) continue;
    for (const m of text.matchAll(re)) {
      let name = m[1]!;
      const from = m.index + m[0].length - name.length;
      // Drop trailing capitalised words that are not names ("Hi Jane Thanks").
      const words = name.split(' ');
      while (words.length > 0 && notNames.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))) words.pop();
      if (words.length === 0 || notNames.has(words[0]!.toLowerCase())) continue;
      name = words.join(' ');
      if (name.replace(/[^\p{L}]/gu, '').length < 2) continue;
      found.push({ from, to: from + name.length, kind: 'PERSON', key: folded.lower.slice(from, from + name.length), rank: detectionRank.name });
    }
  }
  return found;
}
