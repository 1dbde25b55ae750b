/**
 * PLACEHOLDER — DELETE WHEN @successkit/core SHIPS ITS SUMMARY PIPELINE.
 *
 * Minimal stand-ins for core functions another helper is writing right now
 * (`prepareSummaryRequest`, `deanonymizeOutput`, `checkFaithfulness`, `validateSummaryConfig`,
 * `defaultSummaryConfig`, `SUMMARY_TTL_MS`, `isExpired`, `SingleFlight`,
 * `createOfflineGenerator`, `buildEvidence`). Only `summary-core.ts` imports this file, so
 * swapping to the real exports is a one-file change. Not a second implementation of core logic.
 */
import { createHash } from 'node:crypto';
import type {
  DatasetIndex,
  SummaryPreview,
  GenerateRequest,
  GenerateResult,
  StoredSummary,
  SummaryConfig,
  SummaryGenerator,
  SummaryOutput,
} from '@successkit/core';
import { summaryConfigSchema, summarySectionNames } from '@successkit/core';

/** Pseudonym → real value. */
export type PseudonymMapping = Record<string, string>;

/** What `prepareSummaryRequest` returns. */
export interface PreparedSummaryRequest {
  input: Record<string, unknown>;
  payload: { account: string; values: Record<string, string | number | boolean | null> };
  mapping: PseudonymMapping;
  messages: { system: string; user: string };
  fingerprint: string;
}

/** Summaries expire 12 hours after generation. */
export const SUMMARY_TTL_MS = 12 * 60 * 60 * 1000;

/** Whether a summary is past its expiry at `asOf`. */
export function isExpired(summary: Pick<StoredSummary, 'generatedAt'>, now: string | number | Date): boolean {
  return new Date(now).getTime() >= Date.parse(summary.generatedAt) + SUMMARY_TTL_MS;
}

/** Rough token count of a prompt text. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3.2);
}

/** The built-in configuration. */
export const defaultSummaryConfig: SummaryConfig = {
  enabled: true,
  kpis: [],
  categories: { keyInfo: true, valueMetrics: true, health: true, custom: true },
  includeAttributes: [],
  ignoreAttributes: [],
};

/** Builds the anonymized request for one account. */
export function prepareSummaryRequest(
  data: { index: DatasetIndex; rollups?: unknown },
  accountId: string,
  config: SummaryConfig,
  asOf: string,
): PreparedSummaryRequest {
  const account = data.index.accountsById.get(accountId);
  if (!account) throw new Error(`unknown account ${accountId}`);
  const values: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(account.attributes)) {
    const attribute = data.index.attributesByKey.get(key);
    if (!attribute || attribute.restricted || config.ignoreAttributes.includes(key)) continue;
    if (attribute.pii && !config.includeAttributes.includes(key)) continue;
    if (attribute.category !== 'system' && !config.categories[attribute.category as keyof SummaryConfig['categories']]) continue;
    values[key] = value ?? null;
  }
  const payload = { account: 'ACCOUNT_1', values };
  const user = `<account_data>\n${JSON.stringify(payload)}\n</account_data>`;
  return {
    input: { accountId, values, asOf },
    payload,
    mapping: { ACCOUNT_1: account.name },
    messages: { system: 'You summarize a customer account. Cite the input keys you use as evidence.', user },
    fingerprint: createHash('sha256').update(JSON.stringify({ accountId, values })).digest('hex').slice(0, 32),
  };
}

/** The admin preview of what would leave the server. */
export function buildSummaryPreview(
  data: { index: DatasetIndex; rollups?: unknown },
  accountId: string,
  config: SummaryConfig,
  asOf: string,
): SummaryPreview {
  const { payload, messages } = prepareSummaryRequest(data, accountId, config, asOf);
  return {
    accountId,
    messages: [
      { role: 'system', content: messages.system },
      { role: 'user', content: messages.user },
    ],
    payload,
    tokens: estimateTokens(messages.system) + estimateTokens(messages.user),
  };
}

