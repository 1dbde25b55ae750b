/**
 * The anonymization recall corpus: identifying values of the kinds in Presidio's entity list
 * that a customer-success dataset carries — PERSON (names in many scripts and orders, with
 * diacritics), EMAIL_ADDRESS, PHONE_NUMBER (international, national, obfuscated with letters),
 * IBAN_CODE (with spaces), CREDIT_CARD, IP_ADDRESS, URL, DOMAIN_NAME (country-code TLDs such as
 * .co.uk, .com.au, .de), LOCATION as street addresses — and company names. All invented; phone
 * numbers in fictional ranges where a country has one, card numbers are test numbers.
 *
 * Each value comes with the fragments that must never leave the server (a name's parts, an
 * email's local part, a phone's last seven digits…), so a value that is only partly masked
 * still counts as leaked.
 */

/** A kind of identifying value. */
type RecallKind = 'person' | 'account' | 'email' | 'phone' | 'iban' | 'card' | 'ip' | 'url' | 'domain' | 'address';

/** One value of the corpus. */
export interface RecallValue {
  kind: RecallKind;
  /** The value as the data knows it (a contact's or account's name) or as written. */
  value: string;
  /** How free text writes it (another case or order for known names; the value otherwise). */
  written: string;
  /** Pieces that identify it: none may appear in anything that leaves the server. */
  fragments: string[];
}

const people: readonly [first: string, last: string][] = [
  ['Jürgen', 'Weißmann'], ['Zoë', 'Åkesson'], ['Amélie', 'Laurent-Dubois'], ['Søren', 'Kierkegaard'], ['Łukasz', 'Wiśniewski'],
  ['Ágnes', 'Kovács'], ['Jiří', 'Dvořák'], ['Ioana', 'Popescu'], ['Çağla', 'Öztürk'], ['Nguyễn', 'Thị Hương'],
  ['François', 'Lefèvre'], ['Björk', 'Guðmundsdóttir'], ['Mårten', 'Sjöberg'], ['Ignacio', 'Muñoz'], ['João', 'Gonçalves'],
  ['Siobhán', 'Ní Bhriain'], ['Žaneta', 'Horváthová'], ['Anaïs', 'Fontaine'], ['Dörte', 'Häberle'], ['Radosław', 'Żukowski'],
  ['Priyanka', 'Raghunathan'], ['Oluwaseun', 'Adeyemi'], ['Chidinma', 'Okonkwo'], ['Thandiwe', 'Mthembu'], ['Kwabena', 'Asante'],
  ['Haruto', 'Takahashi'], ['Minseo', 'Kwon'], ['Wenjing', 'Zhao'], ['Rustam', 'Nazarbayev'], ['Leilani', 'Kahananui'],
  ['Esperanza', 'Villaseñor'], ['Maximilian', 'Großkopf'], ['Théo', 'Mercier'], ['Aurélie', 'Brassard'], ['Giedrė', 'Petrauskaitė'],
  ['Kristjan', 'Tamm'], ['Tuğba', 'Yıldırım'], ['Dagný', 'Sigurðardóttir'], ['Vuk', 'Đorđević'], ['Mihály', 'Szőke'],
];
const scripts: readonly [first: string, last: string][] = [
  ['Дмитрий', 'Соколов'], ['Анастасия', 'Кузнецова'], ['Олександр', 'Шевченко'], ['Γιώργος', 'Παπαδόπουλος'], ['Ελένη', 'Νικολάου'],
  ['محمد', 'الحسيني'], ['فاطمة', 'الزهراء'], ['אברהם', 'כהן'], ['राहुल', 'वर्मा'], ['ประเสริฐ', 'ศรีสุข'],
];
const cjk: readonly string[] = ['山田太郎', '佐藤花子', '王小明', '李娜娜', '김민준', '박서연'];

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const nameParts = (...parts: string[]) => parts.flatMap((p) => p.split(/[\s-]+/)).filter((p) => p.length >= 3);

function persons(): RecallValue[] {
  const out: RecallValue[] = [];
  people.forEach(([first, last], i) => {
    const value = `${first} ${last}`;
    // Free text writes a known name in another case or order, or without its diacritics.
    const written = [`${last.toUpperCase()}, ${first}`, value.toLowerCase(), `${last} ${first}`, fold(value).replace(/\b\p{L}/gu, (c) => c.toUpperCase())][i % 4]!;
    out.push({ kind: 'person', value, written, fragments: nameParts(first, last) });
    // The same person written plainly, and in capitals.
    out.push({ kind: 'person', value, written: i % 2 ? value.toUpperCase() : value, fragments: nameParts(first, last) });
  });
  for (const [first, last] of scripts) {
    const value = `${first} ${last}`;
    out.push({ kind: 'person', value, written: value, fragments: nameParts(first, last) });
    out.push({ kind: 'person', value, written: `${last} ${first}`, fragments: nameParts(first, last) });
  }
  for (const value of cjk) out.push({ kind: 'person', value, written: value, fragments: [value] });
  return out;
}

