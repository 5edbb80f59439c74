import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../test/extract-text.js';

describe('the project period', () => {
  it('takes the same years at the finer precision another phrase gives', () => {
    const page = [
      'Stärkt företagsklimat i Skaraborg',
      '2018-01-01 till 2021-12-31. Projektets huvudsakliga uppgift har varit att stödja kommunerna.',
      'Projektet pågår mellan 2018 - 2021 och finansieras av Skaraborgs Kommunalförbund.',
    ].join('\n');
    const rec = recordOf(page);
    expect(rec.period).toEqual({ start: '2018-01-01', end: '2021-12-31' });
  });

  it("reads a form's key alone on its line with its value on the next", () => {
    const page = [
      'Beslut om bidrag',
      'Projektledare:',
      'Ulrika Domellöf Mattsson',
      'Startdatum-Slutdatum:',
      '2022-11-01 - 2023-12-31',
      'Er ansökan om bidrag har beviljats. Vi har beslutat att bevilja er ansökan om bidrag till projektet.',
    ].join('\n');
    expect(recordOf(page).period).toEqual({ start: '2022-11-01', end: '2023-12-31' });
  });
});
