/**
 * Counties (län) and municipalities (kommuner). County names are normalised to the official form
 * ("Region Norrbotten" → "Norrbottens län", "Västra Götalandsregionen" → "Västra Götalands län",
 * "Länsstyrelsen i Dalarnas län" → "Dalarnas län"). Municipality names that are ordinary words or
 * surnames (Mark, Ale, Vara, Bjuv, Berg, Kil, Habo, …) count only in a place context: "Marks kommun",
 * "i Vara".
 */
import kommuner from '../../shared/data/kommuner.json' with { type: 'json' };
import { escapeRe } from './text.js';
import { GIVEN_NAMES } from './given-names.js';

interface Kommun {
  code: string;
  name: string;
  county: string;
  countyCode: string;
}
const KOMMUNER = kommuner as Kommun[];

/** Official county names, e.g. "Dalarnas län". */
export const COUNTIES = [...new Set(KOMMUNER.map((k) => k.county))];

// "Dalarnas län" → "Dalarna", "Skåne län" → "Skåne", "Kalmar län" → "Kalmar".
const shortOf = (county: string): string => {
  const base = county.replace(/ län$/, '');
  // Genitive -s is dropped except where the name itself ends in s (none of the 21 do).
  return /s$/.test(base) && !['Kalmar', 'Uppsala', 'Örebro', 'Skåne', 'Blekinge'].includes(base) ? base.slice(0, -1) : base;
};
// Other names for a county's region: "Sörmland", "Jämtland Härjedalen", "Västra Götaland".
const ALIASES: Record<string, string[]> = {
  'Södermanlands län': ['Sörmland'],
  'Jämtlands län': ['Jämtland Härjedalen', 'Jämtland/Härjedalen'],
  'Västra Götalands län': ['Västra Götaland'],
};
const COUNTY_BY_SHORT = new Map<string, string>();
for (const c of COUNTIES) {
  COUNTY_BY_SHORT.set(shortOf(c).toLowerCase(), c);
  for (const a of ALIASES[c] ?? []) COUNTY_BY_SHORT.set(a.toLowerCase(), c);
}
const MUNICIPALITY_NAMES = new Set(KOMMUNER.map((k) => k.name));
const SHORTS = [...COUNTY_BY_SHORT.keys()].sort((a, b) => b.length - a.length);
const SHORT_ALT = SHORTS.map((s) => escapeRe(s).replace(/ /g, '\\s+')).join('|');
const GEN_ALT = COUNTIES.map((c) => escapeRe(c.replace(/ län$/, ''))).join('|');

