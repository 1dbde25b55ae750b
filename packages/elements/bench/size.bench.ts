/**
 * Minified, gzipped size of each element with Lit and the API client included (see
 * bundle-size.ts): `<account-summary>` must stay at or under 20 KB, each profile part at or
 * under 15 KB, `<account-profile>` with every tab at or under 40 KB. Elements whose folder does
 * not exist yet are skipped.
 */
import { recordFigure } from '@successkit/bench-kit';
import { existsSync } from 'node:fs';
import { bundleSize } from './bundle-size.ts';

const targetsKb: Record<string, number> = { 'account-summary': 20, 'team-spotlight': 25 };
/** Profile parts (issue 18): each at or under 15 KB with Lit. */
const profileParts = [
  'account-key-info',
  'account-attributes',
  'account-changes',
  'account-timeline',
  'account-tasks',
  'account-team',
  'account-contacts',
  'account-usage',
  'account-support',
  'account-collections',
  'account-assets',
  'account-portfolio',
];
for (const name of profileParts) targetsKb[name] = 15;
/** `<account-profile>` with every tab (its define entry defines every part it composes). */
targetsKb['account-profile'] = 40;
profileParts.push('account-profile');
const elements = ['account-summary', 'summary-settings', 'team-spotlight', 'account-health', 'account-hierarchy', 'successkit-provider', ...profileParts];
const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;

for (const name of elements) {
  const entry = `src/${name}/define.ts`;
  if (!existsSync(new URL(`../${entry}`, import.meta.url))) continue;
  const size = await bundleSize(entry);
  const target = targetsKb[name];
  recordFigure({
    name: `elements.size.${name}`,
    median: kb(size.gzipped),
    unit: 'KB',
    ...(target === undefined ? {} : { target: `≤ ${target} KB`, met: kb(size.gzipped) <= target }),
    note: `gzip of minified ESM with Lit; ${kb(size.minified)} KB minified${size.lazyGzipped ? `; +${kb(size.lazyGzipped)} KB gz loaded on demand` : ''}`,
  });
}

const all = await bundleSize('src/define-all.ts');
recordFigure({ name: 'elements.size.define-all', median: kb(all.gzipped), unit: 'KB', note: `every element; ${kb(all.minified)} KB minified` });
