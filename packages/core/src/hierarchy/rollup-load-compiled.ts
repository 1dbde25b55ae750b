/**
 * A load pass compiled for the dataset's attribute keys: one function whose loop reads each
 * rolled-up key as a constant property name (`a["arr"]`), which V8 turns into a direct field
 * load for objects of one shape (JSON.parse gives every account the same shape when they list
 * their keys in the same order) — several times faster than walking each object's keys. The
 * same technique validators such as Ajv use.
 *
 * Safety: keys only ever appear as `JSON.stringify`'d string literals, and a key that is also a
 * property of `Object.prototype` (`constructor`, `__proto__`…) would read the prototype's value
 * for a missing attribute, so such datasets use the generic pass. Where code generation is not
 * allowed (a Content-Security-Policy without `unsafe-eval`), `compileLoader` returns `null` and
 * the generic pass runs.
 */
import type { Account } from '../dataset/schema.ts';
import { comparableKey } from './rollup-extreme.ts';
import type { ColumnLoad } from './rollup-load.ts';

/** A compiled load pass: reads every account's own values into the columns. */
export type CompiledLoader = (accounts: readonly Account[], positionOfSlot: Int32Array) => void;

/** Compiles the load pass of `load`, or `null` when it cannot (see the module comment). */
export function compileLoader(load: ColumnLoad): CompiledLoader | null {
  const keys = new Map<string, string>(); // key → local variable holding its value
  const local = (key: string): string => {
    let name = keys.get(key);
    if (name === undefined) keys.set(key, (name = `v${keys.size}`));
    return name;
  };
  const body: string[] = [];
  load.additive.forEach(({ key, column }, i) => {
    const v = local(key);
    body.push(
      column.fn === 'count'
        ? `if (${v} !== null && ${v} !== undefined) c${i}[pos] = 1;`
        : `if (typeof ${v} === 'number' && ${v} - ${v} === 0) { t${i}[pos] = ${v}; c${i}[pos] = 1; }`,
    );
  });
  load.weighted.forEach(({ key, weightKey }, i) => body.push(`w${i}.loadWeighted(pos, ${local(key)}, ${local(weightKey)});`));
  load.extreme.forEach(({ key }, i) => {
    const v = local(key);
    body.push(`e${i}[pos] = (typeof ${v} === 'number' ? (${v} - ${v} === 0 ? ${v} : NaN) : comparableKey(${v})) * s${i};`);
  });
  load.distinct.forEach(({ key }, i) => body.push(`d${i}.loadValue(pos, ${local(key)});`));
  for (const key of keys.keys()) if (key in Object.prototype) return null;

  const source = [
    ...load.additive.map((_, i) => `const t${i} = additive[${i}].total, c${i} = additive[${i}].count;`),
    ...load.weighted.map((_, i) => `const w${i} = weighted[${i}];`),
    ...load.extreme.map((_, i) => `const e${i} = extreme[${i}].own, s${i} = extreme[${i}].sign;`),
    ...load.distinct.map((_, i) => `const d${i} = distinct[${i}];`),
    'return function load(accounts, positionOfSlot) {',
    '  for (let slot = 0; slot < accounts.length; slot++) {',
    '    const a = accounts[slot].attributes;',
    '    const pos = positionOfSlot[slot];',
    ...[...keys].map(([key, v]) => `    const ${v} = a[${JSON.stringify(key)}];`),
    ...body.map((line) => `    ${line}`),
    '  }',
    '};',
  ].join('\n');
  try {
    const factory = new Function('additive', 'weighted', 'extreme', 'distinct', 'comparableKey', source) as (...args: unknown[]) => CompiledLoader;
    return factory(
      load.additive.map((l) => l.column),
      load.weighted.map((l) => l.column),
      load.extreme.map((l) => l.column),
      load.distinct.map((l) => l.column),
      comparableKey,
    );
  } catch {
    return null; // code generation refused (CSP)
  }
}
