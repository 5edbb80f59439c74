import { describe, expect, it } from 'vitest';
import { isChrome } from './document.js';

describe('isChrome', () => {
  it.each([
    'Save this PDF as:',
    '• No results found',
    'Inga sökresultat hittades',
    'Sök',
    'Meny',
    'Hoppa till innehållet',
    'Skip to main content',
    'Finsam blogg',
    'logo_interreg.png',
    'Publicerad den 3 maj 2021',
  ])('takes %s for web-page chrome', (line) => {
    expect(isChrome(line)).toBe(true);
  });
  it.each(['Bloggen som verktyg för lärande', 'Sökande organisation: Krokoms kommun', 'Listen to the North', 'Resultat och lärdomar'])(
    'keeps %s as content',
    (line) => {
      expect(isChrome(line)).toBe(false);
    },
  );
});