// Ways a county is named. Group 1 is the short or genitive name.
const COUNTY_PATTERNS: RegExp[] = [
  // "Länsstyrelsen i Dalarnas län", "Länsstyrelsen Dalarna"
  new RegExp(`Länsstyrelsen\\s+(?:i\\s+)?(${GEN_ALT}|${SHORT_ALT})(?:\\s+län)?`, 'giu'),
  // "Region Norrbotten", "Region Kalmar län", "Regionförbundet Sörmland", "Landstinget Dalarna"
  new RegExp(
    `(?:Region|Regionförbundet|Regionförbundet\\s+i|Landstinget|Landstinget\\s+i|Regional\\s+Council\\s+of)\\s+(${SHORT_ALT})(?:s?\\s+län)?(?![\\p{L}])`,
    'giu',
  ),
  // "Västra Götalandsregionen"
  /(Västra Götaland)sregionen/giu,
  // "Stockholms skärgård", "the Stockholm archipelago", "Stockholmsregionen": a region the county is named after.
  new RegExp(`(?<![\\p{L}])(${SHORT_ALT})s?(?:\\s*skärgård(?:en)?|\\s+archipelago|-?regionen)(?![\\p{L}])`, 'giu'),
  // "Dalarnas läns landsting", "Norrbottens län", "Kalmar län"
  new RegExp(`(?<![\\p{L}])(${GEN_ALT})\\s+läns?(?![\\p{L}])(?:\\s+landsting)?`, 'giu'),
  // "Västernorrlands och Jämtlands län": the first of two counties named with one "län".
  new RegExp(`(?<![\\p{L}])(${GEN_ALT})\\s*(?:,|och|samt|and)\\s+(?=(?:${GEN_ALT})\\s+län(?![\\p{L}]))`, 'giu'),
];
// Bare region names that are not also municipality names: "i Norrbotten", "Dalarna".
const BARE_COUNTY = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${SHORTS.filter((s) => ![...MUNICIPALITY_NAMES].some((m) => m.toLowerCase() === s))
    .map((s) => escapeRe(s.replace(/(^|[\s/])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`,
  'gu',
);

/** Normalises a county or regional body to the official county name, or null. */
export function normaliseCounty(s: string): string | null {
  const t = s.trim();
  for (const re of [...COUNTY_PATTERNS, BARE_COUNTY]) {
    re.lastIndex = 0;
    const m = re.exec(t);
    if (m) return countyFromName(m[1]!);
  }
  return countyFromName(t);
}

function countyFromName(name: string): string | null {
  const n = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const exact = COUNTIES.find((c) => c.toLowerCase() === n || c.toLowerCase().replace(/ län$/, '') === n);
  if (exact) return exact;
  return COUNTY_BY_SHORT.get(n) ?? COUNTY_BY_SHORT.get(n.replace(/s$/, '')) ?? null;
}

/** A place found in a text. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

/** County mentions ("Region Skåne", "Skåne län", "i Norrbotten"), normalised. */
export function findCountyMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const taken: [number, number][] = [];
  for (const re of [...COUNTY_PATTERNS, BARE_COUNTY]) {
    for (const m of text.matchAll(re)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const c = countyFromName(m[1]!);
      if (!c) continue;
      taken.push([s, e]);
      out.push({ name: c, start: s, end: e });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Municipality names that are ordinary words ("mark", "vara", "berg", "kil") or common surnames and first
// names ("Lund", "Boden", "Nora", "Dorotea"); they need a place context.
const ORDINARY = new Set([
  'Mark',
  'Ale',
  'Vara',
  'Bjuv',
  'Berg',
  'Kil',
  'Habo',
  'Eda',
  'Nora',
  'Boden',
  'Salem',
  'Hjo',
  'Kinda',
  'Ydre',
  'Säter',
  'Lund',
  'Dorotea',
  'Tranås',
  'Orust',
  'Sala',
  'Höör',
]);
// Genitives that are not name + "s": "Falu kommun" is Falun.
const IRREGULAR: Record<string, string> = { Falu: 'Falun' };
const MUNI_ALT = [...MUNICIPALITY_NAMES, ...Object.keys(IRREGULAR)]
  .sort((a, b) => b.length - a.length)
  .map((n) => escapeRe(n).replace(/ /g, '\\s+'))
  .join('|');
// Group 1 the name, group 2 a genitive "s", group 3 " kommun"/" stad".
const MUNI_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${MUNI_ALT})(s)?(?![\\p{L}\\p{N}]|-\\p{L})(\\s+(?:kommun|stad|[Mm]unicipality|kommuns|stads)(?![\\p{L}]))?`,
  'gu',
);
const PLACE_BEFORE =
  /(?<![\p{L}])(?:i|in|från|till|inom|mellan|kommunerna|kommunen|municipality of|municipalities of|orterna|orten|staden|tätorten|town of)\s+$/iu;

const muniByName = new Map(KOMMUNER.map((k) => [k.name, k]));

/**
 * Municipality mentions (short names). Ordinary-word names need a place context ("Marks kommun",
 * "i Vara", a list of other municipalities "Lerum, Ale och Kungälv"); with `lenient` (a project title)
 * they count anywhere but as the title's first word ("Mark och vatten" is not about Mark).
 */
export function findMunicipalityMentions(raw: string, lenient = false): PlaceMention[] {
  const out: PlaceMention[] = [];
  // "SÖDERHAMNS KOMMUN" in capitals reads as "Söderhamns kommun" (the same length, so positions hold).
  const text = raw.replace(
    /(?<![\p{L}])(\p{Lu}{2,}(?:-\p{Lu}{2,})?)(\s+)(KOMMUN|STAD)(?![\p{L}])/gu,
    (_, name: string, gap: string, kind: string) =>
      `${name.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase())}${gap}${kind.toLowerCase()}`,
  );
  for (const m of text.matchAll(MUNI_RE)) {
    let name = m[1]!.replace(/\s+/g, ' ');
    const irregular = IRREGULAR[name];
    if (irregular) {
      if (!m[3]) continue;
      name = irregular;
    }
    const start = m.index!;
    // "Berg, Jessica": an author's surname before the given name, not a place.
    const given = /^,\s*(\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(start + m[0].length, start + m[0].length + 30));
    if (!m[2] && !m[3] && given && GIVEN_NAMES.has(given[1]!.toLowerCase()) && !muniByName.has(given[1]!)) continue;
    // "Anna Lund", "En utvärdering … Anna Lund": a person's surname after the given name, not a place.
    const givenBefore = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 25), start));
    if (!m[2] && !m[3] && givenBefore && GIVEN_NAMES.has(givenBefore[1]!.toLowerCase()) && !muniByName.has(givenBefore[1]!)) continue;
    // "i Uppsala, Västmanlands och Södermanlands län": the first of a list of counties that ends in "län".
    if (
      !m[3] &&
      /^(?:s?\s*,\s*\p{Lu}[\p{L}-]+)+\s+(?:och|samt)\s+\p{Lu}[\p{L}-]+\s+län(?![\p{L}])/u.test(
        text.slice(start + m[0].length, start + m[0].length + 80),
      )
    )
      continue;
    if (ORDINARY.has(name) && !m[3]) {
      const before = text.slice(Math.max(0, start - 30), start);
      const prev = out[out.length - 1];
      const afterPlace = !!prev && /^(?:\s*,\s*|\s+|\s+(?:och|samt|and)\s+)$/.test(text.slice(prev.end, start));
      // "Eda och Årjängs kommuner": the first of a list that ends in "kommuner".
      const listOfMunicipalities = /^(?:\s*,\s*[\p{Lu}][\p{L}-]+)*\s+(?:och|samt)\s+[\p{Lu}][\p{L}-]+\s+kommuner(?![\p{L}])/u.test(
        text.slice(start + m[0].length, start + m[0].length + 80),
      );
      // "Dessa kommuner är Bjuv, Höganäs, Hörby …": the first of a list whose next name is a municipality's, no ordinary word.
      const next = /^\s*,\s*(\p{Lu}[\p{L}-]+)(?![\p{L}-])/u.exec(text.slice(start + m[0].length, start + m[0].length + 40))?.[1];
      const beforeList = !m[2] && !!next && muniByName.has(next) && !ORDINARY.has(next);
      const inContext =
        (PLACE_BEFORE.test(before) && !m[2]) ||
        afterPlace ||
        listOfMunicipalities ||
        beforeList ||
        (lenient && start > 0 && /\S/.test(text.slice(0, start)));
      if (!inContext) continue;
    }
    if (!m[3] && (schoolOfTheTown(text, start) || (!lenient && insideProperName(text, start, start + m[0].length)))) continue;
    // "Stockholms skärgård", "the Stockholm archipelago", "Stockholmsregionen", "Luleå stift": a region named after the
    // town, not the municipality.
    if (
      !m[3] &&
      /^(?:\s*skärgård(?:en)?|\s+archipelago|-?regionen|\s+region(?![\p{L}])|\s+stift(?:et)?(?![\p{L}]))/iu.test(
        text.slice(start + m[0].length, start + m[0].length + 20),
      )
    )
      continue;
    out.push({ name, start, end: start + m[0].length });
  }
  return out;
}

