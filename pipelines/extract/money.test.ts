import { describe, expect, it } from 'vitest';
import { findAmounts, headerScale, parseNumber } from './money.js';

describe('findAmounts', () => {
  const cases: [string, number[]][] = [
    ['Slutlig budget för projektet var 4,85 mkr.', [4_850_000]],
    // Millions in words, where kronor, a preposition or the sentence's end follow.
    ['Man sökte medel och beviljades en halv miljon till projektet av länsstyrelsen.', [500_000]],
    ['Tillväxtverket har beslutat att bevilja Glasriket i Småland sex miljoner kronor.', [6_000_000]],
    ['Projektet fick två och en halv miljoner kronor.', [2_500_000]],
    ['Regionen har två miljoner besökare om året.', []],
    ['Totalt 1 760 000 kronor', [1_760_000]],
    // Two columns run together by single spaces: neither is sure.
    ['Total finansiering kr 385 517 315 164', []],
    ['Programmets budget 1 200 000 000 kr', [1_200_000_000]],
    ['Utfall 780 011 kr', [780_011]],
    ['Budget: 1.760.000 kr', [1_760_000]],
    ['Arvode 50 000:-', [50_000]],
    ['Total budget SEK 3 929 285', [3_929_285]],
    ['Total budget: SEK 4,850,000', [4_850_000]],
    ['The total budget was SEK 4.85 million.', [4_850_000]],
    ['Budget 4 850 tkr', [4_850_000]],
    ['Budget 4850 Tkr', [4_850_000]],
    ['Omslutning 4 850 KSEK', [4_850_000]],
    ['Omslutning 12 Mnkr', [12_000_000]],
    ['Omslutning 3,5 MSEK', [3_500_000]],
    ['2,5 miljoner kronor', [2_500_000]],
    ['bevilja 4, 5 miljoner kronor i projektmedel', [4_500_000]],
    ['1,2 milj. kr', [1_200_000]],
    ['investeringar på 2 mdkr', [2_000_000_000]],
    ['4\u00a0850\u00a0000 kr', [4_850_000]],
    ['4\u202f850\u202f000 kr', [4_850_000]],
    ['tio tusen kronor eller 250 tusen kronor', [250_000]],
    // A unit written on to the number.
    ['Projektets totala budget är på 4 500 121kr, med ett ERUF REACT-stöd på 3 375 121kr', [4_500_121, 3_375_121]],
    ['Budget 12MSEK', [12_000_000]],
    ['Budget 850tkr', [850_000]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(
      findAmounts(text)
        .filter((a) => a.currency === 'SEK')
        .map((a) => a.value),
    ).toEqual(expected);
  });

  const notMoney = [
    'Andelen var 49,58 %',
    'Organisationsnummer 556677-8899',
    'Projektet startade 2015 och hade 120 deltagare',
    'Dnr 2015/00394',
    '25 procent av kostnaden',
    'Projektet startade 2015kl. 10',
    'Vi har 3krukor',
  ];
  it.each(notMoney)('is not money: %s', (text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  it.each([
    ['MSEK 11,5', 11_500_000],
    ['granted MSEK 6.25', 6_250_000],
    ['KSEK 4 850', 4_850_000],
    ['Mkr 3,2', 3_200_000],
    ['Projektets totala budget enligt senaste beslut (kr)  4 410 000', 4_410_000],
    ['Belopp (tkr) 4 850', 4_850_000],
    ['The total budget was SEK 16.2m, of which', 16_200_000],
    ['Grant: SEK 2.3M', 2_300_000],
  ] as [string, number][])('reads a unit written before the number: %s', (text, value) => {
    expect(findAmounts(text).map((a) => a.value)).toEqual([value]);
  });

  it('never joins two table cells into one number', () => {
    expect(findAmounts('Total projektbudget  612 500  595 100', 1).map((a) => a.value)).toEqual([612_500, 595_100]);
  });

  it('reads no amount where a table year runs on to it', () => {
    // "År | Beviljat" over "2020 | 488 526 kr", the cells run together.
    expect(findAmounts('2020488 526 kr', 1)).toEqual([]);
    expect(findAmounts('Beviljat: 2020488 526 kr').map((a) => a.value)).not.toContain(2_020_488);
  });

  it('reads EUR amounts as EUR, not SEK', () => {
    expect(findAmounts('EU-stöd 2 450 030,67 €').map((a) => [a.currency, a.value])).toEqual([['EUR', 2_450_031]]);
    // A scale word with no currency of its own, then euro: millions of euro, not of kronor.
    expect(findAmounts('en budget på 4,8 Milj Euro (motsvarar cirka 45 miljoner kronor)').map((a) => [a.currency, a.value])).toEqual([
      ['EUR', 4_800_000],
      ['SEK', 45_000_000],
    ]);
    expect(findAmounts('stöd med 2 miljoner euro').map((a) => a.currency)).toEqual(['EUR']);
  });

  it('gives bare table cells the unit of the header', () => {
    expect(findAmounts('Totalt 4 850', 1000).map((a) => a.value)).toEqual([4_850_000]);
    expect(findAmounts('Totalt 2016', 1000)).toEqual([]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['4,85', true, 4.85],
    ['4,850', true, 4.85],
    ['4,850', false, 4850],
    ['1.760.000', false, 1_760_000],
    ['4,850,000', false, 4_850_000],
    ['2 450 030,67', false, 2_450_030.67],
    ['780011', false, 780_011],
  ] as [string, boolean, number][])('%s (scaled=%s) = %d', (s, scaled, n) => {
    expect(parseNumber(s, scaled)).toBe(n);
  });
});

describe('headerScale', () => {
  it.each([
    ['Belopp i tkr', 1000],
    ['Kostnadsslag Belopp (kr)', 1],
    ['Amount (SEK)', 1],
    ['Budget (KSEK)', 1000],
    ['Belopp i mkr', 1e6],
    ['Personal 2 520 106', null],
  ] as [string, number | null][])('%s → %s', (line, scale) => {
    expect(headerScale(line)).toBe(scale);
  });
});
