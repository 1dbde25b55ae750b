/**
 * Detectors for network identifiers in free text: URLs (`https://…`, `www.…`, defanged
 * `hxxps://`), domain names (with a curated TLD list, also defanged `acme[.]com` and
 * `acme dot com`), and IPv4 / IPv6 addresses. They run on the lower-case folded text.
 */
import { detectionRank, type Detection } from './detection.ts';
import type { FoldedText } from './fold.ts';
import { commonTlds } from './tlds.ts';

const urlRe = /\b(?:(?:h(?:tt|xx)ps?|ftp)(?::|\[:\])\/\/|www\.)[^\s<>"'`{}|\\^]+/gu;
const trailingRe = /[.,;:!?)\]'"]+$/;

/** Finds URLs. */
export function detectUrls(folded: FoldedText): Detection[] {
  const text = folded.lower;
  if (!text.includes('//') && !text.includes('www.')) return [];
  const found: Detection[] = [];
  for (const m of text.matchAll(urlRe)) {
    const url = m[0].replace(trailingRe, '');
    if (url.length < 8) continue;
    found.push({ from: m.index, to: m.index + url.length, kind: 'URL', key: url, rank: detectionRank.url });
  }
  return found;
}

const sep = String.raw`(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s(?:dot|punkt|punto|point)\s)`;
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const domainRe = new RegExp(
  // A curated TLD, or any two-letter country code under a generic second level (`.com.gh`, `.co.ke`, `.org.lk`).
  String.raw`(?<![\p{L}\p{N}@._-])((?:${label}${sep})+)(${commonTlds.join('|')}|(?:com|co|org|net|ac|gov|edu|or|ne|go|gob)${sep}[a-z]{2})(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`,
  'gu',
);
const sepRe = new RegExp(sep, 'gu');

/** Finds domain names. */
export function detectDomains(folded: FoldedText): Detection[] {
  const text = folded.lower;
  if (!/\.|dot|punkt|punto|point/.test(text)) return [];
  const found: Detection[] = [];
  for (const m of text.matchAll(domainRe)) {
    const key = `${m[1]!.replace(sepRe, '.')}${m[2]!.replace(sepRe, '.')}`;
    found.push({ from: m.index, to: m.index + m[0].length, kind: 'DOMAIN', key, rank: detectionRank.domain });
  }
  return found;
}

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4Re = new RegExp(`(?<![\\d.])${octet}(?:\\.${octet}){3}(?![\\d]|\\.\\d)`, 'g');
const hex = '[0-9a-f]{1,4}';
const ipv6Re = new RegExp(
  `(?<![0-9a-z:])(?:(?:${hex}:){7}${hex}|(?:${hex}(?::${hex}){0,6})?::(?:${hex}(?::${hex}){0,6})?)(?:%[0-9a-z]+)?(?![0-9a-z:])`,
  'g',
);

/** Finds IPv4 and IPv6 addresses. */
export function detectIps(folded: FoldedText): Detection[] {
  const text = folded.lower;
  const found: Detection[] = [];
  if (text.includes('.')) {
    for (const m of text.matchAll(ipv4Re)) {
      found.push({ from: m.index, to: m.index + m[0].length, kind: 'IP', key: m[0], rank: detectionRank.ip });
    }
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(ipv6Re)) {
      // Needs at least two groups of hex digits: "::" alone or "a::" is not an address.
      if ((m[0].match(/[0-9a-f]+/g)?.length ?? 0) < 2) continue;
      found.push({ from: m.index, to: m.index + m[0].length, kind: 'IP', key: m[0], rank: detectionRank.ip });
    }
  }
  return found;
}
