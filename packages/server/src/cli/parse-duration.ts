/**
 * Parses durations written on the command line: `15m`, `900s`, `900` (seconds), `1h`.
 */
import { usageError } from './cli-error.ts';

const units: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** Seconds in a duration like `15m`; throws a usage error naming `option` otherwise. */
export function parseDurationSeconds(text: string, option: string): number {
  const match = /^(\d+)([smh]?)$/.exec(text.trim());
  if (!match) throw usageError(`${option} must be a duration like 15m, 900s or 900 (got "${text}")`);
  const seconds = Number(match[1]) * units[match[2] || 's']!;
  if (seconds <= 0) throw usageError(`${option} must be longer than 0`);
  return seconds;
}
