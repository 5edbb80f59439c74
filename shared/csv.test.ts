import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, toCsv } from './csv.js';

describe('csv', () => {
  it.each([
    [null, ''],
    ['Ludvika kommun', 'Ludvika kommun'],
    ['Region Skåne, Malmö', '"Region Skåne, Malmö"'],
    ['Region Skåne; Malmö', '"Region Skåne; Malmö"'],
    ['Han sa "hej"', '"Han sa ""hej"""'],
    ['rad ett\nrad två', '"rad ett\nrad två"'],
    [['Kiruna', 'Gällivare'], '"Kiruna; Gällivare"'],
    [4850000, '4850000'],
    [-5, '-5'],
    [Number.NaN, ''],
  ])('%j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  // OWASP's CSV injection advice: a leading apostrophe, and the cell quoted.
  it.each([
    ['=HYPERLINK("http://example.invalid","x")', `"'=HYPERLINK(""http://example.invalid"",""x"")"`],
    ['+46 70 123', `"'+46 70 123"`],
    ['-5', `"'-5"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
    [['=cmd', 'ok'], `"'=cmd; ok"`],
  ])('guards %j against formula injection', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves a formula character alone when it is not first', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('1-2 år')).toBe('1-2 år');
  });

  it('separates cells with the chosen delimiter', () => {
    expect(csvLine(['a', 'b;c', 'd,e'], 'semicolon')).toBe('a;"b;c";"d,e"\r\n');
    expect(csvLine(['a', 'b;c', 'd,e'], 'comma')).toBe('a,"b;c","d,e"\r\n');
  });

  it('writes a header and one row per record', () => {
    expect(toCsv(['id', 'owner'], [{ id: 'a', owner: 'X, Y' }, { id: 'b' }])).toBe('id,owner\r\na,"X, Y"\r\nb,\r\n');
  });
});
