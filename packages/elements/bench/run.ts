/** Runs this package's benchmarks (`bench/*.bench.ts`); see @successkit/bench-kit. */
import { runBenches } from '@successkit/bench-kit';

await runBenches(new URL('.', import.meta.url).pathname);
