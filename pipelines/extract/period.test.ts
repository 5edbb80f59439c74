import { describe, expect, it } from 'vitest';
import { buildView } from './document.js';
import { findDates, findPeriod } from './period.js';
import { findProjectPeriod, keyDate } from './project-period.js';
import { recordOf } from '../../test/extract-text.js';

describe('findPeriod', () => {
  const cases: [string, string, string][] = [
    ['201203 — 201410', '2012-03', '2014-10'],
    // A hyphen and a Unicode hyphen between the ends, as a PDF's text layer may give them.
    ['1 februari 2012-\u20101 februari 2014', '2012-02-01', '2014-02-01'],
    ['2012-01 — 2013-11', '2012-01', '2013-11'],
    ['2014 09 01 2015 12 31', '2014-09-01', '2015-12-31'],
    ['1 december 2013 15 november 2014', '2013-12-01', '2014-11-15'],
    ['2015/07/01 - 2016/09/01', '2015-07-01', '2016-09-01'],
    ['20120301-20141031', '2012-03-01', '2014-10-31'],
    ['01.12.2013–15.11.2014', '2013-12-01', '2014-11-15'],
    ['fr.o.m. 2013-12-01 t.o.m. 2014-11-15', '2013-12-01', '2014-11-15'],
    ['jan 2013 - dec 2014', '2013-01', '2014-12'],
    ['2012–2014', '2012', '2014'],
    ['Projektet pågick mellan augusti 2010 och juni 2012', '2010-08', '2012-06'],
    ['2015-02-01--2016-11-30', '2015-02-01', '2016-11-30'],
    // An arrow lost in transcription.
    ['2015-09-01 ? 2018-08-31', '2015-09-01', '2018-08-31'],
    ['2015-09-01 → 2018-08-31', '2015-09-01', '2018-08-31'],
    ['sept 2016 till mars 2018', '2016-09', '2018-03'],
    ['The project ran from March 2019 to June 2021.', '2019-03', '2021-06'],
    ['1 March 2019 – 30 June 2021', '2019-03-01', '2021-06-30'],
    ['2019-03-01 till 2021-06-30', '2019-03-01', '2021-06-30'],
    ['Projektet startade 2018-03 och avslutades 2021-07.', '2018-03', '2021-07'],
    ['The project started in May 2019 and ended in June 2021.', '2019-05', '2021-06'],
    ['1 mars 2015 till den 31 december 2016', '2015-03-01', '2016-12-31'],
    // Norwegian month names on a cross-border page.
    ['PROJEKTTID 1 mai 2016 – 31 desember 2018', '2016-05-01', '2018-12-31'],
    ['från 2014-01-01 fram till 2015-12-31', '2014-01-01', '2015-12-31'],
    ['inleddes i januari 2017 och pågick till december 2018', '2017-01', '2018-12'],
    // Autumn and spring terms.
    ['ht 2023 – ht 2024', '2023', '2024'],
    // Seasons, and a month and a year at their own precisions when a word or a dash stands between them.
    ['under perioden våren 2010 till våren 2013', '2010', '2013'],
    ['Augusti 2012 – sommaren 2014.', '2012-08', '2014'],
    // Two months of one year, the year written once.
    ['Period: 1 Maj - 30 Nov 2018', '2018-05-01', '2018-11-30'],
    ['pågår under perioden februari – oktober 2023', '2023-02', '2023-10'],
    ['Januari–juni 2020', '2020-01', '2020-06'],
    // Ordinal days.
    ['Duration: 1st Oct 2010 - 31st Dec 2012', '2010-10-01', '2012-12-31'],
  ];
  it.each(cases)('%s', (text, start, end) => {
    expect(findPeriod(text)).toMatchObject({ start, end });
  });

  it.each([
    'ÅÅÅÅ-MM-DD – ÅÅÅÅ-MM-DD',
    'Startdatum 2014-01-01 och 250 deltagare',
    '2016-05 – 2014-01',
    // A year next to a finer date with nothing between is no range; nor are a month's days, or months out of order.
    '2014 2015-01',
    'Mässan pågår 2–4 maj 2022',
    'november – februari 2023',
  ])('finds no range in %s', (text) => {
    expect(findPeriod(text)).toBeNull();
  });

  it('keeps the written precision', () => {
    expect(findDates('2012-03 och 2012-03-01').map((d) => d.value)).toEqual(['2012-03', '2012-03-01']);
  });
});

