/**
 * `successkit seed --accounts N [--seed S] [--as-of ISO] --out FILE`: writes a deterministic
 * synthetic dataset, streamed to the file (large datasets never sit in memory as one string).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { streamDataset } from '@successkit/core/synthetic';
import { CliError, usageError } from './cli-error.ts';

/** Runs `seed`. */
export async function seedCommand(args: string[], out: (line: string) => void = console.log): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      accounts: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  if (!values.accounts) throw usageError('seed: --accounts N is required');
  const accounts = Number(values.accounts);
  if (!Number.isInteger(accounts) || accounts < 1) throw usageError(`seed: --accounts must be a whole number ≥ 1 (got "${values.accounts}")`);
  if (!values.out) throw usageError('seed: --out FILE is required');
  if (!/^\d+$/.test(values.seed)) throw usageError(`seed: --seed must be a whole number (got "${values.seed}")`);
  const seed = Number(values.seed);
  const asOf = values['as-of'] ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(asOf))) throw usageError(`seed: --as-of must be an ISO date or time (got "${asOf}")`);

  const file = createWriteStream(values.out, { encoding: 'utf8' });
  const failed = once(file, 'error').then(([error]) => {
    throw new CliError(`seed: cannot write ${values.out}: ${(error as Error).message}`, { cause: error });
  });
  void failed.catch(() => undefined);
  const write = async (chunk: string): Promise<void> => {
    if (!file.write(chunk)) await Promise.race([once(file, 'drain'), failed]);
  };
  await Promise.race([streamDataset({ seed, accounts, asOf }, write), failed]);
  file.end();
  await Promise.race([once(file, 'finish'), failed]);
  out(`wrote ${accounts} accounts to ${values.out}`);
}
