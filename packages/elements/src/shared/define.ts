/**
 * Defines a custom element tag once (a second import of a define module is harmless).
 */

/** Registers `constructor` as `tag` unless the tag is already defined. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