const companies = [
  'Müller & Söhne Maschinenbau GmbH', 'Société Générale de Béton SAS', 'Øresund Logistik A/S', 'Zürcher Präzisionswerke AG', 'Kowalczyk Logistyka Sp. z o.o.',
  'Ångström Analytics AB', 'Nordlicht Versicherungen', 'Brightwater Holdings Ltd', 'Quixotic Widgets Inc', 'Fernández y Asociados S.L.',
  'Ōsaka Kōgyō KK', 'Pão de Queijo Alimentos Ltda', 'Hvítá Seafood ehf', 'Crnogorska Plovidba d.o.o.', 'Tarragona Vins Cooperativa',
  'Zephyrine Biotech', 'Kalimera Shipping S.A.', 'Blauwdruk Architecten B.V.', 'Vältorp Skogsbruk', 'Dunmore Whiskey Distillers',
];
function accounts(): RecallValue[] {
  return companies.flatMap((value, i) => {
    const base = value.replace(/\s+(?:GmbH|SAS|A\/S|AG|Sp\. z o\.o\.|AB|Ltd|Inc|S\.L\.|KK|Ltda|ehf|d\.o\.o\.|S\.A\.|B\.V\.)$/, '');
    const parts = base.split(/[\s&-]+/).filter((p) => p.length >= 5 && !/^(?:Holdings|Shipping|Logistik|Analytics|Seafood|Biotech|Cooperativa|Alimentos|Distillers|Versicherungen|Architecten|Maschinenbau|Widgets|Asociados)$/i.test(p));
    return [
      { kind: 'account' as const, value, written: value, fragments: parts },
      { kind: 'account' as const, value, written: i % 2 ? base.toUpperCase() : base.toLowerCase(), fragments: parts },
    ];
  });
}

const emailUsers = ['j.weissmann', 'zoe.akesson', 'priya+renewals', 'ops_team', "marc.o'neil", 'finance-ap', 'l.wisniewski', 'amelie', 'k.asante', 'h.takahashi'];
const emailHosts = ['acme-widgets.co.uk', 'brightwater.com.au', 'mueller-soehne.de', 'fontaine-conseil.fr', 'mail.kowalczyk.pl', 'oresund.dk', 'tarragonavins.es', 'sjoberg.se', 'quixotic.io', 'dunmore.ie'];
function emails(): RecallValue[] {
  const out: RecallValue[] = [];
  emailUsers.forEach((user, i) => {
    const host = emailHosts[i]!;
    const value = `${user}@${host}`;
    const local = user.replace(/\+.*$/, '');
    const dotted = host.replace(/\./g, ' dot ');
    for (const written of [value, value.toUpperCase(), `${user} at ${dotted}`, `${user} [at] ${host.replace(/\./g, '[.]')}`, `${user}(at)${host}`, `<${value}>`])
      out.push({ kind: 'email', value, written, fragments: [local.length >= 3 ? `${local}` : value] });
  });
  return out;
}

const phoneCases: readonly [written: string, digits: string][] = [
  ['+44 20 7946 0958', '79460958'], ['020 7946 0123', '79460123'], ['+44 (0)161 496 0754', '4960754'], ['07700 900461', '7700900461'],
  ['+1 (415) 555-0132', '5550132'], ['(212) 555-0187', '5550187'], ['415.555.0199', '5550199'], ['1-800-555-0110', '5550110'],
  ['+49 30 901820', '30901820'], ['030 90182077', '3090182077'], ['+49 (0) 89 1234 5678', '8912345678'], ['0171 2345678', '1712345678'],
  ['+33 1 23 45 67 89', '123456789'], ['01 98 76 54 32', '198765432'], ['+34 912 345 678', '912345678'], ['+39 06 1234 5678', '0612345678'],
  ['+31 20 555 1234', '205551234'], ['+46 8 123 456 78', '812345678'], ['+61 2 5550 1234', '255501234'], ['(02) 5550 4321', '255504321'],
  ['+81 3-1234-5678', '312345678'], ['+91 98765 43210', '9876543210'], ['+55 11 91234-5678', '11912345678'], ['+27 21 555 0123', '215550123'],
  ['0044 20 7946 0321', '79460321'], ['+353 1 555 0142', '15550142'], ['+41 44 668 18 00', '446681800'], ['+48 22 555 01 23', '225550123'],
  ['+1 604 555 0173 ext. 204', '6045550173'], ['+65 6555 0102', '65550102'],
];
/** Letters written for digits, as people obfuscate numbers in notes. */
const letterFor: Record<string, string> = { '0': 'O', '1': 'l', '5': 'S', '8': 'B' };
function phones(): RecallValue[] {
  const out: RecallValue[] = [];
  phoneCases.forEach(([value, digits], i) => {
    const core = digits.slice(-7);
    out.push({ kind: 'phone', value, written: value, fragments: [core] });
    const swapped = [...value].map((c, j) => (j > 4 && letterFor[c] && j % 2 === i % 2 ? letterFor[c] : c)).join('');
    out.push({ kind: 'phone', value, written: swapped, fragments: [core] });
    out.push({ kind: 'phone', value, written: value.replace(/[ ()-]/g, (c) => (c === ' ' ? '.' : c)), fragments: [core] });
  });
  return out;
}

