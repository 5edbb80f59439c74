import { describe, expect, it } from 'vitest';
import { buildView, isChrome } from './document.js';

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
    'KOHESIO · Q7362101 · SE',
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

describe("the pages of a viewer's transcript", () => {
  const width = 'x'.repeat(70);
  it('go on after a page with no text, which is its number alone', () => {
    const view = buildView([
      [
        'Transkript',
        '1 Slutrapport följeforskning Insteget',
        '2 Innehållsförteckning Inledning 5 Genomförandet 7',
        '3',
        `4 Inledning Falkenbergs kommun har beviljats medel från Europeiska socialfonden. ${width}`,
      ].join('\n'),
    ]);
    expect([...view.transcriptPages.values()]).toEqual([
      'Slutrapport följeforskning Insteget',
      'Innehållsförteckning Inledning 5 Genomförandet 7',
      `Falkenbergs kommun har beviljats medel från Europeiska socialfonden. ${width}`,
    ]);
  });
  it('are none in a text whose lines merely start with numbers', () => {
    const view = buildView([`Resultat ${width}\n1 företag startade\nSlutsatser ${width}`]);
    expect(view.transcriptPages.size).toBe(0);
  });
});
