/**
 * `SectionStreamParser`: reads the model's JSON output as it streams and reports each summary
 * section the moment its array closes — without waiting for the whole document. A small
 * character-level state machine tracks strings, escapes and nesting; only a complete
 * `sections.<name>` array is parsed (and validated) on its own.
 */
import { summarySectionNames, summaryStatementSchema, type SummarySectionName, type SummaryStatement } from '@successkit/core';
import { z } from 'zod';

type Frame = { type: 'object'; key: string | null; expectKey: boolean } | { type: 'array' };

const sectionNames = new Set<string>(summarySectionNames);
const statementsSchema = z.array(summaryStatementSchema);

/** Incremental parser of `{ kpis, sections: { overview: [...], ... } }`. */
export class SectionStreamParser {
  readonly #onSection: (section: SummarySectionName, statements: SummaryStatement[]) => void;
  readonly #stack: Frame[] = [];
  readonly #emitted = new Set<string>();
  #text = '';
  #inString = false;
  #escape = false;
  #stringStart = 0;
  #stringIsKey = false;
  #sectionStart = -1;
  #sectionName: string | null = null;

  constructor(onSection: (section: SummarySectionName, statements: SummaryStatement[]) => void) {
    this.#onSection = onSection;
  }

  /** Feeds the next piece of output text. */
  push(delta: string): void {
    const start = this.#text.length;
    this.#text += delta;
    for (let i = start; i < this.#text.length; i++) this.#step(this.#text[i]!, i);
  }

  #step(c: string, i: number): void {
    const top = this.#stack.at(-1);
    if (this.#inString) {
      if (this.#escape) this.#escape = false;
      else if (c === '\\') this.#escape = true;
      else if (c === '"') {
        this.#inString = false;
        if (this.#stringIsKey && top?.type === 'object') {
          top.key = JSON.parse(this.#text.slice(this.#stringStart, i + 1)) as string;
          top.expectKey = false;
        }
      }
      return;
    }
    switch (c) {
      case '"':
        this.#inString = true;
        this.#stringStart = i;
        this.#stringIsKey = top?.type === 'object' && top.expectKey;
        break;
      case '{':
        this.#stack.push({ type: 'object', key: null, expectKey: true });
        break;
      case '[':
        if (this.#isSectionArrayStart()) {
          this.#sectionStart = i;
          this.#sectionName = (this.#stack[1] as { key: string }).key;
        }
        this.#stack.push({ type: 'array' });
        break;
      case '}':
      case ']':
        this.#stack.pop();
        if (c === ']' && this.#sectionName !== null && this.#stack.length === 2) this.#emit(i);
        break;
      case ',':
        if (top?.type === 'object') top.expectKey = true;
        break;
    }
  }

  #isSectionArrayStart(): boolean {
    const [root, sections] = this.#stack;
    return (
      this.#stack.length === 2 &&
      root?.type === 'object' &&
      root.key === 'sections' &&
      sections?.type === 'object' &&
      sections.key !== null &&
      sectionNames.has(sections.key)
    );
  }

  #emit(end: number): void {
    const name = this.#sectionName!;
    this.#sectionName = null;
    if (this.#emitted.has(name)) return;
    try {
      const parsed = statementsSchema.safeParse(JSON.parse(this.#text.slice(this.#sectionStart, end + 1)));
      if (!parsed.success) return; // the final validation reports it
      this.#emitted.add(name);
      this.#onSection(name as SummarySectionName, parsed.data);
    } catch {
      // Not valid JSON after all: the final parse reports it.
    }
  }
}
