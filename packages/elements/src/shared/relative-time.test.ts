import { expect } from '@open-wc/testing';
import { formatRelative } from './relative-time.ts';

describe('formatRelative (in Chromium)', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it('says how long ago in hours', () => {
    expect(formatRelative(Date.parse('2026-01-01T09:00:00Z'), now, 'en')).to.equal('3 hours ago');
  });
  it('says how far ahead in hours', () => {
    expect(formatRelative(Date.parse('2026-01-01T21:00:00Z'), now, 'en')).to.equal('in 9 hours');
  });
});
