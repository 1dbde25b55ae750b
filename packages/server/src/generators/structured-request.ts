/**
 * How a summary request asks for structured output, per `SUCCESSKIT_STRUCTURED`:
 * - `json_schema` (default): `response_format` with the request's own JSON schema in strict
 *   mode, so evidence keys are an `enum` of that payload's `points` keys;
 * - `json_object`: JSON mode only; the schema goes into the system message and the answer is
 *   validated with zod (for OpenAI-compatible servers without strict JSON schema support);
 * - `tools`: one function tool whose parameters are the schema, forced by `tool_choice`
 *   (for servers that constrain tool calls but not `response_format`).
 */
import {
  InvalidArgumentError,
  summaryResponseJsonSchema,
  summaryResponseSchemaName,
  withSchemaInstructions,
  type PromptMessages,
  type SummaryPayload,
} from '@successkit/core';

/** The structured-output modes. */
const structuredModes = ['json_schema', 'json_object', 'tools'] as const;
/** A structured-output mode. */
export type StructuredMode = (typeof structuredModes)[number];

/** The parts of a chat completion request that depend on the mode. */
export interface StructuredParams {
  messages: Array<{ role: 'system' | 'user'; content: string }>;
  response_format?: { type: 'json_object' } | { type: 'json_schema'; json_schema: { name: string; strict: true; schema: Record<string, unknown> } };
  tools?: Array<{ type: 'function'; function: { name: string; description: string; parameters: Record<string, unknown>; strict: true } }>;
  tool_choice?: { type: 'function'; function: { name: string } };
}

/** Reads the mode from its environment value; unknown values throw, naming the variable. */
export function parseStructuredMode(value: string | undefined): StructuredMode {
  const mode = value?.trim() || 'json_schema';
  if ((structuredModes as readonly string[]).includes(mode)) return mode as StructuredMode;
  throw new InvalidArgumentError('SUCCESSKIT_STRUCTURED', `SUCCESSKIT_STRUCTURED must be one of ${structuredModes.join(', ')} (got ${JSON.stringify(mode)}).`);
}

function pointsOf(payload: unknown): Pick<SummaryPayload, 'points'> {
  const points = (payload as { points?: unknown } | null)?.points;
  return { points: points && typeof points === 'object' ? (points as SummaryPayload['points']) : {} };
}

/**
 * The mode-dependent parameters of one request, built from its payload.
 *
 * @example
 * ```ts
 * const params = structuredParams('json_schema', messages, payload);
 * params.response_format.json_schema.schema.$defs.key.enum; // the payload's points keys
 * ```
 */
export function structuredParams(mode: StructuredMode, messages: PromptMessages, payload: unknown): StructuredParams {
  const schema = summaryResponseJsonSchema(pointsOf(payload));
  const chat = (m: PromptMessages) => [
    { role: 'system' as const, content: m.system },
    { role: 'user' as const, content: m.user },
  ];
  switch (mode) {
    case 'json_schema':
      return { messages: chat(messages), response_format: { type: 'json_schema', json_schema: { name: summaryResponseSchemaName, strict: true, schema } } };
    case 'json_object':
      return { messages: chat(withSchemaInstructions(messages, JSON.stringify(schema))), response_format: { type: 'json_object' } };
    case 'tools':
      return {
        messages: chat(messages),
        tools: [
          {
            type: 'function',
            function: { name: summaryResponseSchemaName, description: 'Records the account summary.', parameters: schema, strict: true },
          },
        ],
        tool_choice: { type: 'function', function: { name: summaryResponseSchemaName } },
      };
  }
}
