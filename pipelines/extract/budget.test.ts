import { describe, expect, it } from 'vitest';
import { findBudget } from './budget.js';

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
