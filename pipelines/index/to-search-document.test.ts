import { describe, expect, it } from 'vitest';
import { periodToTimestamp } from './to-search-document.js';

const iso = (ts: number | null) => (ts === null ? null : new Date(ts * 1000).toISOString());

describe('periodToTimestamp', () => {
  it.each([
    ['2015-02', false, '2015-02-01T00:00:00.000Z'],
    ['2015-02', true, '2015-02-28T23:59:59.000Z'],
    ['2016-02', true, '2016-02-29T23:59:59.000Z'],
    ['2015-12', true, '2015-12-31T23:59:59.000Z'],
    ['2014-09-15', false, '2014-09-15T00:00:00.000Z'],
    ['2014-09-15', true, '2014-09-15T23:59:59.000Z'],
    ['2014', false, '2014-01-01T00:00:00.000Z'],
    ['2014', true, '2014-12-31T23:59:59.000Z'],
  ])('%s (end=%s)', (value, end, expected) => {
    expect(iso(periodToTimestamp(value, end))).toBe(expected);
  });

  it('is null for missing or malformed values', () => {
    expect(periodToTimestamp(null)).toBeNull();
    expect(periodToTimestamp('ÅÅÅÅ-MM')).toBeNull();
  });
});
