import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../test/extract-text.js';
import { namesAgree } from './project-name.js';

describe('namesAgree', () => {
  it.each([
    ['Ny Väg In 2', 'Ny väg in 2', true],
    ['Ny väg', 'Ny Väg In 2', true],
    // A name and the same name with its subtitle after a dash.
    ['Servicepunkter i bygdegårdarna', 'Servicepunkter i bygdegårdarna – livs-, drivmedel och paket i samverkan med lokalsamhället', true],
    // A short word that opens a longer, different name.
    ['Unga', 'Unga in i arbetslivet och vidare mot nya mål', false],
    ['Kustvägen', 'Kustvägens ekonomiska förening och dess medlemmar i regionen', false],
  ])('%s / %s', (a, b, same) => {
    expect(namesAgree(a, b)).toBe(same);
  });
});

describe('the project name of a page', () => {
  const nameOf = (page: string) => recordOf(page).projectName;

  it("is never a site's skip links", () => {
    expect(nameOf('Hoppa till innehåll Hoppa till meny\nProjektet ”Målmedvetenhet på hemmaplan” har beviljats stöd.')).not.toBe(
      'Hoppa till innehåll Hoppa till meny',
    );
  });

  it('is never a byline in capitals', () => {
    expect(nameOf('KALKLINBANEPROJEKTET AV ANDERS JOHANSSON & ANNA GÖTZLINGER\nRapporten beskriver arbetet.')).toBeNull();
  });
});
