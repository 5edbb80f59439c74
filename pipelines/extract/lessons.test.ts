import { describe, expect, it } from 'vitest';
import { itemsFromLines } from './lessons.js';

describe('itemsFromLines', () => {
  it('reads bullets and re-joins wrapped lines', () => {
    expect(itemsFromLines([
      '• Nätverksträffar för företagare behöver ha ett tydligt tema för att locka',
      'deltagare.',
      '• Unga medarbetare som fick ansvar i projektet bidrog med nya arbetssätt.',
    ])).toEqual([
      'Nätverksträffar för företagare behöver ha ett tydligt tema för att locka deltagare.',
      'Unga medarbetare som fick ansvar i projektet bidrog med nya arbetssätt.',
    ]);
  });

  it('reads dashes and numbered items, with the list introduction dropped', () => {
    expect(itemsFromLines([
      'Utvärderingen pekar på följande lärdomar:',
      '1. Det är viktigt att tidigt förankra projektet hos ledande politiker och',
      'förvaltningschefer.',
      '2) Företagsbesök gav bättre kunskap om företagens behov än enkäter.',
      '- Administrationen av projektet tog mer tid än beräknat.',
    ])).toEqual([
      'Det är viktigt att tidigt förankra projektet hos ledande politiker och förvaltningschefer.',
      'Företagsbesök gav bättre kunskap om företagens behov än enkäter.',
      'Administrationen av projektet tog mer tid än beräknat.',
    ]);
  });

  it('splits prose into sentences, keeping abbreviations inside', () => {
    expect(itemsFromLines([
      'Projektet har visat att digitala träffar sänker tröskeln, t.ex. för företagare på',
      'landsbygden. Budgeten på 4,85 milj. kr räckte inte till alla aktiviteter. En tydlig',
      'ägare för resultaten behövs efter projektslut.',
    ])).toEqual([
      'Projektet har visat att digitala träffar sänker tröskeln, t.ex. för företagare på landsbygden.',
      'Budgeten på 4,85 milj. kr räckte inte till alla aktiviteter.',
      'En tydlig ägare för resultaten behövs efter projektslut.',
    ]);
  });

  it('drops form prompts and short sub-headings', () => {
    expect(itemsFromLines([
      'Vad hade eventuellt kunnat göras bättre?',
      'Framgångsfaktorer',
      'Rekryteringen av projektledare drog ut på tiden och projektet kom igång sent.',
    ])).toEqual(['Rekryteringen av projektledare drog ut på tiden och projektet kom igång sent.']);
  });

  it('reads English bullets', () => {
    expect(itemsFromLines(['* Digital meetings lowered the threshold for rural entrepreneurs to', 'take part.', '* A two-year project period is too short to achieve fundamental change.']))
      .toEqual(['Digital meetings lowered the threshold for rural entrepreneurs to take part.', 'A two-year project period is too short to achieve fundamental change.']);
  });

  it('does not mistake a short wrapped line of a narrow column for a sub-heading', () => {
    expect(itemsFromLines(['Tankesmedjor med näringsliv och', 'myndigheter gav en gemensam bild av', 'behoven. Rekryteringen drog ut på', 'tiden.']))
      .toEqual(['Tankesmedjor med näringsliv och myndigheter gav en gemensam bild av behoven.', 'Rekryteringen drog ut på tiden.']);
  });
});