const ibans = [
  'DE89 3704 0044 0532 0130 00', 'GB29 NWBK 6016 1331 9268 19', 'FR14 2004 1010 0505 0001 3M02 606', 'ES91 2100 0418 4502 0005 1332', 'IT60 X054 2811 1010 0000 0123 456',
  'NL91 ABNA 0417 1643 00', 'BE68 5390 0754 7034', 'CH93 0076 2011 6238 5295 7', 'AT61 1904 3002 3457 3201', 'SE45 5000 0000 0583 9825 7466',
  'PL61 1090 1014 0000 0712 1981 2874', 'IE29 AIBK 9311 5212 3456 78', 'DK50 0040 0440 1162 43', 'NO93 8601 1117 947', 'PT50 0002 0123 1234 5678 9015',
];
function ibanValues(): RecallValue[] {
  return ibans.flatMap((value) => {
    const compact = value.replace(/\s/g, '');
    const fragment = compact.slice(4, 12);
    return [
      { kind: 'iban' as const, value, written: value, fragments: [fragment] },
      { kind: 'iban' as const, value, written: compact, fragments: [fragment] },
      { kind: 'iban' as const, value, written: value.toLowerCase(), fragments: [fragment] },
    ];
  });
}

const cards = ['4111 1111 1111 1111', '5555 5555 5555 4444', '3782 822463 10005', '6011 1111 1111 1117', '4012 8888 8888 1881', '5105 1051 0510 5100', '3530 1113 3330 0000', '4000 0566 5566 5556'];
function cardValues(): RecallValue[] {
  return cards.flatMap((value) => {
    const digits = value.replace(/\D/g, '');
    return [
      { kind: 'card' as const, value, written: value, fragments: [digits.slice(4, 12)] },
      { kind: 'card' as const, value, written: value.replace(/ /g, '-'), fragments: [digits.slice(4, 12)] },
      { kind: 'card' as const, value, written: digits, fragments: [digits.slice(4, 12)] },
    ];
  });
}

const ips = ['192.168.14.27', '10.20.30.40', '203.0.113.77', '198.51.100.23', '172.16.254.1', '2001:db8:85a3::8a2e:370:7334', 'fe80::1ff:fe23:4567:890a', '2001:0db8:0000:0000:0000:ff00:0042:8329'];
function ipValues(): RecallValue[] {
  return ips.flatMap((value) => [
    { kind: 'ip' as const, value, written: value, fragments: [value] },
    { kind: 'ip' as const, value, written: value.includes(':') ? `[${value}]:8443` : `${value}:8080`, fragments: [value] },
  ]);
}

