/**
 * The faithfulness check of a summary output against the payload it was written from: every
 * statement cites at least one evidence key, every cited key exists in the payload, and every
 * number in a text appears in the payload — allowing formatting and rounding to what is shown:
 * `12,000`, `12k`, `$1.2M`, `1.2 million`, `12%` (also for a 0.12 fraction), `12,000` for
 * 12,345 (trailing zeros round, within 5%), `4.5` for 4.53. Signs are ignored ("down 12%"
 * matches -12). Numbers inside pseudonyms (`PERSON_2`) are not numbers.
 *
 * Runs on the anonymized output (before names are restored).
 */
import type { SummaryOutput } from './output-schema.ts';
import { pseudonymPattern } from './anonymize/pseudonyms.ts';
import type { SummaryPayload } from './summary-input.ts';

/** One failing statement (or KPI, with `section: 'kpis'`). */
export interface FaithfulnessFailure {
  section: string;
  index: number;
  text: string;
  reason: string;
}

/** The outcome of a faithfulness check. */
export interface FaithfulnessResult {
  ok: boolean;
  failures: FaithfulnessFailure[];
}

/** A number as written in text, with how precisely it is shown. */
interface WrittenNumber {
  raw: string;
  value: number;
  tolerance: number;
  percent: boolean;
}

const numberRe =
  /(?<![\p{L}\p{N}_.,])[$€£¥]?\s?(\d{1,3}(?:[,\u00A0\u202F]\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|m|mn|bn|b|thousand|million|billion)(?![\p{L}]))?(\s?%)?/giu;
const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

/** The numbers written in a text. */
export function numbersInText(text: string): WrittenNumber[] {
  const cleaned = text.replace(pseudonymPattern, ' ');
  const found: WrittenNumber[] = [];
  for (const m of cleaned.matchAll(numberRe)) {
    const integer = m[1]!.replace(/[,\u00A0\u202F]/g, '');
    const decimals = m[2] ?? '';
    const multiplier = m[3] ? multipliers[m[3].toLowerCase()]! : 1;
    const value = Number(`${integer}.${decimals || '0'}`) * multiplier;
    let tolerance = 0.5 * 10 ** -decimals.length * multiplier;
    if (!decimals && multiplier === 1 && integer.length >= 4) {
      const zeros = integer.length - integer.replace(/0+$/, '').length;
      if (zeros >= 3) tolerance = Math.min(0.5 * 10 ** zeros, 0.05 * value);
    }
    found.push({ raw: m[0].trim(), value, tolerance, percent: Boolean(m[4]) });
  }
  return found;
}

/** Every number the payload states: numeric values, and numbers in its strings and labels. */
function payloadNumbers(payload: SummaryPayload): number[] {
  const out = new Set<number>();
  const fromText = (text: string) => {
    for (const n of numbersInText(text)) out.add(n.value);
  };
  fromText(payload.asOf);
  for (const point of Object.values(payload.points)) {
    fromText(point.label);
    if (typeof point.value === 'number') out.add(Math.abs(point.value));
    else if (typeof point.value === 'string') fromText(point.value);
  }
  return [...out];
}

function isStated(n: WrittenNumber, stated: readonly number[]): boolean {
  const eps = n.tolerance + 1e-9;
  return stated.some((s) => Math.abs(n.value - s) <= eps || Math.abs(n.value - s * 100) <= eps);
}

/**
 * Checks a summary output against its payload.
 *
 * @example
 * ```ts
 * const result = checkFaithfulness(output, payload);
 * if (!result.ok) console.warn(result.failures.map((f) => f.reason));
 * ```
 */
export function checkFaithfulness(output: SummaryOutput, payload: SummaryPayload): FaithfulnessResult {
  const stated = payloadNumbers(payload);
  const failures: FaithfulnessFailure[] = [];
  const checkNumbers = (section: string, index: number, text: string) => {
    for (const n of numbersInText(text)) {
      if (!isStated(n, stated)) failures.push({ section, index, text, reason: `number ${n.raw} is not in the input` });
    }
  };
  output.kpis.forEach((kpi, i) => {
    if (!Object.hasOwn(payload.points, kpi.key)) failures.push({ section: 'kpis', index: i, text: kpi.value, reason: `unknown input key '${kpi.key}'` });
    checkNumbers('kpis', i, kpi.value);
  });
  for (const [section, statements] of Object.entries(output.sections)) {
    statements.forEach((statement, i) => {
      if (statement.evidence.length === 0) failures.push({ section, index: i, text: statement.text, reason: 'no evidence' });
      for (const key of statement.evidence) {
        if (!Object.hasOwn(payload.points, key)) failures.push({ section, index: i, text: statement.text, reason: `unknown evidence key '${key}'` });
      }
      checkNumbers(section, i, statement.text);
    });
  }
  return { ok: failures.length === 0, failures };
}
