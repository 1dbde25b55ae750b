/**
 * The server's structured logger (pino). Log lines carry request ids, routes, statuses and
 * timings — never tokens, account data or prompts: the request logger only ever logs fields it
 * picked itself, and `redact` is a second net for the usual suspects.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

/** A pino logger. */
export type { Logger } from 'pino';

/** Paths pino blanks out should a secret ever be passed in a log object. */
const redactedPaths = [
  'authorization',
  'token',
  'headers.authorization',
  'req.headers.authorization',
  '*.authorization',
  '*.token',
  'prompt',
  '*.prompt',
  'messages',
  '*.messages',
];

/** Options of `createLogger`. */
export interface LoggerOptions {
  /** `info` by default; `silent` turns logging off. */
  level?: string;
  /** Where lines go (default stdout). Tests pass a capturing stream. */
  destination?: DestinationStream;
}

/**
 * Creates the server logger.
 *
 * @example
 * ```ts
 * const logger = createLogger({ level: 'info' });
 * const kit = createSuccessKit({ data, jwt, logger });
 * ```
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = { level: options.level ?? 'info', base: { service: 'successkit' }, redact: { paths: redactedPaths, censor: '[redacted]' } };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
