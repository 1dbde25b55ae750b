/**
 * The repair round's prompt: the same system message and data, followed by the statements that
 * were withheld and why, asking for corrected statements for those sections only. The withheld
 * texts are the model's own (anonymized) words, so nothing new about the account leaves the
 * server. Also the prompt text of the `json_object` mode, which carries the schema in words.
 */
import type { PromptMessages } from '../contracts/summary-generator.ts';
import type { WithheldItem } from './faithfulness-withhold.ts';

/** Most withheld statements quoted back (the rest are counted). */
const maxQuoted = 20;

/**
 * The messages of the repair round.
 *
 * @example
 * ```ts
 * const repair = buildRepairMessages(prepared.messages, outcome.items);
 * await generator.generate({ messages: repair, payload: prepared.payload });
 * ```
 */
export function buildRepairMessages(messages: PromptMessages, items: readonly WithheldItem[]): PromptMessages {
  const statements = items.filter((item) => item.section !== 'kpis');
  const quoted = statements.slice(0, maxQuoted).map((item) => `- ${item.section}: ${JSON.stringify(item.text)} (${item.reasons.join('; ')})`);
  if (statements.length > maxQuoted) quoted.push(`- and ${statements.length - maxQuoted} more`);
  const sections = [...new Set(statements.map((item) => item.section))];
  const user = [
    messages.user,
    '',
    'Your previous answer had statements that were rejected because the data does not support them:',
    ...quoted,
    '',
    `Write corrected statements for these sections only: ${sections.join(', ')}. Use only numbers that appear in the data and cite only keys of \`points\`.`,
    'Answer with the same JSON object; leave every other section as an empty list and `kpis` as an empty list.',
  ].join('\n');
  return { system: messages.system, user };
}

/**
 * The system message for endpoints without structured outputs (`json_object`): the rules plus
 * the JSON schema to follow, since the endpoint will not enforce it.
 */
export function withSchemaInstructions(messages: PromptMessages, schemaText: string): PromptMessages {
  return {
    system: `${messages.system}\n\nAnswer with one JSON object only, no prose and no Markdown, valid against this JSON schema (evidence items must be keys of \`points\`):\n${schemaText}`,
    user: messages.user,
  };
}
