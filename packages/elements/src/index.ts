/**
 * `@successkit/elements`: Lit web components of successkit. Importing this module defines every
 * tag; import `@successkit/elements/<element>` for one, or the classes to register your own names.
 */
export { formatRelative } from './shared/relative-time.ts';
