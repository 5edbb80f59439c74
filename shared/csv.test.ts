import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

describe('csv', () => {
  it.each([
    [null, ''],
    ['Ludvika kommun', 'Ludvika kommun'],
    ['Region Skåne, Malmö', '"Region Skåne, Malmö"'],
    ['Han sa "hej"', '"Han sa ""hej"""'],
    ['rad ett\nrad två', '"rad ett\nrad två"'],
    [['Kiruna', 'Gällivare'], '"Kiruna; Gällivare"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-5', "'-5"],
    [4850000, '4850000'],
  ])('%j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes a header and one row per record', () => {
    expect(toCsv(['id', 'owner'], [{ id: 'a', owner: 'X, Y' }, { id: 'b' }])).toBe('id,owner\r\na,"X, Y"\r\nb,\r\n');
  });
});
