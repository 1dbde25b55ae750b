import { describe, expect, it } from 'vitest';
import { findAttributeByMeaning, isInactiveContractStatus } from './attribute-meaning.ts';
import type { AttributeDefinition } from './schema.ts';

const attr = (key: string, extra: Partial<AttributeDefinition> = {}): AttributeDefinition => ({
  key, label: key, type: 'number', category: 'custom', ...extra,
});

describe('findAttributeByMeaning', () => {
  it('prefers an attribute marked with the meaning', () => {
    const attributes = [attr('arr', { type: 'currency' }), attr('bookings', { meaning: 'contractValue' })];
    expect(findAttributeByMeaning(attributes, 'contractValue')?.key).toBe('bookings');
  });
  it('recognises well-known keys, case-insensitively', () => {
    expect(findAttributeByMeaning([attr('RenewalDate', { type: 'date' })], 'renewalDate')?.key).toBe('RenewalDate');
  });
  it('falls back to the first value-metric currency attribute for contract value', () => {
    expect(findAttributeByMeaning([attr('x', { type: 'currency', category: 'valueMetrics' })], 'contractValue')?.key).toBe('x');
  });
  it('returns undefined when nothing fits', () => {
    expect(findAttributeByMeaning([attr('seats')], 'licenseUtilization')).toBeUndefined();
  });
});

describe('isInactiveContractStatus', () => {
  it('treats cancelled and empty as inactive', () => {
    expect(isInactiveContractStatus('Cancelled')).toBe(true);
    expect(isInactiveContractStatus('')).toBe(true);
    expect(isInactiveContractStatus(null)).toBe(true);
    expect(isInactiveContractStatus('active')).toBe(false);
  });
});
