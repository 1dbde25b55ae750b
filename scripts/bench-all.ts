/**
 * `pnpm bench`: runs every package's `bench` script one after another (benchmarks must not
 * compete for the two cores), then prints one table of figures and writes `bench-results.json`.
 * A benchmark never fails the build: a package whose bench crashes is reported and skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const packages = ['packages/core', 'packages/server', 'packages/elements'];
const only = process.argv[2];
rmSync('.bench-results', { recursive: true, force: true });
const crashed: string[] = [];
for (const dir of packages) {
  if (only && !dir.endsWith(only)) continue;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.bench || !existsSync(`${dir}/bench/run.ts`)) continue;
  console.log(`\n# ${dir}`);
  const result = spawnSync('pnpm', ['run', '--silent', 'bench'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) crashed.push(dir);
}
const file = '.bench-results/figures.jsonl';
const figures = existsSync(file)
  ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)
  : [];
console.log('\n| figure | median | unit | target | met |\n|---|---:|---|---|---|');
for (const f of figures) {
  console.log(`| ${f.name} | ${typeof f.median === 'number' ? +f.median.toPrecision(4) : f.median} | ${f.unit} | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'yes' : 'no'} |`);
}
writeFileSync('bench-results.json', `${JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`);
console.log(`\nwrote bench-results.json (${figures.length} figures)${crashed.length ? `; crashed: ${crashed.join(', ')}` : ''}`);
