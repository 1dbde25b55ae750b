/**
 * The API connection shared by a `<successkit-provider>` with every successkit element inside
 * it (through @lit/context): the API base URL and the token source.
 */
import { createContext } from '@lit/context';

/** What a provider shares. */
export interface ApiConnection {
  apiBase: string;
  /** Returns the current embed token (or null when the host has none yet). */
  getToken: () => string | null;
  /** Resolves with the next token the host sets (used after an expired token). */
  nextToken: () => Promise<string>;
}

/** The context key of the API connection. */
export const apiContext = createContext<ApiConnection | undefined>(Symbol('successkit-api'));
