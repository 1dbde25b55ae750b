/**
 * A corpus of personal data for the anonymization tests: realistic values of every kind the
 * anonymizer handles, in several languages and formats, including values split by case,
 * Unicode look-alikes, fullwidth forms and zero-width characters. Each case says whether the
 * data knows the value (a contact, user, account or domain) and what `deanonymize` restores.
 * All values are invented; phone numbers use fictional ranges where countries have them.
 */

/** One piece of personal data and how it appears. */
export interface PiiCase {
  /** The personal data exactly as it appears in the text. */
  value: string;
  kind: 'person' | 'account' | 'email' | 'phone' | 'url' | 'domain' | 'ip' | 'iban' | 'card';
  /** The text around it (`{}` is the value). */
  template: string;
  /** Registered in the dataset, so it is matched as a known value. */
  known?: { contact?: { name: string; email?: string; phone?: string }; user?: { name: string; email: string }; account?: string; domain?: string };
  /** What deanonymize restores, when not `value` itself (a variant restores to the known form). */
  restoresTo?: string;
}

const cyr: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', H: 'Н', K: 'К', M: 'М', T: 'Т' };
/** Swaps Latin letters for Cyrillic look-alikes (every other one that has a twin). */
const lookAlike = (s: string) => [...s].map((c, i) => (cyr[c] && i % 2 === 0 ? cyr[c] : c)).join('');
/** Inserts zero-width spaces, joiners and soft hyphens inside the value. */
const zeroWidth = (s: string) => [...s].map((c, i) => (i > 0 && i % 3 === 0 ? ['\u200B', '\u200C', '\u200D', '\u00AD', '\u2060'][i % 5]! + c : c)).join('');
const fullwidth = (s: string) => [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
const mixedCase = (s: string) => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');

const knownPeople = [
  'Jane Doe', 'Jürgen Weißmann', 'Amélie Laurent', 'Sofía Martínez', 'Giulia Romano', 'Lars Eriksson', 'Priya Raman',
  'Oluwaseun Adeyemi', 'Mateusz Kowalczyk', 'Chloé Dubois', 'Björn Lindqvist', 'Zoë Van der Berg', "Siobhán O'Connor",
  'José Álvarez', 'Ngozi Okafor', 'Иван Петров', 'Анна Смирнова', 'Γιώργος Παπαδόπουλος', '山田太郎', '王小明',
  'محمد العلي', 'राहुल शर्मा', 'Nguyễn Văn An', 'Kim Min-jun', 'Fatma Yılmaz', 'Søren Kierkegaard-Holm', 'Ewa Nowak',
  'Mark-Anthony Chen', 'Hannah Schröder', 'Tomasz Wiśniewski',
];
const variantPeople = ['Jane Doe', 'Jürgen Weißmann', 'Amélie Laurent', 'Priya Raman', 'Lars Eriksson', 'Hannah Schröder', 'Mark-Anthony Chen', 'Ngozi Okafor', 'Giulia Romano', 'Chloé Dubois'];
const greeted: readonly [string, string][] = [
  ['Hi {},\nthanks for the call today.', 'Priyanka'], ['Hello {}, following up on the invoice.', 'Marcus Webb'],
  ['Dear {},\nplease find the contract attached.', 'Eleanor Whitfield'], ['Dear Mr. {}, we received your request.', 'Okonkwo'],
  ['Dear Dr. {}, the pilot starts Monday.', 'Farah Siddiqui'], ['Hey {}! Quick question about SSO.', 'Tobias'],
  ['Hallo {}, danke für das Gespräch.', 'Jürgen'], ['Sehr geehrter Herr {}, anbei das Angebot.', 'Müller-Lüdenscheidt'],
  ['Sehr geehrte Frau {}, vielen Dank.', 'Schneider'], ['Liebe {}, kurze Rückfrage zur Rechnung.', 'Annika'],
  ['Bonjour {}, suite à notre échange.', 'Amélie'], ['Cher {}, merci pour votre retour.', 'Étienne Moreau'],
  ['Madame {}, veuillez trouver ci-joint.', 'Lefèvre'], ['Hola {}, gracias por la reunión.', 'Sofía'],
  ['Estimado {}, le envío la propuesta.', 'Joaquín Herrera'], ['Ciao {}, ti scrivo per il rinnovo.', 'Giulia'],
  ['Gentile {}, in allegato il preventivo.', 'Francesca Bianchi'], ['Olá {}, obrigado pelo retorno.', 'João Pedro'],
  ['Hej {}, tack för mötet.', 'Linnea'], ['Beste {}, bedankt voor het gesprek.', 'Daan de Vries'],
  ['Best regards,\n{}', 'Lars Eriksson-Berg'], ['Kind regards,\n{}\nHead of IT', 'Moira Delacroix'],
  ['Thanks,\n{}', 'Rupert Aldridge'], ['Cheers, {}', 'Declan'], ['Mit freundlichen Grüßen\n{}', 'Heinz-Peter Kuhn'],
  ['Cordialement,\n{}', 'Margaux Picard'], ['Saludos,\n{}', 'Valentina Ortega'], ['Cordiali saluti,\n{}', 'Alessandro Conti'],
  ['Met vriendelijke groet,\n{}', 'Pieter Jansen'], ['-- {}', 'Ines Barros'], ['Call with {} about the renewal.', 'Victor Ashworth'],
  ['Meeting with {} and the IT team.', 'Kwame Mensah'], ['Escalation from {} regarding downtime.', 'Yuki Tanaka'],
  ['cc {} on the next email', 'Harriet Lowell'], ['{} (CFO) approved the budget.', 'Dominic Farrow'],
  ['{}, VP Operations, wants a roadmap.', 'Imogen Blake'], ['Spoke to {} yesterday.', 'Rafael Quintero'],
  ['Привет {}, спасибо за встречу.', 'Дмитрий'], ['Здравствуйте, {}!', 'Ольга'], ['Dear Ms. {}, thank you.', 'Nakamura'],
];
const emails = [
  'jane.doe@acme.com', 'j.weissmann@acme-europe.de', 'priya.raman+renewals@globex.io', 'ops_team@initech.co.uk', 'marc.o\'neil@example.org',
  'amelie.laurent@societe-demo.fr', 'sofia.martinez@empresa.es', 'giulia.romano@azienda.it', 'lars.eriksson@foretag.se', 'ngozi@okafor.ng',
  'zoe.vdberg@bedrijf.nl', 'billing@umbrella-corp.com', 'security@stark.industries.com', 'it-admin@wayne-enterprises.net', 'ceo@tiny.ai',
  'jose.alvarez@correo.com.mx', 'support@hooli.xyz', 'first.last@subdomain.company.co', 'x@y.io', 'user123@mail.example.com',
  'hannah.schroeder@gmx.de', 'tomasz.w@poczta.pl', 'fatma.yilmaz@sirket.com.tr', 'kim.minjun@hoesa.co.kr', 'an.nguyen@congty.vn',
];
const obfuscatedEmails = [
  'jane.doe at acme dot com', 'jane.doe [at] acme [dot] com', 'jane.doe(at)acme(dot)com', 'priya {at} globex {dot} io', 'lars AT foretag DOT se',
  'sofia arroba empresa punto es', 'hannah at gmx punkt de', 'ops_at_initech_dot_co', 'billing%40umbrella-corp.com', 'ceo&#64;tiny.ai',
  'support @ hooli.xyz', 'amelie.laurent [at] societe-demo.fr', 'giulia.romano<at>azienda.it', 'marcus at webb dot co dot uk', 'info (at) beispiel (dot) de',
];
const phones = [
  '+1 415 555 0132', '+1 (212) 555-0147', '(415) 555-0199', '415.555.0123', '+44 20 7946 0958', '+44 7700 900123', '020 7946 0018',
  '+49 30 12345678', '+49 (0)89 1234 5678', '030 12345678', '0049 40 1234567', '+33 1 42 68 53 00', '01 42 68 53 01', '+33 6 12 34 56 78',
  '+34 912 345 678', '+39 06 1234 5678', '+31 20 123 4567', '+46 8 123 456 78', '+48 22 123 45 67', '+81 3-1234-5678', '+81 90-1234-5678',
  '+86 10 1234 5678', '+91 98765 43210', '+55 11 91234-5678', '+61 2 9876 5432', '+27 21 123 4567', '+971 4 123 4567', '+7 495 123-45-67',
  '+353 1 234 5678', '+1-800-555-0175',
];
const urls = [
  'https://acme.com/pricing?plan=enterprise', 'http://intranet.acme.local:8080/wiki', 'https://www.globex.io/team/priya-raman', 'www.initech.co.uk/contact',
  'https://calendly.com/jane-doe/30min', 'https://linkedin.com/in/lars-eriksson-123', 'hxxps://phish.example.com/login', 'https://drive.google.com/file/d/1AbCdEf/view',
  'https://acme.zendesk.com/agent/tickets/4521', 'ftp://files.umbrella-corp.com/export.csv', 'https://github.com/acme/secret-repo/issues/7', 'https://bücher.de/katalog',
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting', 'http://192.168.10.20/admin', 'https://zoom.us/j/98765432100',
];
const domains = [
  'acme-corp.io', 'globex.com', 'initech.co.uk', 'umbrella-corp.net', 'wayne-enterprises.com', 'stark.industries.com', 'hooli.xyz', 'societe-demo.fr',
  'empresa.es', 'bücher.de', 'acme[.]com', 'globex dot com', 'foretag.se', 'azienda.it', 'congty.vn',
];
const ips = ['10.0.0.12', '192.168.1.254', '172.16.254.1', '8.8.8.8', '203.0.113.42', '198.51.100.7', '2001:db8::1', 'fe80::1ff:fe23:4567:890a', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '::ffff:c000:0280', '100.64.0.1', '255.255.255.0'];
const ibans = [
  'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', 'FR14 2004 1010 0505 0001 3M02 606',
  'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332', 'IT60 X054 2811 1010 0000 0123 456', 'CH93 0076 2011 6238 5295 7', 'BE68 5390 0754 7034',
  'AT61 1904 3002 3457 3201', 'PL61 1090 1014 0000 0712 1981 2874',
];
const cards = ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '5500 0000 0000 0004', '5555555555554444', '3782 822463 10005', '378282246310005', '6011 1111 1111 1117', '3530111333300000', '4000 0566 5566 5556'];
const accounts = ['Globex Holdings plc', 'Müller & Söhne GmbH', 'Société Générale Démo SA', '株式会社サンプル', 'Umbrella Corp', 'Initech LLC', 'Hooli Inc.', 'Wayne Enterprises', 'Stark Industries AG', 'Ōkami Trading K.K.'];

