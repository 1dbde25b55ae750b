/**
 * `pnpm bench`: runs every package's `bench` script one after another (benchmarks must not
 * compete for the two cores), then prints one table of figures and writes `bench-results.json`.
 * A benchmark never fails the build: a package whose bench crashes is reported and skipped.
 * `pnpm bench core` runs one package and keeps the other packages' last figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const packages = ['packages/core', 'packages/server', 'packages/elements'];
const only = process.argv[2];
const crashed: string[] = [];
for (const dir of packages) {
  // `--collect` only rebuilds the table and bench-results.json from the figures on disk.
  if (only === '--collect' || (only && !dir.endsWith(only))) continue;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.bench || !existsSync(`${dir}/bench/run.ts`)) continue;
  console.log(`\n# ${dir}`);
  // Only this package's figures are replaced: `pnpm bench core` keeps the others' last figures.
  rmSync(`.bench-results/${basename(dir)}.jsonl`, { force: true });
  const result = spawnSync('pnpm', ['run', '--silent', 'bench'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) crashed.push(dir);
}
const files = existsSync('.bench-results')
  ? packages.map((dir) => `.bench-results/${basename(dir)}.jsonl`).filter((file) => existsSync(file))
  : [];
// The latest figure of each name wins (`pnpm --filter <pkg> bench <file>` appends a re-run).
const byName = new Map<string, Record<string, unknown>>();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').trim().split('\n').filter(Boolean)) {
    const figure = JSON.parse(line) as Record<string, unknown>;
    byName.delete(String(figure.name));
    byName.set(String(figure.name), figure);
  }
}
const figures = [...byName.values()];
console.log('\n| figure | median | unit | target | met |\n|---|---:|---|---|---|');
for (const f of figures) {
  console.log(`| ${f.name} | ${typeof f.median === 'number' ? +f.median.toPrecision(4) : f.median} | ${f.unit} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'yes' : 'no'} |`);
}
writeFileSync('bench-results.json', `${JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`);
console.log(`\nwrote bench-results.json (${figures.length} figures)${crashed.length ? `; crashed: ${crashed.join(', ')}` : ''}`);
