import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight.ts';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('joins concurrent callers of the same key into one call', async () => {
    const flights = new SingleFlight<number>();
    const d = deferred<number>();
    let calls = 0;
    const fn = () => (calls++, d.promise);
    const a = flights.run('k', fn);
    const b = flights.run('k', fn);
    expect(flights.has('k')).toBe(true);
    d.resolve(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(calls).toBe(1);
    expect(flights.size).toBe(0);
  });

  it('runs different keys separately and starts anew after settling', async () => {
    const flights = new SingleFlight<string>();
    let calls = 0;
    const fn = async () => `r${++calls}`;
    expect(await Promise.all([flights.run('a', fn), flights.run('b', fn)])).toEqual(['r1', 'r2']);
    expect(await flights.run('a', fn)).toBe('r3');
  });

  it('shares a failure and then forgets it', async () => {
    const flights = new SingleFlight<number>();
    const d = deferred<number>();
    const a = flights.run('k', () => d.promise);
    const b = flights.run('k', () => Promise.resolve(1));
    d.reject(new Error('boom'));
    await expect(a).rejects.toThrow('boom');
    await expect(b).rejects.toThrow('boom');
    expect(await flights.run('k', async () => 2)).toBe(2);
    await expect(flights.run('s', () => { throw new Error('sync'); })).rejects.toThrow('sync');
  });
});