const NAME_SUFFIX = /^(?:Kommun|Kommuner|Stad|Municipality|Län|Region)$/u;
const PLACE_WORD =
  /^(?:i|in|från|till|inom|mellan|kommunerna|kommunen|orterna|orten|staden|både|och|samt|as|at|by|of|to|from|for|för|med|with|på|vid|kring|runt|around|hela|södra|norra|östra|västra)$/iu;

/**
 * "Högskolan i Gävle", "Universitetet i Agder", "Folkhögskolan i Hola", "Högskolan på Gotland": a school named after
 * its town, also as a title line.
 */
function schoolOfTheTown(text: string, start: number): boolean {
  return /(?:Högskolan|Universitetet|[\p{Lu}]\p{Ll}*folkhögskola|Folkhögskolan|University College)\s+(?:i|på)\s+$/u.test(
    text.slice(Math.max(0, start - 40), start),
  );
}

/**
 * True when a municipality name is part of another proper name: "Almi Företagspartner Jönköping",
 * "Science Park Jönköping", "Luleå University of Technology". The word before it is capitalised and
 * does not start a sentence, or the word after it is capitalised (and not "Kommun").
 */
function insideProperName(text: string, start: number, end: number): boolean {
  const before = /([\p{L}-]+)[ \t\n]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before && /^\p{Lu}/u.test(before[1]!) && !PLACE_WORD.test(before[1]!)) {
    const lead = text.slice(Math.max(0, start - before[0].length - 20), start - before[0].length).trimEnd();
    const sentenceStart = lead === '' || /[.!?:;•–-]$/.test(lead);
    if (!sentenceStart) return true;
  }
  const after = /^[ \t]+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(end, end + 40));
  return !!after && !NAME_SUFFIX.test(after[1]!) && !/^(?:Och|And)$/u.test(after[1]!);
}