describe('findProjectPeriod from sentences', () => {
  const period = (text: string) => findProjectPeriod([], [{ text, page: 1 }])?.value ?? null;
  it.each([
    ['This report presents the final evaluation of X, a project that ran from March 2017 to February 2020.', '2017-03', '2020-02'],
    ['Arbetet bedrevs från 2012-10-01 till 2013-10-31.', '2012-10-01', '2013-10-31'],
    ['Projektet startade 2018-03 och avslutades 2021-07.', '2018-03', '2021-07'],
    ['Circular Business Lab was run by Region X from March 2018 to February 2021.', '2018-03', '2021-02'],
    ['Vatten på landet har drivits av Länsstyrelsen mellan mars 2020 och december 2022 med bidrag från staten.', '2020-03', '2022-12'],
    ['Finnskogen Trails was carried out from January 2019 to June 2022.', '2019-01', '2022-06'],
    ['TwinTowns Health is a cross-border project. It runs from 1.9.2023 to 31.8.2026 and aims to help.', '2023-09-01', '2026-08-31'],
    ['Bygdeenergi Halland, som Studieförbundet drev från oktober 2019 till september 2021 i Hylte.', '2019-10', '2021-09'],
  ])('%s', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });
  it('never takes the span of an evaluation or a survey', () => {
    expect(period('Utvärderingen genomfördes mellan mars 2019 och maj 2019.')).toBeNull();
    expect(period('The survey was carried out from May 2020 to June 2020.')).toBeNull();
  });
  it('reads a range broken before its dash as one sentence, not as a list item', () => {
    const view = buildView(['Bakgrund\nArbetet pågick under perioden 2019 01 01\n– 2021 06 30.\nSyfte och mål']);
    expect(findProjectPeriod(view.labels, view.sentences)?.value).toEqual({ start: '2019-01-01', end: '2021-06-30' });
  });
  it('takes the end an extension gives the project', () => {
    const view = buildView([
      'Genomförande\nProjektet startade 2019-01-01 och skulle enligt den ursprungliga planen avslutas\n2020-12-31. Pandemin försenade arbetet, och projektet förlängdes till 2021-06-30.',
    ]);
    expect(findProjectPeriod(view.labels, view.sentences)?.value).toEqual({ start: '2019-01-01', end: '2021-06-30' });
    const labelled = buildView([
      'Projektperiod: 2020-03-01 – 2022-02-28\nThe project was extended to 31 August 2022 because of the pandemic.',
    ]);
    expect(findProjectPeriod(labelled.labels, labelled.sentences)?.value).toEqual({ start: '2020-03-01', end: '2022-08-31' });
  });
  it("reads two years joined by a hyphen under a period key, and not under a programme's", () => {
    const joined = buildView(['Om projektet\nProjektperiod\n2022-2023\nProjektägare\nÖverlida byalag']);
    expect(findProjectPeriod(joined.labels, joined.sentences)?.value).toEqual({ start: '2022', end: '2023' });
    const programme = buildView(['Programperiod: 2014-2020\nProjektägare: Region Gävleborg']);
    expect(findProjectPeriod(programme.labels, programme.sentences)).toBeNull();
  });
  it('reads revised periods, new end dates, day/month dates and ranges broken over a label line', () => {
    const revised = buildView([
      'Ursprunglig projektperiod: 2020-04-01 – 2022-03-31\nFörlängd projektperiod: 2020-04-01 – 2022-12-31\nFinansiering: regionala utvecklingsmedel',
    ]);
    expect(findProjectPeriod(revised.labels, revised.sentences)?.value).toEqual({ start: '2020-04-01', end: '2022-12-31' });
    const newEnd = buildView([
      'Projektperiod\n2020-05-01 – 2022-04-30\nBeslut om ändring av projektperiod\nFörlängning beviljad 2022-03-09, nytt slutdatum 2022-10-31',
    ]);
    expect(findProjectPeriod(newEnd.labels, newEnd.sentences)?.value).toEqual({ start: '2020-05-01', end: '2022-10-31' });
    const slashed = buildView(['Projektnamn\tMatakademin\nProjekttid\tfr.o.m. 1/9 2021 t.o.m. 31/8 2023\nProjektledare\tHanna Mårtensson']);
    expect(findProjectPeriod(slashed.labels, slashed.sentences)?.value).toEqual({ start: '2021-09-01', end: '2023-08-31' });
    const broken = buildView([
      'Reporting period: January 1 – June 30, 2025\nProject period: January 1, 2024 –\nDecember 31, 2026\nLead partner: Region Värmland',
    ]);
    expect(findProjectPeriod(broken.labels, broken.sentences)?.value).toEqual({ start: '2024-01-01', end: '2026-12-31' });
  });
  it("never takes a programme's years", () => {
    expect(
      period('The project ran within the National Social Fund Programme for Investment in Growth and Jobs 2014–2020, programme area 1.'),
    ).toBeNull();
  });
  it('never takes the reporting period', () => {
    expect(period('Rapportperioden omfattar 2016-01-01 – 2016-06-30.')).toBeNull();
    // Nor the time a web page's content was up.
    expect(
      period('Innehållet publicerades under perioden 21 januari 2019 och 8 juli 2021 Pressmeddelande från Socialdepartementet'),
    ).toBeNull();
  });
});

describe('keyDate', () => {
  it.each([
    ['260430', '2026-04-30'],
    ['20260430', '2026-04-30'],
    ['2026-04-30', '2026-04-30'],
    ['30 april 2026', '2026-04-30'],
    ['261340', null],
    ['123456789', null],
    ['Projektet pågår 260430', null],
  ])('%s', (value, date) => {
    expect(keyDate(value)).toBe(date);
  });

  it("reads a Leader fact box's end key over digits alone", () => {
    expect(recordOf('Om projektet\nProjekt pågår till\n260430\nProjektägare\nFöreningen bevara ångaren Östersund').period).toEqual({
      start: null,
      end: '2026-04-30',
    });
  });

  it("reads a period key's two dates in digits alone, and never a range that runs backwards", () => {
    expect(recordOf('Efterfrågad utveckling\nProjektledare: Ida Boström\nProjektperiod: 121001–141231\n.').period).toEqual({
      start: '2012-10-01',
      end: '2014-12-31',
    });
    expect(recordOf('Efterfrågad utveckling\nProjektledare: Ida Boström\nProjektperiod: 141231–121001\n.').period).toEqual({
      start: null,
      end: null,
    });
  });
});
