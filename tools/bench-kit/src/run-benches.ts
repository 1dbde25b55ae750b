/**
 * Runs every `*.bench.ts` file of a package's `bench/` folder in turn (alphabetically), each as
 * a module whose top level records figures. `pnpm bench -- <filter>` runs only matching files.
 * A crashing bench file is reported and the others still run.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Imports each bench module under `dir` whose name contains `filter`. */
export async function runBenches(dir: string, filter = process.argv[2] ?? ''): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file}`);
    try {
      await import(pathToFileURL(`${dir}/${file}`).href);
    } catch (error) {
      console.error(`  ${file} crashed: ${error instanceof Error ? error.stack : String(error)}`);
      process.exitCode = 1;
    }
  }
}
