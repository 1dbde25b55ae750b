/**
 * Profile views bench: the answers behind the profile elements on a 20,000-account synthetic
 * tenant (version 2, 365 days of history and usage) — account search by name (the first search
 * folds every name once; later ones reuse it), a 2,000-account portfolio (the
 * `<account-portfolio>` target size), a company's usage over a year (its whole subtree, by
 * week) and the busiest account's timeline. Targets: an API answer well inside a frame budget
 * for the element that renders it (the portfolio element's own target is 50 ms for 2,000 rows).
 */
import { createDatasetModel } from '../src/model/dataset-model.ts';
import { searchAccounts } from '../src/profile/account-search.ts';
import { buildAccountTimeline } from '../src/profile/account-timeline.ts';
import { buildAccountUsage } from '../src/profile/account-usage.ts';
import { buildPortfolio } from '../src/profile/portfolio.ts';
import { generateDataset } from '../src/synthetic/generate-dataset.ts';
import { benchMs, median, recordFigure } from '@successkit/bench-kit';

const n = Number(process.env.SK_BENCH_PROFILE_ACCOUNTS ?? 20_000);
const asOf = '2026-01-31T00:00:00Z';
const dataset = generateDataset({ seed: 18, accounts: n, asOf, days: 365, usageDays: 365 });
// One user assigned to 2,000 accounts (as CSM), the portfolio the element must render.
const portfolioSize = Math.min(2000, n);
dataset.assignments.push(...dataset.accounts.slice(0, portfolioSize).map((a) => ({ accountId: a.id, userId: 'user-bench', role: 'CSM' })));
dataset.users.push({ id: 'user-bench', name: 'Bench User', email: 'bench@successkit-demo.example', seat: 'practitioner' });
const model = createDatasetModel(dataset);
const canSee = () => false;

await benchMs('core.profile.search-20k', () => searchAccounts(model, { q: 'acme', asOf, canSeeRestricted: canSee }), {
  runs: 9,
  warmup: 1,
  targetMs: 30,
  note: `${n} accounts, q "acme" (${searchAccounts(model, { q: 'acme', asOf, canSeeRestricted: canSee }).total} matches), first page of 20 with health and key info`,
});
await benchMs('core.profile.portfolio-2000', () => buildPortfolio(model, 'user-bench', { asOf, limit: 5000 }), {
  runs: 9,
  warmup: 1,
  targetMs: 50,
  note: `${portfolioSize} accounts in one page: roles, health, renewal, contract value, 30-day coverage, open and overdue tasks, key info; a fresh health memo per run is not forced`,
});
await benchMs('core.profile.portfolio-2000-sorted-health', () => buildPortfolio(model, 'user-bench', { asOf, limit: 5000, sort: 'healthScore', order: 'desc', q: 'a' }), {
  runs: 9,
  warmup: 1,
  targetMs: 50,
  note: `${portfolioSize} accounts filtered by name and sorted by health score`,
});
// CPU time per portfolio answer: the wall-clock figures above wait whenever the machine is shared.
const cpuSamples: number[] = [];
for (let run = 0; run < 9; run++) {
  const before = process.cpuUsage();
  buildPortfolio(model, 'user-bench', { asOf, limit: 5000 });
  const used = process.cpuUsage(before);
  cpuSamples.push((used.user + used.system) / 1000);
}
recordFigure({ name: 'core.profile.portfolio-2000-cpu', median: median(cpuSamples), unit: 'ms', note: '9 runs; CPU time (user + system) of one portfolio answer of 2,000 accounts' });
const company = dataset.accounts.reduce((best, a) => (a.parentId === null && model.hierarchy.subtree(a.id).length > model.hierarchy.subtree(best.id).length ? a : best), dataset.accounts[0]!);
await benchMs('core.profile.usage-year-company', () => buildAccountUsage(model, company.id, { asOf, from: '2025-01-31', to: '2026-01-31' }), {
  runs: 9,
  warmup: 1,
  targetMs: 50,
  note: `${model.hierarchy.subtree(company.id).length} accounts in the subtree, 365 days by week, top modules and end users`,
});
const busiest = [...model.index.touchpointsByAccount].sort((a, b) => b[1].length - a[1].length)[0]![0];
await benchMs('core.profile.timeline-busiest', () => buildAccountTimeline(model, busiest, { asOf }), {
  runs: 9,
  warmup: 1,
  targetMs: 5,
  note: `${model.index.touchpointsByAccount.get(busiest)!.length} touchpoints and ${model.index.tasksByAccount.get(busiest)?.length ?? 0} tasks, first page of 50`,
});
