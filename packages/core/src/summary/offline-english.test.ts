import { describe, expect, it } from 'vitest';
import { article } from './offline-english.ts';

describe('article', () => {
  it.each([
    ['Ultimate parent', 'an'], ['ultimate parent', 'an'], ['Umbrella account', 'an'], ['Under-served region', 'an'],
    ['user group', 'a'], ['Unit', 'a'], ['unique case', 'a'], ['European office', 'a'], ['one-off deal', 'a'],
    ['hour', 'an'], ['honest answer', 'an'], ['Holding', 'a'], ['Product', 'a'], ['Enterprise', 'an'], ['Account', 'an'],
    ['MSP', 'an'], ['SMB customer', 'an'], ['CRM account', 'a'], ['USA subsidiary', 'a'], ['ACCOUNT_1', 'an'],
    ['8-seat plan', 'an'], ['11-day trial', 'an'], ['80 person team', 'an'], ['12 person team', 'a'], ['Line of business', 'a'], ['Region', 'a'],
  ])('%s → %s', (word, expected) => {
    expect(article(word)).toBe(expected);
  });
});