const contexts = ['Update: {} — see thread', 'Note: {}', '{}', 'Follow-up ({}) pending', 'Re: {} / next steps'];
const ctx = (i: number) => contexts[i % contexts.length]!;

function build(): PiiCase[] {
  const cases: PiiCase[] = [];
  knownPeople.forEach((name, i) => cases.push({ value: name, kind: 'person', template: ctx(i), known: { contact: { name } } }));
  variantPeople.forEach((name, i) => {
    for (const variant of [name.toUpperCase(), name.toLowerCase(), mixedCase(name), lookAlike(name), zeroWidth(name), fullwidth(name)]) {
      cases.push({ value: variant, kind: 'person', template: ctx(i), known: { contact: { name } }, restoresTo: name });
    }
  });
  ['Dana Fischer', 'Sam Hughes', 'Kofi Boateng'].forEach((name, i) =>
    cases.push({ value: name, kind: 'person', template: `Owner ${ctx(i)}`, known: { user: { name, email: `user${i}@vendor.example` } } }),
  );
  for (const [template, name] of greeted) cases.push({ value: name, kind: 'person', template });
  emails.forEach((email, i) => cases.push({ value: email, kind: 'email', template: ctx(i) }));
  emails.slice(0, 6).forEach((email, i) => {
    const known = { contact: { name: `Contact ${String.fromCharCode(65 + i)}onnor`, email } };
    cases.push({ value: email.toUpperCase(), kind: 'email', template: ctx(i), known, restoresTo: email });
    cases.push({ value: zeroWidth(email), kind: 'email', template: ctx(i), known, restoresTo: email });
    cases.push({ value: fullwidth(email), kind: 'email', template: ctx(i), known, restoresTo: email });
  });
  // The base dataset knows jane.doe@acme.com and acme.com: their obfuscated forms restore to them.
  obfuscatedEmails.forEach((email, i) =>
    cases.push({ value: email, kind: 'email', template: `Write to ${ctx(i)}`, ...(email.startsWith('jane.doe') ? { restoresTo: 'jane.doe@acme.com' } : {}) }),
  );
  phones.forEach((phone, i) => cases.push({ value: phone, kind: 'phone', template: i % 2 ? `Tel. ${ctx(i)}` : ctx(i) }));
  phones.slice(0, 5).forEach((phone, i) => cases.push({ value: zeroWidth(phone), kind: 'phone', template: ctx(i), restoresTo: phone }));
  urls.forEach((url, i) => cases.push({ value: url, kind: 'url', template: ctx(i) }));
  domains.forEach((domain, i) => cases.push({ value: domain, kind: 'domain', template: `Site: ${ctx(i)}`, ...(domain === 'acme[.]com' ? { restoresTo: 'acme.com' } : {}) }));
  ['acme-corp.io', 'globex.com'].forEach((domain, i) => cases.push({ value: mixedCase(domain), kind: 'domain', template: ctx(i), known: { domain }, restoresTo: domain }));
  ips.forEach((ip, i) => cases.push({ value: ip, kind: 'ip', template: `Login from ${ctx(i)}` }));
  ibans.forEach((iban, i) => cases.push({ value: iban, kind: 'iban', template: `IBAN ${ctx(i)}` }));
  ibans.slice(0, 3).forEach((iban, i) => cases.push({ value: iban.toLowerCase(), kind: 'iban', template: ctx(i) }));
  cards.forEach((card, i) => cases.push({ value: card, kind: 'card', template: `Card ${ctx(i)}` }));
  accounts.forEach((name, i) => cases.push({ value: name, kind: 'account', template: ctx(i), known: { account: name } }));
  accounts.slice(0, 5).forEach((name, i) => {
    for (const variant of [name.toUpperCase(), lookAlike(name), zeroWidth(name)]) {
      cases.push({ value: variant, kind: 'account', template: ctx(i), known: { account: name }, restoresTo: name });
    }
  });
  return cases;
}

/** The corpus. */
export const piiCorpus: readonly PiiCase[] = build();
