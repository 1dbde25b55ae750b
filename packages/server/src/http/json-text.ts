/**
 * `jsonText`: the JSON text of a response body, reusing the text of deep-frozen parts. The
 * stores hand out deep-frozen records (a summary, a job, a config version) that never change
 * once written, so their JSON text can be remembered per object: a cached summary GET then
 * serialises only the few per-request fields around it (`state`, `myVote`, `jobId`…) instead
 * of the whole ~4 KB summary. The text is exactly `JSON.stringify(value)`'s.
 *
 * Only values that are deep-frozen when first seen are remembered (checked once, then they
 * cannot change); anything else is serialised afresh every time. Entries go with their objects
 * (a `WeakMap`), so the memory is bounded by what the stores themselves keep.
 */

const remembered = new WeakMap<object, string>();

/** Whether `value` and everything it holds is frozen (so its JSON text can never change). */
function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  for (const child of Object.values(value)) if (!isDeepFrozen(child)) return false;
  return true;
}

/** JSON text of one value: remembered for deep-frozen objects, else `JSON.stringify`. */
function textOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return JSON.stringify(value);
  const hit = remembered.get(value);
  if (hit !== undefined) return hit;
  const text = JSON.stringify(value);
  if (isDeepFrozen(value)) remembered.set(value, text);
  return text;
}

/**
 * `JSON.stringify(body)` for a plain response body, reusing the text of its deep-frozen
 * top-level values (and of the body itself when it is deep-frozen).
 *
 * @example
 * ```ts
 * const summary = await stores.summaries.get(key); // deep-frozen
 * jsonText({ state: 'fresh', summary, myVote: null }); // the summary's text is built once
 * ```
 */
export function jsonText(body: unknown): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || Object.isFrozen(body)) return textOf(body) as string;
  if (Object.getPrototypeOf(body) !== Object.prototype || 'toJSON' in body) return JSON.stringify(body);
  let out = '{';
  for (const key of Object.keys(body)) {
    const text = textOf((body as Record<string, unknown>)[key]);
    // Like JSON.stringify: keys whose value has no JSON form (undefined, functions) are left out.
    if (text === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}
