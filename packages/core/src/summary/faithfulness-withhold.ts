/**
 * Withhold, don't fail (DESIGN.md "Account summaries", 4): the statements of an output that fail
 * the faithfulness check are taken out of what the reader sees and kept, with their reasons, for
 * the stored record; a failing KPI is shown as its input value instead of the model's. After one
 * repair round (`prompt-repair.ts`), `mergeRepair` adds the corrected statements that now pass.
 *
 * Runs on the anonymized output, like `checkFaithfulness`.
 */
import { checkFaithfulness } from './faithfulness.ts';
import { formatValue } from './format-value.ts';
import { summarySectionNames, type SummaryKpi, type SummaryOutput, type SummarySectionName, type SummaryStatement } from './output-schema.ts';
import type { SummaryPayload } from './summary-input.ts';

/** A statement (or KPI) kept out of what the reader sees, with why. */
export interface WithheldItem {
  section: SummarySectionName | 'kpis';
  /** The statement's text, or `label: value` of a KPI. */
  text: string;
  evidence: string[];
  reasons: string[];
  /** 1 for the first answer, 2 for the repair round. */
  round: 1 | 2;
}

/** An output with its unfaithful statements withheld. */
export interface WithholdOutcome {
  /** What the reader sees: passing statements only, failing KPIs at their input value. */
  output: SummaryOutput;
  /** Everything withheld, with reasons. */
  items: WithheldItem[];
  /** Statements withheld from what the reader sees. */
  statements: number;
  /** KPIs shown as their input value (or dropped for an unknown key). */
  kpis: number;
  /** Statements added by the repair round. */
  repaired: number;
  /** Sections that had statements but have none left. */
  emptied: SummarySectionName[];
}

const emptySections = () => Object.fromEntries(summarySectionNames.map((name) => [name, [] as SummaryStatement[]])) as SummaryOutput['sections'];

function inputKpi(payload: SummaryPayload, key: string): SummaryKpi {
  const point = payload.points[key]!;
  return { key, label: point.label, value: formatValue(point.value, point.unit, payload.currency) };
}

function split(output: SummaryOutput, payload: SummaryPayload, round: 1 | 2) {
  const reasons = new Map<string, string[]>();
  for (const failure of checkFaithfulness(output, payload).failures) {
    const id = `${failure.section}#${failure.index}`;
    reasons.set(id, [...(reasons.get(id) ?? []), failure.reason]);
  }
  const items: WithheldItem[] = [];
  const sections = emptySections();
  for (const name of summarySectionNames) {
    (output.sections[name] ?? []).forEach((statement, index) => {
      const why = reasons.get(`${name}#${index}`);
      if (why) items.push({ section: name, text: statement.text, evidence: [...statement.evidence], reasons: why, round });
      else sections[name].push({ text: statement.text, evidence: [...statement.evidence] });
    });
  }
  const passingKpis = new Map<string, SummaryKpi>();
  output.kpis.forEach((kpi, index) => {
    const why = reasons.get(`kpis#${index}`);
    if (why) items.push({ section: 'kpis', text: `${kpi.label}: ${kpi.value}`, evidence: [kpi.key], reasons: why, round });
    else if (!passingKpis.has(kpi.key)) passingKpis.set(kpi.key, { ...kpi });
  });
  return { sections, items, passingKpis };
}

/**
 * Withholds the statements of an output that fail the faithfulness check.
 *
 * @example
 * ```ts
 * const outcome = withholdUnfaithful(output, payload);
 * outcome.statements; // 2 — shown as "2 statements withheld: not supported by the account data"
 * ```
 */
export function withholdUnfaithful(output: SummaryOutput, payload: SummaryPayload): WithholdOutcome {
  const { sections, items, passingKpis } = split(output, payload, 1);
  // The configured KPIs, in order: the model's value when it passes, else the input's.
  const configured = payload.kpis.filter((key) => Object.hasOwn(payload.points, key));
  const kpis = configured.length > 0 ? configured.map((key) => passingKpis.get(key) ?? inputKpi(payload, key)) : [...passingKpis.values()];
  const kpiFailures = items.filter((item) => item.section === 'kpis').length;
  const emptied = summarySectionNames.filter((name) => (output.sections[name]?.length ?? 0) > 0 && sections[name].length === 0);
  return {
    output: { kpis, sections },
    items,
    statements: items.length - kpiFailures,
    kpis: kpiFailures,
    repaired: 0,
    emptied,
  };
}

const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Merges the answer of the repair round: per section, at most as many passing statements as were
 * withheld there, skipping texts already shown. Repair statements that still fail are recorded
 * (round 2) but never shown.
 *
 * @example
 * ```ts
 * const merged = mergeRepair(first, repairOutput, payload);
 * merged.statements; // what is still withheld after the repair round
 * ```
 */
export function mergeRepair(first: WithholdOutcome, repair: SummaryOutput, payload: SummaryPayload): WithholdOutcome {
  const { sections: passing, items: failing } = split(repair, payload, 2);
  const sections = emptySections();
  let repaired = 0;
  for (const name of summarySectionNames) {
    sections[name] = first.output.sections[name].map((s) => ({ text: s.text, evidence: [...s.evidence] }));
    const seen = new Set(sections[name].map((s) => normal(s.text)));
    let room = first.items.filter((item) => item.section === name).length;
    for (const statement of passing[name]) {
      if (room === 0) break;
      if (seen.has(normal(statement.text))) continue;
      seen.add(normal(statement.text));
      sections[name].push(statement);
      room -= 1;
      repaired += 1;
    }
  }
  return {
    output: { kpis: first.output.kpis, sections },
    items: [...first.items, ...failing.filter((item) => item.section !== 'kpis' && first.items.some((f) => f.section === item.section))],
    statements: first.statements - repaired,
    kpis: first.kpis,
    repaired,
    emptied: first.emptied.filter((name) => sections[name].length === 0),
  };
}
