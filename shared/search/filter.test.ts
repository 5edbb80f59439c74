import { describe, expect, it } from 'vitest';
import { cmp, eq, quoteFilterValue } from './filter.js';

describe('quoteFilterValue', () => {
  it.each([
    ['Ludvika kommun', '"Ludvika kommun"'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['a" OR id EXISTS OR owner = "b', '"a\\" OR id EXISTS OR owner = \\"b"'],
    ['trailing\\', '"trailing\\\\"'],
  ])('%s', (input, expected) => {
    expect(quoteFilterValue(input)).toBe(expected);
  });
});

describe('eq / cmp', () => {
  it('builds an equality filter with an escaped value', () => {
    expect(eq('owner', 'Region "X"')).toBe('owner = "Region \\"X\\""');
  });
  it('refuses non-finite numbers', () => {
    expect(() => cmp('startYear', '>=', Number.NaN)).toThrow();
    expect(cmp('budgetTotalSek', '<=', 5000000)).toBe('budgetTotalSek <= 5000000');
  });
});
