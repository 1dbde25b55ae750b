/**
 * Runs every `*.bench.ts` file of a package's `bench/` folder in turn (alphabetically), each in
 * its OWN Node process with a 16 GiB heap, so one benchmark's data (a million accounts) never
 * weighs on the next. `pnpm bench -- <filter>` runs only matching files. A crashing bench file
 * is reported and the others still run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** Runs each bench module under `dir` whose name contains `filter`. */
export async function runBenches(dir: string, filter = process.argv[2] ?? ''): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file}`);
    const run = spawnSync(process.execPath, ['--conditions=@successkit/source', '--max-old-space-size=16384', `${dir}/${file}`], {
      stdio: 'inherit',
    });
    if (run.status !== 0) {
      console.error(`  ${file} crashed (exit ${run.status ?? run.signal})`);
      process.exitCode = 1;
    }
  }
}
