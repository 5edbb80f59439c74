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
// A county named this often, and this many times as often as all others together, settles a short text's spread
// (on the 998 real texts: 7 more right, 1 more wrong than abstaining at any second county).
const DOMINANT_MIN = 3;
const DOMINANT_RATIO = 4;

export function chooseCounty(view: DocView, found: Found<string> | null): Choice<string> {
  const labelled = view.labels.some((h) => h.field === 'county');
  const short = view.lines.every((l) => l.page <= SHORT_PAGES);
  // The counties the text's places lie in, read only where they can settle the field (a short text with no label).
  const counties = (): Map<string, number> => {
    const text = view.lines.map((l) => l.text).join('\n');
    const all = [
      ...findCountyMentions(text).map((m) => m.name),
      ...findMunicipalityMentions(text)
        .map((m) => countyOfMunicipality(m.name))
        .filter((c): c is string => !!c),
    ];
    const n = new Map<string, number>();
    for (const c of all) n.set(c, (n.get(c) ?? 0) + 1);
    return n;
  };
  // How many counties the places make: one where the finder's county is named at least DOMINANT_MIN times and four
  // times as often as all others together (a Gotland page that mentions Stockholm once).
  const spread = (n: Map<string, number>): number => {
    const mine = found ? (n.get(found.value) ?? 0) : 0;
    const rest = [...n.entries()].filter(([c]) => c !== found?.value).reduce((a, [, k]) => a + k, 0);
    return mine >= DOMINANT_MIN && rest * DOMINANT_RATIO <= mine ? 1 : n.size;
  };
  const across = labelled
    ? null
    : (view.sentences.map((x) => (/projekt|project/iu.test(x.text) ? ACROSS_COUNTIES.exec(x.text) : null)).find(Boolean) ?? null);
  return choose('county', finderCandidate('county', 'county.geography', found), {
    name: 'one-county-or-none',
    veto: () => {
      const many = short && !labelled ? spread(counties()) : 0;
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
