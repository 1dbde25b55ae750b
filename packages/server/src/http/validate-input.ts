/**
 * Request validation with zod: parses one part of a request (`params`, `query`, `body`) and,
 * on failure, throws a `validation` problem whose `errors[].path` names each field the way a
 * caller writes it (`query.period`, `body.kpis[4]`).
 */
import type { z } from 'zod';
import { HttpProblem } from './http-problem.ts';

/** The part of a request a value comes from. */
export type InputPart = 'params' | 'query' | 'body' | 'headers';

/** Formats a zod issue path under its request part: `body.kpis[4]`, `query.period`. */
function formatPath(part: InputPart, path: readonly PropertyKey[]): string {
  let out: string = part;
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`;
  }
  return out;
}

/** Parses `value` with `schema`, or throws a 400 problem listing every issue. */
export function validateInput<S extends z.ZodType>(schema: S, value: unknown, part: InputPart): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    // Unknown keys of strict objects: name each key, not only its parent.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath(part, [...issue.path, key]), message: 'unknown field' }));
    }
    return [{ path: formatPath(part, issue.path), message: issue.message }];
  });
  const flat = errors.flat();
  throw new HttpProblem('validation', `invalid request ${part}: ${flat.map((e) => e.path).join(', ')}`, { errors: flat });
}

/** Reads a JSON body (`{}`-less bodies are `undefined`), or throws a 400 naming `body`. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem('validation', 'the request body is not valid JSON', {
      errors: [{ path: 'body', message: 'not valid JSON' }],
    });
  }
}