// Municipalities whose organisation is not "<name>s kommun" / "<name> kommun" by the genitive rule.
const OFFICIAL_ORG: Record<string, string> = {
  Kalmar: 'Kalmar kommun',
  Falun: 'Falu kommun',
  Gotland: 'Region Gotland',
  Stockholm: 'Stockholms stad',
  Göteborg: 'Göteborgs stad',
  Malmö: 'Malmö stad',
  Västerås: 'Västerås stad',
  Borås: 'Borås stad',
  Haparanda: 'Haparanda stad',
  Solna: 'Solna stad',
  Sundbyberg: 'Sundbybergs stad',
  Trollhättan: 'Trollhättans stad',
  Vaxholm: 'Vaxholms stad',
  Lidingö: 'Lidingö stad',
  Landskrona: 'Landskrona stad',
  Mölndal: 'Mölndals stad',
};

/** A municipality's own organisation name: "Gislaved" → "Gislaveds kommun", "Gnosjö" → "Gnosjö kommun". */
export function municipalityOrgName(short: string): string {
  return OFFICIAL_ORG[short] ?? `${/[aeiouyåäös]$/iu.test(short) ? short : `${short}s`} kommun`;
}

/** The county a municipality lies in. */
export function countyOfMunicipality(name: string): string | null {
  return muniByName.get(name)?.county ?? null;
}

/** True when an organisation name is a municipality itself ("Ludvika kommun", "Malmö stad", "Region Gotland"). */
export function municipalityOfOrganisation(org: string): string | null {
  // "YSTAD KOMMUN - Kultur och utbildning": the municipality without its department, in its own capitals.
  let t = org.trim().replace(/\s+[-–]\s+.*$/u, '');
  if (/\p{Lu}{3}/u.test(t) && !/\p{Ll}/u.test(t))
    t = t.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  if (/^Region Gotland$/i.test(t)) return 'Gotland';
  const en = /^(?:Municipality of|City of)\s+(.+)$|^(.+?)\s+Municipality$/u.exec(t);
  if (en && MUNICIPALITY_NAMES.has((en[1] ?? en[2])!)) return (en[1] ?? en[2])!;
  // "Älvkarleby GK", "Mora IK", "Tanums hembygdsförening": a local club or association named after its municipality.
  const club =
    /^(\p{Lu}[\p{L}-]+?)s?\s+(?:GK|IF|IK|BK|FF|SK|GIF|FK|HK|golfklubb|idrottsförening|idrottsklubb|hembygdsförening|skidklubb)$/u.exec(t);
  if (club) for (const cand of [club[1]!, `${club[1]}s`]) if (MUNICIPALITY_NAMES.has(cand)) return cand;
  // "Ludvika kommun", "Malmö stad", and as some write it, "Göteborgs Stad".
  const m = /^(.+?)(?:s)?\s+(?:kommun|stad|Kommun|Stad)$/u.exec(t);
  if (!m) return null;
  const full = t.replace(/\s+(?:kommun|stad|Kommun|Stad)$/u, '');
  for (const cand of [full, m[1]!, IRREGULAR[full] ?? '']) if (cand && MUNICIPALITY_NAMES.has(cand)) return cand;
  // "Bildningsförvaltningen Motala Kommun": a department's name before the municipality's.
  const dept = /^\p{Lu}\p{Ll}+(?:förvaltningen|kontoret|nämnden|enheten)\s+(.+)$/u.exec(full);
  if (dept) return municipalityOfOrganisation(`${dept[1]} kommun`);
  return null;
}

/** Replaces each occurrence of the given strings with spaces, keeping offsets. */
export function mask(text: string, phrases: (string | null | undefined)[]): string {
  let out = text;
  for (const p of phrases) {
    if (!p || p.length < 3) continue;
    out = out.replace(new RegExp(escapeRe(p).replace(/ /g, '\\s+'), 'g'), (x) => ' '.repeat(x.length));
  }
  return out;
}
