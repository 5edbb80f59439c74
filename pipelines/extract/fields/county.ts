/**
 * The county the project works in: the geography finder's county (a county label, the county of the
 * project's municipalities, a region owner's, the most mentioned). A project across several counties has none
 * (the contract's convention): where a short text (a page, a news item, a decision) names places in two or
 * more counties and no label settles it, the field abstains. Longer reports name places in passing (study
 * visits, comparisons), so there the finder's weighing stands.
 */
import { type Choice, choose, finderCandidate } from '../choice.js';
import type { DocView } from '../document.js';
import type { Found } from '../organisations.js';
import { countyOfMunicipality, findCountyMentions, findMunicipalityMentions } from '../places.js';

const SHORT_PAGES = 2;

export function chooseCounty(view: DocView, found: Found<string> | null): Choice<string> {
  const text = view.lines.map((l) => l.text).join('\n');
  const counties = new Set([
    ...findCountyMentions(text).map((m) => m.name),
    ...findMunicipalityMentions(text)
      .map((m) => countyOfMunicipality(m.name))
      .filter((c): c is string => !!c),
  ]);
  const labelled = view.labels.some((h) => h.field === 'county');
  const short = view.lines.every((l) => l.page <= SHORT_PAGES);
  return choose('county', finderCandidate('county', 'county.geography', found), {
    name: 'one-county-or-none',
    veto: () =>
      short && !labelled && counties.size >= 2
        ? `the text names places in ${counties.size} counties: the project works across counties`
        : null,
  });
}
