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
  const labelled = view.labels.some((h) => h.field === 'county');
  const short = view.lines.every((l) => l.page <= SHORT_PAGES);
  // The counties the text's places lie in, read only where they can settle the field (a short text with no label).
  const counties = (): Set<string> => {
    const text = view.lines.map((l) => l.text).join('\n');
    return new Set([
      ...findCountyMentions(text).map((m) => m.name),
      ...findMunicipalityMentions(text)
        .map((m) => countyOfMunicipality(m.name))
        .filter((c): c is string => !!c),
    ]);
  };
  const across = labelled
    ? null
    : (view.sentences.map((x) => (/projekt|project/iu.test(x.text) ? ACROSS_COUNTIES.exec(x.text) : null)).find(Boolean) ?? null);
  return choose('county', finderCandidate('county', 'county.geography', found), {
    name: 'one-county-or-none',
    veto: () => {
      const many = short && !labelled ? counties().size : 0;
      return many >= 2
        ? `the text names places in ${many} counties: the project works across counties`
        : across
          ? `the project works in an area of several counties («${across[0]}»)`
          : null;
    },
  });
}

// Areas of several counties a project works in, named in a sentence about the project: the regional-fund areas ("Norra Mellansverige", "East Middle
// Sweden", "Övre Norrland", "Småland och öarna"), and two counties named together ("i Västernorrlands och
// Jämtlands län"), a count of counties ("initiatives in nine counties", "i tre län") and a list of them ("Counties of
// Skåne, Kalmar and Halland"). A county label outweighs them.
const ACROSS_COUNTIES =
  /(?<![\p{L}])(?:i|inom|in|across|throughout)\s+(?:hela\s+|the\s+)?(?:(?:(?:norra|östra|södra|Norra|Östra|Södra)\s+)?Mellansverige|(?:North|East)\s+Middle\s+Sweden|Övre\s+Norrland|Mellersta\s+Norrland|Norrland|Sydsverige|Skåne-Blekinge|Småland(?:\s+och\s+öarna)?|\p{Lu}[\p{L}-]+s\s+och\s+\p{Lu}[\p{L}-]+s\s+län)(?![\p{L}])|(?<![\p{L}])(?:(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:län|counties)|[Cc]ounties\s+of\s+\p{Lu}[\p{L}-]+,)(?![\p{L}])/u;