const urls = [
  'https://portal.acme-widgets.co.uk/tickets/4411', 'http://intranet.mueller-soehne.de/wiki/Rechnung', 'https://www.brightwater.com.au/contact?ref=csm',
  'https://fontaine-conseil.fr/rdv/amelie', 'https://status.quixotic.io/incidents/77', 'www.tarragonavins.es/botiga', 'https://kowalczyk.pl/faktury/2025/11',
  'https://app.zephyrine.bio/login', 'hxxps://dunmore.ie/orders', 'https://shop.oresund.dk/kurv', 'https://docs.google.com/document/d/1a2B3c4D5e6F7g8H',
  'https://calendly.com/priya-raghunathan/30min',
];
function urlValues(): RecallValue[] {
  return urls.flatMap((value) => {
    const host = value.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split('/')[0]!;
    const path = value.replace(/^[a-z]+:\/\//, '').slice(host.length + (value.includes('www.') ? 4 : 0));
    const fragments = [path.length > 4 ? path : host];
    return [
      { kind: 'url' as const, value, written: value, fragments },
      { kind: 'url' as const, value, written: `<${value}>`, fragments },
    ];
  });
}

const domainNames = [
  'acme-widgets.co.uk', 'brightwater.com.au', 'mueller-soehne.de', 'fontaine-conseil.fr', 'kowalczyk-logistyka.pl', 'oresund-logistik.dk',
  'tarragonavins.es', 'sjoberg-skog.se', 'zuercher-praezision.ch', 'nordlicht-versicherung.at', 'blauwdruk-architecten.nl', 'dunmore-distillers.ie',
  'osaka-kogyo.co.jp', 'paodequeijo.com.br', 'kalimera-shipping.gr', 'hvita-seafood.is', 'quixotic-widgets.co.nz', 'zephyrine.co.za',
  'villasenor.com.mx', 'raghunathan-tech.co.in', 'kwabena-farms.com.gh', 'tamm-metsad.ee', 'petrauskaite.lt', 'crnogorska.me',
  'lefevre-avocats.be', 'horvathova.sk', 'dvorak-stavby.cz', 'popescu-imobiliare.ro', 'takahashi-shoji.jp', 'kwon-trading.kr',
];
function domainValues(): RecallValue[] {
  return domainNames.flatMap((value) => {
    const label = value.split('.')[0]!;
    return [
      { kind: 'domain' as const, value, written: value, fragments: [label] },
      { kind: 'domain' as const, value, written: value.toUpperCase(), fragments: [label] },
    ];
  });
}

const addresses: readonly [value: string, fragment: string][] = [
  ['221B Baker Street, London NW1 6XE', 'Baker Street'], ['1600 Amphitheatre Parkway, Mountain View, CA 94043', 'Amphitheatre Parkway'],
  ['350 Fifth Avenue, New York, NY 10118', 'Fifth Avenue'], ['10 Downing St, London SW1A 2AA', 'Downing St'], ['742 Evergreen Terrace, Springfield', 'Evergreen Terrace'],
  ['Level 5, 100 George St, Sydney NSW 2000', 'George St'], ['48 Wellington Road, Auckland 1010', 'Wellington Road'], ['77 Massachusetts Ave, Cambridge, MA 02139', 'Massachusetts Ave'],
  ['Unter den Linden 77, 10117 Berlin', 'Unter den Linden 77'], ['Hauptstraße 5, 80331 München', 'Hauptstraße 5'], ['Königsallee 92a, 40212 Düsseldorf', 'Königsallee 92a'],
  ['Mariahilfer Str. 120, 1070 Wien', 'Mariahilfer Str. 120'], ['Bahnhofstrasse 45, 8001 Zürich', 'Bahnhofstrasse 45'], ['12 rue de la Paix, 75002 Paris', 'rue de la Paix'],
  ['3 avenue des Champs-Élysées, 75008 Paris', 'avenue des Champs'], ['Calle de Alcalá 48, 28014 Madrid', 'Calle de Alcalá 48'], ['Via del Corso 12, 00186 Roma', 'Via del Corso 12'],
  ['Rua Augusta 274, 1100-053 Lisboa', 'Rua Augusta 274'], ['Keizersgracht 123, 1015 CJ Amsterdam', 'Keizersgracht 123'], ['Drottninggatan 53, 111 21 Stockholm', 'Drottninggatan 53'],
  ['ul. Marszałkowska 84/92, 00-514 Warszawa', 'Marszałkowska 84'], ['Nørrebrogade 20, 2200 København', 'Nørrebrogade 20'], ['Avenida Paulista 1578, São Paulo', 'Avenida Paulista 1578'],
  ['15 Strand Street, Cape Town 8001', 'Strand Street'], ['9 Orchard Road, Singapore 238823', 'Orchard Road'], ['88 Queensway, Admiralty, Hong Kong', 'Queensway'],
  ['Rue Neuve 33, 1000 Bruxelles', 'Rue Neuve 33'], ['Váci utca 19, 1052 Budapest', 'Váci utca 19'], ['Karlova 25, 110 00 Praha', 'Karlova 25'],
  ['5 Grafton Street, Dublin 2, D02 Y006', 'Grafton Street'],
];
function addressValues(): RecallValue[] {
  return addresses.flatMap(([value, fragment]) => [
    { kind: 'address' as const, value, written: value, fragments: [fragment] },
    // As a signature or letterhead writes it, one part per line.
    { kind: 'address' as const, value, written: value.replace(/, /g, '\n'), fragments: [fragment] },
  ]);
}

/** The whole corpus. */
export const recallCorpus: readonly RecallValue[] = [
  ...persons(),
  ...accounts(),
  ...emails(),
  ...phones(),
  ...ibanValues(),
  ...cardValues(),
  ...ipValues(),
  ...urlValues(),
  ...domainValues(),
  ...addressValues(),
];
