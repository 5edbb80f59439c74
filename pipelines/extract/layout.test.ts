import { describe, expect, it } from 'vitest';
import { joinLines, pageLines } from './layout.js';

describe('pageLines', () => {
  it('removes page numbers, running headers and form codes', () => {
    const pages = [
      'Slutrapport\nFRIRPT v.1\nSid 1 (3)',
      'Slutrapport – Attraktiva Mora\nFRIRPT v.1\nSammanfattning\nText på sidan två.\nSid 2 (3)',
      'Slutrapport – Attraktiva Mora\nFRIRPT v.1\nLärdomar\nText på sidan tre.\n3 (3)',
    ];
    expect(
      pageLines(pages)
        .flat()
        .map((l) => l.text),
    ).toEqual(['Slutrapport', 'Sammanfattning', 'Text på sidan två.', 'Lärdomar', 'Text på sidan tre.']);
  });

  it.each(['Sida 3 av 6', 'Page 2 of 9', '2 (40)', '- 4 -'])('drops page number "%s" at a page edge', (n) => {
    expect(pageLines([`Rubrik\nInnehåll här.\n${n}`])[0]!.map((l) => l.text)).toEqual(['Rubrik', 'Innehåll här.']);
  });

  it('writes typographic ligatures out as letters', () => {
    expect(pageLines(['Projektets ﬁnansiering och eﬀekter'])[0]!.map((l) => l.text)).toEqual(['Projektets finansiering och effekter']);
  });

  it('keeps a gap between table cells (a tab or a run of spaces) as two spaces, other spacing as one', () => {
    const lines = pageLines(['Total projektbudget\t612 500\t595 100\nPersonal        1 250     1 180\nEn\u00a0vanlig  rad']);
    expect(lines[0]!.map((l) => l.text)).toEqual(['Total projektbudget  612 500  595 100', 'Personal  1 250  1 180', 'En vanlig  rad']);
  });
});

describe('joinLines', () => {
  it('joins hyphenated words and keeps real hyphens', () => {
    const out = joinLines([
      [
        { text: 'ta fram en plan till-', page: 1 },
        { text: 'sammans med företag i Malung-', page: 1 },
        { text: 'Sälen och små-', page: 1 },
        { text: 'och medelstora företag', page: 1 },
      ],
    ]);
    expect(out.map((l) => l.text)).toEqual(['ta fram en plan tillsammans med företag i Malung-Sälen och små- och medelstora företag']);
  });
});
