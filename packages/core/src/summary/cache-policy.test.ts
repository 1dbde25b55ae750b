import { describe, expect, it } from 'vitest';
import type { StoredSummary } from '../api/summary-api.ts';
import { SUMMARY_TTL_MS, expiresAtFor, hasDataChanged, hashString, inputFingerprint, isExpired, summaryCacheKey, summaryCacheState } from './cache-policy.ts';
import type { SummaryInput } from './summary-input.ts';

const summary = (generatedAt: string, fingerprint = 'f1') => ({ generatedAt, inputFingerprint: fingerprint }) as StoredSummary;
const input: SummaryInput = { version: 1, asOf: '2026-01-31T00:00:00Z', currency: 'USD', kpis: ['attr.arr'], points: { 'attr.arr': { label: 'ARR', value: 1, unit: 'currency' }, 'account.name': { label: 'Account', value: 'Acme' } } };

describe('cache policy', () => {
  it('keys by tenant, account and config version without collisions', () => {
    expect(summaryCacheKey({ tenantId: 't1', accountId: 'acme', configVersion: 3 })).toBe('summary:t1:acme:v3');
    expect(summaryCacheKey({ tenantId: 'a:b', accountId: 'c', configVersion: 1 })).not.toBe(summaryCacheKey({ tenantId: 'a', accountId: 'b:c', configVersion: 1 }));
  });

  it('expires 12 hours after generation', () => {
    expect(SUMMARY_TTL_MS).toBe(43_200_000);
    const s = summary('2026-01-31T00:00:00.000Z');
    expect(isExpired(s, '2026-01-31T11:59:59.999Z')).toBe(false);
    expect(isExpired(s, '2026-01-31T12:00:00.000Z')).toBe(true);
    expect(isExpired(s, Date.parse('2026-02-01T00:00:00Z'))).toBe(true);
    expect(expiresAtFor('2026-01-31T00:00:00.000Z')).toBe('2026-01-31T12:00:00.000Z');
  });

  it('tells fresh, expired, generating and failed, keeping the last good summary', () => {
    const now = '2026-01-31T06:00:00Z';
    const fresh = summary('2026-01-31T00:00:00Z');
    const old = summary('2026-01-30T00:00:00Z');
    expect(summaryCacheState({ summary: fresh }, now)).toEqual({ state: 'fresh', summary: fresh });
    expect(summaryCacheState({ summary: old }, now)).toEqual({ state: 'expired', summary: old });
    expect(summaryCacheState({ summary: old, generating: true }, now)).toEqual({ state: 'generating', summary: old });
    expect(summaryCacheState({ summary: null, lastGood: old, generating: true }, now)).toEqual({ state: 'generating', summary: old });
    expect(summaryCacheState({ summary: old, failedAt: '2026-01-31T05:00:00Z' }, now)).toEqual({ state: 'failed', summary: old });
    expect(summaryCacheState({ summary: fresh, failedAt: '2026-01-30T05:00:00Z' }, now)).toEqual({ state: 'fresh', summary: fresh });
    expect(summaryCacheState({ summary: null, lastGood: null }, now)).toEqual({ state: 'expired', summary: null });
  });

  it('fingerprints the input data, ignoring key order and asOf', () => {
    const fp = inputFingerprint(input);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    const reordered: SummaryInput = { ...input, asOf: '2026-02-01T00:00:00Z', points: { 'account.name': input.points['account.name']!, 'attr.arr': { unit: 'currency', value: 1, label: 'ARR' } } };
    expect(inputFingerprint(reordered)).toBe(fp);
    const changed: SummaryInput = { ...input, points: { ...input.points, 'attr.arr': { label: 'ARR', value: 2, unit: 'currency' } } };
    expect(inputFingerprint(changed)).not.toBe(fp);
    expect(hasDataChanged(summary('2026-01-31T00:00:00Z', fp), fp)).toBe(false);
    expect(hasDataChanged(summary('2026-01-31T00:00:00Z', fp), inputFingerprint(changed))).toBe(true);
  });

  it('hashes deterministically', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
  });
});
