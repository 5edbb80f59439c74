import { describe, expect, it } from 'vitest';
import { findBudget } from './budget.js';
import { findLabels } from './labels.js';

const budget = (...sentences: string[]) => {
  const r = findBudget([], sentences.map((text) => ({ text, page: 1 })), []);
  return { total: r.total?.value ?? null, granted: r.granted?.value ?? null };
};

describe('findBudget from sentences', () => {
  it.each([
    [['Slutlig budget för projektet var 4,85 mkr.'], 4_850_000, null],
    [['Projektets omslutning var SEK 12 400 000.'], 12_400_000, null],
    [['Den totala budgeten var 4,85 mkr varav 2,1 mkr utgjordes av regionalfondsmedel.'], 4_850_000, null],
    [['Beviljat stöd från Tillväxtverket uppgick till 1 760 000 kronor.'], null, 1_760_000],
    [['The total budget of the project was SEK 4.85 million.'], 4_850_000, null],
    [['Kommunen bidrar dessutom med 300 000 kronor per år till nätverket.'], null, null],
    [['Planerade investeringar på 895 mkr i regionen ökar behovet av insatser.'], null, null],
  ] as [string[], number | null, number | null][])('%s', (sentences, total, granted) => {
    expect(budget(...sentences)).toEqual({ total, granted });
  });

  it("ignores another project's budget", () => {
    expect(budget('Projektet bygger vidare på ett tidigare projekt med en budget på 12 mkr.')).toEqual({ total: null, granted: null });
  });

  it("prefers the sentence that names the project's own total", () => {
    expect(budget('Förstudien hade en budget på 400 000 kr.', 'Projektets totala budget uppgick till 3 200 000 kr.').total).toBe(3_200_000);
  });
});

describe('findBudget from fact boxes and tables', () => {
  const fromLines = (...texts: string[]) => {
    const lines = texts.map((text) => ({ text, page: 1 }));
    const labels = findLabels(lines);
    const r = findBudget(labels, [], lines);
    return { total: r.total?.value ?? null, granted: r.granted?.value ?? null };
  };

  it('gives table rows the unit their header sets', () => {
    expect(fromLines('Budget och utfall (tkr)  Budget  Utfall', 'Personal  4 100  4 020', 'Omslutning  7 776  7 625').total).toBe(7_776_000);
  });
  it('reads no kronor from a table in euro', () => {
    expect(fromLines('Budget (EUR)  Reported (EUR)', 'Total eligible budget  1 986 500,00  312 448,20')).toEqual({ total: null, granted: null });
    expect(fromLines('Total eligible costs (EUR)  2 450 030,67').total).toBeNull();
  });
  it('prefers a label that says total over the sum row of a table by year', () => {
    expect(fromLines('Kostnader (kr)  2023  2024  Totalt', 'Summa  5 165 000  6 335 000  11 500 000', 'Total projektbudget: MSEK 11,5.').total).toBe(11_500_000);
  });
  it('reads a form row whose label ends in a bracketed unit', () => {
    expect(fromLines('Projektets totala budget enligt senaste beslut (kr)  4 410 000', 'Upparbetade kostnader (kr)  4 219 420').total).toBe(4_410_000);
  });
  it('does not take a count as money', () => {
    expect(fromLines('Antal företag som får stöd  40  46', 'Beviljat stöd  1 250 000 kr').granted).toBe(1_250_000);
  });
});
