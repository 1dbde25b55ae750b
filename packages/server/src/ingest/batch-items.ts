/**
 * A write batch as a flat list of items — one upsert or one delete of one entity, with the JSON
 * pointer it came from (`/upserts/accounts/17`) — the form the checker and the planner read.
 * `itemsOfRequest` turns a parsed `POST /v1/ingest` body into items (upserts in the order of
 * `ingestKinds`, then deletes); an import builds items from a dataset file the same way.
 */
import { entityKeyFields, entityKeyOf, ingestKinds, type EntityKind, type EntityOf, type IngestKind, type IngestRequest } from '@successkit/core';

/** One upsert (`value` set) or delete (`value: null`) of one entity. */
export interface BatchItem {
  kind: EntityKind;
  key: string;
  value: EntityOf[EntityKind] | null;
  /** The JSON pointer of the item in the request (`/upserts/touchpoints/3`, `/deletes/usage/0`). */
  path: string;
}

/** One problem of a batch: a JSON pointer and what is wrong there. */
export interface BatchProblem {
  path: string;
  message: string;
}

/** Escapes one JSON pointer segment (RFC 6901). */
function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON pointer of segments: `['upserts', 'accounts', 17, 'parentId']` → `/upserts/accounts/17/parentId`. */
export function pointer(segments: readonly (string | number | symbol)[]): string {
  return segments.map((s) => `/${pointerSegment(typeof s === 'symbol' ? String(s.description) : s)}`).join('');
}

/** The canonical key of a delete entry, or a message when it does not fit the kind. */
function deleteKey(kind: IngestKind, entry: string | Record<string, string>): string | { message: string } {
  const fields = entityKeyFields[kind] as readonly string[];
  if (typeof entry === 'object') {
    const names = Object.keys(entry);
    if (fields.length === 1 || names.length !== fields.length || !fields.every((f) => typeof entry[f] === 'string')) {
      return { message: fields.length === 1 ? `a ${kind} key is its ${fields[0]} (a string)` : `a ${kind} key is { ${fields.join(', ')} }` };
    }
    return JSON.stringify(fields.map((f) => entry[f]));
  }
  if (fields.length === 1) return entry;
  // A composite key may also be given as its canonical form, e.g. ["acc-1","2026-01-02"].
  try {
    const parts = JSON.parse(entry) as unknown;
    if (Array.isArray(parts) && parts.length === fields.length && parts.every((p) => typeof p === 'string')) return JSON.stringify(parts);
  } catch {
    // not the canonical form
  }
  return { message: `a ${kind} key is { ${fields.join(', ')} }` };
}

/** The items of a parsed ingest body, and the problems of delete keys that do not fit their kind. */
export function itemsOfRequest(request: IngestRequest): { items: BatchItem[]; problems: BatchProblem[] } {
  const items: BatchItem[] = [];
  const problems: BatchProblem[] = [];
  for (const kind of ingestKinds) {
    const list = request.upserts?.[kind] as readonly EntityOf[typeof kind][] | undefined;
    list?.forEach((value, i) => items.push({ kind, key: entityKeyOf(kind, value), value, path: `/upserts/${kind}/${i}` }));
  }
  for (const kind of ingestKinds) {
    request.deletes?.[kind]?.forEach((entry, i) => {
      const key = deleteKey(kind, entry);
      if (typeof key === 'string') items.push({ kind, key, value: null, path: `/deletes/${kind}/${i}` });
      else problems.push({ path: `/deletes/${kind}/${i}`, message: key.message });
    });
  }
  return { items, problems };
}

/** How many items a body holds (upserts and deletes), counted before any parsing of the items. */
export function countItems(body: unknown): number {
  let n = 0;
  if (typeof body !== 'object' || body === null) return 0;
  for (const part of ['upserts', 'deletes'] as const) {
    const lists = (body as Record<string, unknown>)[part];
    if (typeof lists !== 'object' || lists === null) continue;
    for (const list of Object.values(lists)) if (Array.isArray(list)) n += list.length;
  }
  return n;
}
