/**
 * Pseudonyms: `ACCOUNT_1`, `PERSON_2`, `EMAIL_1`… handed out per kind in order of first use,
 * stable within one payload (the same identifier always gets the same pseudonym), and the
 * reversible mapping from each pseudonym back to the real value.
 */

/** The kinds of identifier, each with its pseudonym prefix. */
export const identifierKinds = ['ACCOUNT', 'PERSON', 'EMAIL', 'PHONE', 'URL', 'DOMAIN', 'IP', 'IBAN', 'CARD', 'ADDRESS'] as const;
/** A kind of identifier. */
export type IdentifierKind = (typeof identifierKinds)[number];

/**
 * Pseudonym → the real value it stands for. A plain JSON object so it can be stored with a
 * job; it never leaves the server.
 */
export type AnonymizationMapping = Readonly<Record<string, string>>;

/** Matches a pseudonym in text (`ACCOUNT_12`), case-insensitively. */
export const pseudonymPattern = new RegExp(`\\b(?:${identifierKinds.join('|')})_\\d+\\b`, 'gi');

/** Hands out pseudonyms and records the mapping. */
export class PseudonymRegistry {
  readonly #byKey = new Map<string, string>();
  readonly #counters = new Map<IdentifierKind, number>();
  readonly #mapping: Record<string, string> = {};

  /**
   * The pseudonym of an identifier. `key` identifies it (e.g. the folded value), `original`
   * is what `deanonymize` restores; the first `original` seen for a key wins.
   */
  assign(kind: IdentifierKind, key: string, original: string): string {
    const full = `${kind}:${key}`;
    const known = this.#byKey.get(full);
    if (known) return known;
    const n = (this.#counters.get(kind) ?? 0) + 1;
    this.#counters.set(kind, n);
    const pseudonym = `${kind}_${n}`;
    this.#byKey.set(full, pseudonym);
    this.#mapping[pseudonym] = original;
    return pseudonym;
  }

  /** Registers another key for an existing pseudonym (e.g. "Acme" for "Acme Corp"). */
  alias(kind: IdentifierKind, key: string, pseudonym: string): void {
    const full = `${kind}:${key}`;
    if (!this.#byKey.has(full)) this.#byKey.set(full, pseudonym);
  }

  /** The pseudonym already given to a key, if any. */
  lookup(kind: IdentifierKind, key: string): string | undefined {
    return this.#byKey.get(`${kind}:${key}`);
  }

  /** A snapshot of the mapping. */
  mapping(): AnonymizationMapping {
    return { ...this.#mapping };
  }
}