/** Restores real names in a text. */
export function deanonymize(text: string, mapping: PseudonymMapping): string {
  return text.replace(/\b[A-Z]+_\d+\b/g, (token) => mapping[token] ?? token);
}

/** Restores real names in every text of an output. */
export function deanonymizeOutput(output: SummaryOutput, mapping: PseudonymMapping): SummaryOutput {
  const sections = Object.fromEntries(
    summarySectionNames.map((name) => [
      name,
      output.sections[name].map((s) => ({ text: deanonymize(s.text, mapping), evidence: s.evidence })),
    ]),
  ) as SummaryOutput['sections'];
  return { kpis: output.kpis.map((k) => ({ ...k, value: deanonymize(k.value, mapping) })), sections };
}

/** Checks that every cited key exists in the payload. */
export function checkFaithfulness(
  output: SummaryOutput,
  payload: PreparedSummaryRequest['payload'],
): { ok: boolean; failures: Array<{ section: string; index: number; text: string; reason: string }> } {
  const failures: Array<{ section: string; index: number; text: string; reason: string }> = [];
  for (const name of summarySectionNames)
    output.sections[name].forEach((statement, index) => {
      for (const key of statement.evidence)
        if (!(key in payload.values)) failures.push({ section: name, index, text: statement.text, reason: `unknown evidence ${key}` });
    });
  return { ok: failures.length === 0, failures };
}

/** Per cited key: label and value. */
export function buildEvidence(
  output: SummaryOutput,
  payload: PreparedSummaryRequest['payload'],
  mapping: PseudonymMapping = {},
): StoredSummary['evidence'] {
  const evidence: StoredSummary['evidence'] = {};
  for (const name of summarySectionNames)
    for (const statement of output.sections[name])
      for (const key of statement.evidence)
        if (key in payload.values) {
          const value = payload.values[key]!;
          evidence[key] = { label: key, value: typeof value === 'string' ? deanonymize(value, mapping) : value };
        }
  return evidence;
}

/** Checks config keys against the tenant's attributes. */
export function validateSummaryConfig(
  input: unknown,
  attributes: ReadonlyArray<{ key: string }>,
): { ok: true; config: SummaryConfig } | { ok: false; errors: Array<{ path: string; message: string }> } {
  const parsed = summaryConfigSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
  const config = parsed.data;
  const known = new Set(attributes.map((a) => a.key));
  const errors: Array<{ path: string; message: string }> = [];
  for (const list of ['kpis', 'includeAttributes', 'ignoreAttributes'] as const)
    config[list].forEach((key, i) => {
      if (!known.has(key)) errors.push({ path: `${list}[${i}]`, message: `unknown attribute "${key}"` });
    });
  return errors.length ? { ok: false, errors } : { ok: true, config };
}

/** Collapses concurrent calls per key into one promise. */
export class SingleFlight<T> {
  readonly #inFlight = new Map<string, Promise<T>>();
  run(key: string, fn: () => Promise<T>): Promise<T> {
    const existing = this.#inFlight.get(key);
    if (existing) return existing;
    const promise = fn().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }
}

/** A deterministic generator without AI. */
export function createOfflineGenerator(): SummaryGenerator<PreparedSummaryRequest['payload']> {
  const info = { kind: 'offline' as const, model: null, label: 'Offline summary (generated without AI)' };
  return {
    info,
    async generate(request: GenerateRequest<PreparedSummaryRequest['payload']>): Promise<GenerateResult> {
      const keys = Object.keys(request.payload.values);
      const sections = Object.fromEntries(summarySectionNames.map((name) => [name, []])) as unknown as SummaryOutput['sections'];
      sections.overview = [{ text: `${request.payload.account} has ${keys.length} data points.`, evidence: keys.slice(0, 3) }];
      for (const name of summarySectionNames) request.onSection?.(name, sections[name]);
      return { output: { kpis: [], sections }, usage: null, generator: info };
    },
  };
}
