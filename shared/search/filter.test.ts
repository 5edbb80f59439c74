import { describe, expect, it } from 'vitest';
import { cmp, eq, hasValue, inList, isEmpty, keysetAfter, quoteFilterValue } from './filter.js';

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

describe('keyset paging', () => {
  it('continues after the last document on one key', () => {
    expect(keysetAfter([{ attribute: 'id', direction: 'asc' }], { id: 'ab"c' })).toBe('id > "ab\\"c"');
  });

  it('breaks ties on the following keys, in their directions', () => {
    expect(
      keysetAfter(
        [
          { attribute: 'budgetTotalSek', direction: 'desc' },
          { attribute: 'reportId', direction: 'asc' },
          { attribute: 'position', direction: 'asc' },
        ],
        { budgetTotalSek: 500000, reportId: 'r1', position: 3 },
      ),
    ).toBe(
      '(budgetTotalSek < 500000) OR (budgetTotalSek = 500000 AND reportId > "r1") OR (budgetTotalSek = 500000 AND reportId = "r1" AND position > 3)',
    );
  });

  it('refuses a key the last document has no value for', () => {
    expect(() => keysetAfter([{ attribute: 'budgetTotalSek', direction: 'asc' }], { budgetTotalSek: null })).toThrow();
  });

  it('tells empty values from present ones, and lists ids escaped', () => {
    expect(isEmpty('budgetTotalSek')).toBe('(budgetTotalSek IS NULL OR budgetTotalSek NOT EXISTS)');
    expect(hasValue('budgetTotalSek')).toBe('(budgetTotalSek EXISTS AND budgetTotalSek IS NOT NULL)');
    expect(inList('id', ['a', 'b"'])).toBe('id IN ["a", "b\\""]');
  });
});
