/**
 * Holds an embed token and lets callers wait for the next one the host sets (after the current
 * one expired). Used by the provider and by elements that get their token directly.
 */
export class TokenWaiter {
  #token: string | null = null;
  #waiting: Array<(token: string) => void> = [];

  get token(): string | null {
    return this.#token;
  }

  set token(value: string | null) {
    this.#token = value;
    if (!value) return;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve(value);
  }

  /** Resolves with the next token set. */
  next(): Promise<string> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
}
