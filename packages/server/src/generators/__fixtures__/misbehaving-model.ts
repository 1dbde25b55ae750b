/**
 * Answers of a misbehaving model, for the OpenAI-compatible stub: what small local models behind
 * Ollama or vLLM do — cite plausible keys that are not in the payload, invent numbers, wrap the
 * JSON in prose, ignore the `enum` — next to statements that are right. Each behaviour knows how
 * many statements the faithfulness check must withhold, so tests compare with that, and the
 * answer to the repair round (recognised by its prompt) can fix the statements, repeat them or
 * drop them.
 */
import type { SummaryOutput, SummarySectionName, SummaryStatement } from '@successkit/core';
import { requestPayload, type StubRequest } from './openai-stub-server.ts';

/** What the model gets wrong. */
export type Misbehaviour = 'faithful' | 'wrong-keys' | 'invented-numbers' | 'prose-around-json' | 'ignores-enum' | 'empties-risks';

/** How the model answers the repair round. */
export type RepairAnswer = 'fixes' | 'repeats' | 'drops';

/** Statements withheld from the first answer of each behaviour. */
export const withheldByBehaviour: Record<Misbehaviour, number> = {
  faithful: 0,
  'wrong-keys': 2,
  'invented-numbers': 3,
  'prose-around-json': 1,
  'ignores-enum': 3,
  'empties-risks': 1,
};

/** Texts of the bad statements (so tests can check none reaches a reader). */
export const badTexts = [
  'ACCOUNT_1 has 3 open escalations on record.',
  'Adoption is strong across the sub-accounts.',
  'ARR grew to $987,654,321 this quarter.',
  'Active users rose by 4,321.7% over the last 30 days.',
  'The account filed 55,555 support tickets.',
  'Churn risk is low.',
  'Renewal is certain.',
  'The contract is worth 31,337 licences.',
] as const;

interface Payload {
  kpis: string[];
  points: Record<string, { label: string; value: unknown }>;
}

const ordinals = ['first', 'second', 'third', 'fourth'];
const repairMarker = 'Your previous answer had statements that were rejected';

/** Whether a request is the repair round. */
function isRepairRequest(body: StubRequest['body']): boolean {
  return body.messages.some((m) => m.role === 'user' && m.content.includes(repairMarker));
}

function faithful(payload: Payload): SummaryOutput {
  const keys = Object.keys(payload.points);
  const numeric = keys.find((k) => typeof payload.points[k]!.value === 'number' && Number.isInteger(payload.points[k]!.value));
  const say = (text: string, ...evidence: string[]): SummaryStatement[] => [{ text, evidence }];
  return {
    kpis: payload.kpis.map((key) => ({ key, label: payload.points[key]!.label, value: String(payload.points[key]!.value) })),
    sections: {
      overview: say('ACCOUNT_1 is a customer of the team.', 'account.name'),
      usageAndEngagement: numeric ? say(`One figure of the account stands at ${Number(payload.points[numeric]!.value).toLocaleString('en-US')}.`, numeric) : say('Usage data is thin.', 'account.name'),
      interactions: say('The team keeps in touch with ACCOUNT_1.', 'account.name'),
      sentiment: say('Sentiment is not recorded in detail.', 'account.name'),
      risks: say('No single risk stands out in the data.', keys[1] ?? 'account.name'),
      renewal: say('Renewal readiness should be checked.', 'account.name'),
      nextActions: say('Schedule a business review with ACCOUNT_1.', 'account.name'),
    },
  };
}

function add(output: SummaryOutput, section: SummarySectionName, text: string, evidence: string[]): void {
  output.sections[section].push({ text, evidence });
}

/** The first answer of a behaviour, as the model's raw text. */
function misbehavingAnswer(behaviour: Misbehaviour, payload: Payload): string {
  const output = faithful(payload);
  switch (behaviour) {
    case 'wrong-keys':
      // Plausible variants of real keys: a suffix, another case.
      add(output, 'overview', badTexts[0], ['account.name.total']);
      add(output, 'usageAndEngagement', badTexts[1], ['usage.activeusers.last30']);
      break;
    case 'invented-numbers':
      add(output, 'overview', badTexts[2], ['account.name']);
      add(output, 'usageAndEngagement', badTexts[3], ['account.name']);
      add(output, 'interactions', badTexts[4], ['account.name']);
      output.kpis = output.kpis.map((kpi) => ({ ...kpi, value: '$999,999,999' }));
      break;
    case 'prose-around-json':
      add(output, 'risks', badTexts[5], ['risk_score']);
      return `Sure! Here is the account summary you asked for:\n\n\`\`\`json\n${JSON.stringify(output, null, 2)}\n\`\`\`\n\nLet me know if you want more detail.`;
    case 'ignores-enum':
      // Keys that are not in the enum at all, and a statement citing nothing.
      add(output, 'renewal', badTexts[6], ['renewal_date']);
      add(output, 'sentiment', badTexts[5], ['NPS']);
      add(output, 'nextActions', badTexts[7], []);
      break;
    case 'empties-risks':
      output.sections.risks = [{ text: badTexts[5], evidence: ['risk.level'] }];
      break;
    case 'faithful':
      break;
  }
  return JSON.stringify(output);
}

/** The answer to the repair round. */
function repairAnswer(answer: RepairAnswer, behaviour: Misbehaviour, payload: Payload): string {
  const empty: SummaryOutput = { kpis: [], sections: { overview: [], usageAndEngagement: [], interactions: [], sentiment: [], risks: [], renewal: [], nextActions: [] } };
  if (answer === 'drops') return JSON.stringify(empty);
  if (answer === 'repeats') return misbehavingAnswer(behaviour, payload);
  const first = JSON.parse(misbehavingAnswer(behaviour === 'prose-around-json' ? 'faithful' : behaviour, payload)) as SummaryOutput;
  for (const [name, statements] of Object.entries(first.sections) as [SummarySectionName, SummaryStatement[]][]) {
    const bad = statements.filter((s) => (badTexts as readonly string[]).includes(s.text)).length + (behaviour === 'prose-around-json' && name === 'risks' ? 1 : 0);
    for (let i = 0; i < bad; i++) empty.sections[name].push({ text: `The ${ordinals[i]} corrected statement about ${name} rests on the account record.`, evidence: ['account.name'] });
  }
  return JSON.stringify(empty);
}

/**
 * A stub content function: the behaviour's first answer, and the chosen answer to the repair round.
 *
 * @example
 * ```ts
 * stub.setDefault({ kind: 'completion', content: misbehavingModel('wrong-keys', 'fixes') });
 * ```
 */
export function misbehavingModel(behaviour: Misbehaviour, repair: RepairAnswer = 'repeats'): (body: StubRequest['body']) => string {
  return (body) => {
    const payload = requestPayload(body) as Payload;
    return isRepairRequest(body) ? repairAnswer(repair, behaviour, payload) : misbehavingAnswer(behaviour, payload);
  };
}
