import { describe, expect, it } from 'vitest';
import { findDiaryNumber, readIdentifier } from './identifiers.js';
import { findLabels } from './labels.js';

describe('readIdentifier', () => {
  it.each([
    ['20201234', '20201234'],
    ['Ä 2016-001579:03', 'Ä 2016-001579:03'],
    ['2015/00394', '2015/00394'],
    ['302-886-2018', '302-886-2018'],
    ['S30441-56-08', 'S30441-56-08'],
    ['nr 2019-1234', '2019-1234'],
    ['STHB.01.02-IP.01-0012/19', 'STHB.01.02-IP.01-0012/19'],
  ])('%s', (v, id) => {
    expect(readIdentifier(v)).toBe(id);
  });
  it.each(['556677-8899', 'saknas', '12', '2022-10-25'])('is no identifier: %s', (v) => {
    expect(readIdentifier(v)).toBeNull();
  });
});

describe('findDiaryNumber', () => {
  it('reads a case number from prose', () => {
    expect(findDiaryNumber([], [{ text: 'Länsstyrelsen beviljade stödet (dnr 302-2291-2018) i mars.', page: 2 }])?.value).toBe(
      '302-2291-2018',
    );
  });
  it.each([
    ['Vinnova reference no. 2019-04172', '2019-04172'],
    ['Tillväxtverket case no.: 20201021', '20201021'],
    ['Leaderprojekt, jnr 2019-8834', '2019-8834'],
    ['According to the decision (case 20202877), the total budget was set.', '20202877'],
    ['Diarienumret hos ESF-rådet är 2016/00287.', '2016/00287'],
    ['Regionens diarienummer RS/1187/2017', 'RS/1187/2017'],
    ['The project (Vinnova reference 2019-02741) ran for three years.', '2019-02741'],
    ['Slutrapport Havsbaserad vindkraft i Sölvesborg. Dnr2013-002584 Projekt nr 37450-1', '2013-002584'],
    ['Journalnummer: LAG diarienr: LVS-043 Projektnamn: Offerplats Finnestorp', 'LVS-043'],
    ['KS § 50 Ansökan om omställningsmedel. Destinationsutveckling AU § 52 KS2007/0029-14 - Ledningskontoret', 'KS2007/0029-14'],
    ['1 (7) Beslutsdatum Diarienummer 2022-10-25 2022-02892 BESLUT OM BIDRAG', '2022-02892'],
    ['Projektnamn: T-Rex 1.1 Ärendeid: 20358425 Diarienummer: RS2022/2261 Beslut om stöd', 'RS2022/2261'],
    ['Status Avslutat Diarienummer 2018–196 Temaområden Paraplyprojekt', '2018–196'],
    ['Life to ad(d)mire – Restoring drained and overgrowing wetlands LIFE08 NAT/S/000268 Project description', 'LIFE08 NAT/S/000268'],
  ])('reads %s', (text, id) => {
    expect(findDiaryNumber([], [{ text, page: 1 }])?.value).toBe(id);
  });
  it('does not read a year after a bare case word', () => {
    expect(findDiaryNumber([], [{ text: 'In this case 2019 was a difficult year.', page: 1 }])).toBeNull();
  });
  it('reads the number after the colon of a longer label', () => {
    expect(
      findDiaryNumber(
        [{ field: 'diary', label: 'Diarienummer', value: 'hos sökanden: KS 2022/0412', page: 1, lineIndex: 0, colon: false }],
        [],
      )?.value,
    ).toBe('KS 2022/0412');
  });
  it('does not read an ISSN under an empty diary key as the diary number', () => {
    expect(findDiaryNumber(findLabels([{ text: 'Diarienummer: ISBN/ISSN-nr: 1654-7691', page: 1 }]), [])?.value ?? null).toBeNull();
  });
  it('reads "NCM journal no.:" keys and case numbers with letters inside', () => {
    expect(findDiaryNumber(findLabels([{ text: 'NCM journal no.: 21-00952', page: 1 }]), [])?.value).toBe('21-00952');
    expect(
      findDiaryNumber(
        [],
        [{ text: 'Region Örebro län beviljade 1,2 miljoner kronor i regionala utvecklingsmedel (ärende 21RS4567).', page: 1 }],
      )?.value,
    ).toBe('21RS4567');
  });
  it("takes the funder's diary number over a project number, whatever the label's brackets and stops", () => {
    const lines = ['Swedish Energy Agency ref. no. (Dnr): 2020-004312', 'Project no.: 50917-1'].map((text) => ({ text, page: 1 }));
    expect(findDiaryNumber(findLabels(lines), [])?.value).toBe('2020-004312');
    const evaluation = ['Project number (ØF): 10471', 'Case no.  20201876 (Managing Authority, Region Jämtland Härjedalen)'].map(
      (text) => ({ text, page: 1 }),
    );
    expect(findDiaryNumber(findLabels(evaluation), [])?.value).toBe('20201876');
  });
  it('reads a case number printed only in a running header', () => {
    const pages = ['Slutrapport  FRIRPT v.1  Ärende-ID 20201873\nProjektnamn: X', 'Slutrapport  FRIRPT v.1  Ärende-ID 20201873\nText.'];
    expect(findDiaryNumber([], [], pages)).toMatchObject({ value: '20201873', page: 1 });
  });
  it('does not read a customer number as a diary number', () => {
    expect(findDiaryNumber([], [{ text: 'Kundnr 12345678 på fakturan.', page: 1 }], ['Kundnr 12345678'])).toBeNull();
  });
});

describe('findDiaryNumber: numbers run on, case numbers of boards, letter prefixes', () => {
  it('reads a key at a printed line’s end with its number on the next line', () => {
    const page = 'Download "Slutrapport. Lokala produkter och tjänster inom Nybro Kommun Journalnummer:\n2009-3662. Alsterbro- Bäckebo.nu"';
    expect(findDiaryNumber([], [], [page])?.value).toBe('2009-3662');
  });
  it('leaves a board’s name without a case number', () => {
    expect(findDiaryNumber([], [{ text: 'KS beslutade 2007 att stödja projektet.', page: 1 }])).toBeNull();
  });
});
