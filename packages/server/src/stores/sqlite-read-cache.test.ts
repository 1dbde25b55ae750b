import { describe, expect, it } from 'vitest';
import { SqliteReadCache } from './sqlite-read-cache.ts';

/** A read cache over a fake data version and a fake clock, counting loads. */
function setup(options: { maxEntries?: number; recheckMs?: number } = {}) {
  const state = { version: 1, now: 0, versionChecks: 0, loads: 0 };
  const cache = new SqliteReadCache({
    ...options,
    dataVersion: () => {
      state.versionChecks += 1;
      return state.version;
    },
    clock: () => state.now,
  });
  const table = cache.table<string | null>();
  const read = (key: string, value: string | null = `value of ${key}`) =>
    table.get(key, () => {
      state.loads += 1;
      return value;
    });
  return { state, cache, table, read };
}

describe('SqliteReadCache', () => {
  it('loads a key once, remembering null answers too', () => {
    const { state, read } = setup();
    expect(read('a')).toBe('value of a');
    expect(read('a', 'changed')).toBe('value of a');
    expect(read('missing', null)).toBeNull();
    expect(read('missing', 'now there')).toBeNull();
    expect(state.loads).toBe(2);
  });

  it('forgets every table on invalidate (a write through the same connection)', () => {
    const { cache, read } = setup();
    const other = cache.table<number>();
    read('a');
    other.get('n', () => 1);
    cache.invalidate();
    expect(read('a', 'new')).toBe('new');
    expect(other.get('n', () => 2)).toBe(2);
  });

  it("sees another connection's commit once the recheck window has passed, not before", () => {
    const { state, read } = setup({ recheckMs: 10 });
    read('a');
    const checks = state.versionChecks;
    state.version = 2; // another connection committed
    state.now = 5;
    expect(read('a', 'new')).toBe('value of a');
    expect(state.versionChecks).toBe(checks); // inside the window: no check at all
    state.now = 10;
    expect(read('a', 'new')).toBe('new');
    state.now = 25;
    expect(read('a', 'newer')).toBe('new'); // checked, nothing committed since
  });

  it('checks the data version on every read with recheckMs 0, and after a clock that went back', () => {
    const { state, read } = setup({ recheckMs: 0 });
    read('a');
    state.version = 2;
    expect(read('a', 'new')).toBe('new');
    const late = setup({ recheckMs: 1000 });
    late.state.now = 2000; // past the window: checks, and remembers when
    late.read('a');
    late.state.version = 2;
    late.state.now = 1500; // the monotonic clock should not go back; if it does, check again
    expect(late.read('a', 'new')).toBe('new');
  });

  it('holds at most maxEntries keys per table, dropping the oldest first', () => {
    const { table, read } = setup({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) read(key);
    expect(table.size).toBe(3);
    expect(read('a', 'reloaded')).toBe('reloaded');
    expect(read('e', 'reloaded')).toBe('value of e');
    expect(table.size).toBe(3);
  });
});
