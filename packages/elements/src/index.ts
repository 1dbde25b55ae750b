/**
 * `@successkit/elements`: the element classes, without defining any tag (no side effects), so a
 * host can register them under its own names. Import `@successkit/elements/define` to define
 * every tag, or `@successkit/elements/<element>` to define one.
 */
export { SuccessKitProvider } from './shared/successkit-provider.ts';
export { SkElement } from './shared/sk-element.ts';
export type { TokenExpiredDetail } from './shared/sk-element.ts';
export type { ApiConnection } from './shared/api-context.ts';
export { themeStyles } from './shared/theme.ts';
export { formatRelative } from './shared/relative-time.ts';
