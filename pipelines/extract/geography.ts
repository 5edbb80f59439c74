/**
 * Where the project works: municipalities named in the project name, cover title, a geography label or
 * as the owning municipality, plus those named repeatedly in the body; the county from a county label,
 * else the municipalities' county, else the regional bodies and "… län" mentioned. Names inside other
 * organisations ("Almi Företagspartner Uppsala AB", "Regionalfondsprogram för Stockholm", the evaluator)
 * are masked first, and so are county forms ("Region Jönköpings län", "Kalmar län").
 */
import type { LabelHit } from './labels.js';
import type { Line } from './layout.js';
import { lastAtOrBefore } from './text.js';
import type { Found } from './organisations.js';
import {
  countyOfMunicipality,
  findCountyMentions,
  findMunicipalityMentions,
  mask,
  municipalityOfOrganisation,
  normaliseCounty,
  type PlaceMention,
} from './places.js';

/** Inputs the geography step needs from the other extractors. */
export interface GeoInput {
  lines: Line[];
  labels: LabelHit[];
  projectName: string | null;
  coverTitle: string;
  owner: string | null;
  /** Organisation names that are not places of the project (evaluator, programme, non-municipal bodies). */
  masks: (string | null)[];
  /** The project's funders: a municipality that pays for a project is one it works in. */
  funders?: string[];
}

/** Municipalities and county. */
export interface GeoResult {
  municipalities: Found<string[]> | null;
  county: Found<string> | null;
}

const stripCounties = (text: string): string => {
  // Counties named by their seats: "the three counties of Småland (Jönköping, Kalmar and Kronoberg)", "länen Jönköping,
  // Kalmar och Kronoberg" name counties, not municipalities.
  let out = text.replace(COUNTY_LIST, (all, inBrackets?: string, listed?: string) => {
    const list = inBrackets ?? listed ?? '';
    return all.slice(0, all.length - list.length - (inBrackets ? 1 : 0)) + ' '.repeat(list.length) + (inBrackets ? ')' : '');
  });
  for (const c of findCountyMentions(text)) out = out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end);
  return out;
};
const NAMES = String.raw`(?:\p{Lu}[\p{L}-]+(?:,\s*|\s+(?:och|samt|and)\s+)){1,6}\p{Lu}[\p{L}-]+`;
const COUNTY_LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:counties|länen|regionerna)(?:\s+(?:of|i)\s+\p{Lu}[\p{L}-]+)?\s*(?:\((${NAMES})\)|(?<=(?:länen|counties(?:\s+of)?)\s+)(${NAMES}))`,
  'gu',
);

/**
 * Municipalities joined by hyphens ("mellan Gävle-Söderhamn-Hudiksvall och Nordanstigs kommun") are a list: the hyphens
 * read as commas (the text keeps its length, so positions stay).
 */
const hyphenLists = (text: string): string =>
  text.replace(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\p{L}-])/gu, (run, at: number) =>
    run.split('-').every((part) => countyOfMunicipality(part)) && !ROUTE_BEFORE.test(text.slice(Math.max(0, at - 40), at))
      ? run.replaceAll('-', ',')
      : run,
  );
// A route is not a list of places: "längs järnvägssträckan Ludvika-Smedjebacken-Västerås", "linjen Umeå-Vännäs".
const ROUTE_BEFORE = /(?:sträck|linj|led|väg|ban|stråk|pendel|tåg|buss|route|line|corridor|korridor)\p{L}*\s+$/iu;

// A university's name after a place ("Lunds universitets webbplats", "Linköping University"): its seat, not an area.
const UNIVERSITY_AFTER = /^s?\s+(?:universitet|university|högskola|tekniska högskola)(?:s|ens|n|ns)?(?![\p{L}])/iu;

/** Finds the municipalities and county of a project. */
export function findGeography(g: GeoInput): GeoResult {
  const strong = new Map<string, { page: number; source: string }>();
  const add = (name: string, page: number, source: string): void => {
    if (!strong.has(name)) strong.set(name, { page, source });
  };
  const clean = (t: string): string => hyphenLists(stripCounties(mask(t, g.masks)));

  for (const text of [g.projectName ?? '', g.coverTitle]) {
    const t = clean(text);
    for (const m of findMunicipalityMentions(t, true)) if (!UNIVERSITY_AFTER.test(t.slice(m.end, m.end + 30))) add(m.name, 1, text);
  }
  for (const h of g.labels) {
    if (h.field !== 'municipality') continue;
    for (const m of findMunicipalityMentions(clean(h.value.replace(/(?:,|\s+och\s+|\s+and\s+)/g, ', '))))
      add(m.name, h.page, `${h.label}: ${h.value}`);
  }
  const ownerMuni = g.owner ? municipalityOfOrganisation(g.owner) : null;
  if (ownerMuni) add(ownerMuni, 1, `Owner: ${g.owner}`);
  for (const f of g.funders ?? []) {
    const m = municipalityOfOrganisation(f);
    if (m) add(m, 1, `Funder: ${f}`);
  }
  // Body mentions: a municipality named twice or more is where the project works; once may be a study visit.
  // The body is masked as one text (masking line by line would rebuild the regexes per line).
  const body = clean(g.lines.map((l) => l.text).join('\n'));
  const lineStarts: number[] = [];
  let off = 0;
  for (const l of g.lines) {
    lineStarts.push(off);
    off += l.text.length + 1;
  }
  const lineAt = (pos: number): Line => g.lines[lastAtOrBefore(lineStarts, pos)]!;
  const counts = new Map<string, { n: number; page: number; source: string }>();
  // A university's seat ("Uppsala universitet", "Lunds universitets webbplats", "Linköping University") is where its
  // researchers sit, not the project's area; an owner's seat is read from the owner.
  const universitySeat = (m: { end: number }) => UNIVERSITY_AFTER.test(body.slice(m.end, m.end + 30));
  // Where a report was written or sent from is not where the project works: "Östersund, 15 October
  // 2022", "Umeå 2022-08-10", postal addresses "831 31 Östersund", an evaluator's "Carried out by: X, Östersund".
  const evaluatorLines = new Set(g.labels.filter((h) => h.field === 'evaluator' || h.field === 'author').map((h) => h.lineIndex));
  const mentions = findMunicipalityMentions(body).filter((m) => {
    const line = lineAt(m.start);
    const idx = g.lines.indexOf(line);
    if (evaluatorLines.has(idx) || PLACE_DATE_LINE.test(line.text)) return false;
    return !/\d{3}\s?\d{2}\s+$/.test(body.slice(Math.max(0, m.start - 8), m.start));
  });
  for (const m of mentions) {
    // A place named in a study visit, a comparison or another project's name does not count.
    if (NOT_PROJECT_AREA.test(body.slice(Math.max(0, body.lastIndexOf('.', m.start) + 1, m.start - 200), m.start))) continue;
    if (universitySeat(m)) continue;
    const c = counts.get(m.name) ?? { n: 0, page: lineAt(m.start).page, source: lineAt(m.start).text };
    c.n++;
    counts.set(m.name, c);
  }
  for (const [name, c] of counts) if (c.n >= 2) add(name, c.page, c.source);
  // "Projektet omfattar Kristianstad, Hässleholm och Östra Göinge": a list of places names the project's
  // area even when each is named once; a list after a study visit or a comparison does not.
  for (const list of enumerations(body, mentions)) {
    const before = body.slice(Math.max(0, list[0]!.start - 60), list[0]!.start);
    if (NOT_PROJECT_AREA.test(before)) continue;
    // "vid Stockholm, Uppsala, Göteborg, Lund respektive Umeå universitet": the seats of universities named together.
    const last = list[list.length - 1]!;
    if (/^\s+respektive\s+\p{Lu}[\p{L}-]+\s+(?:universitet|university|högskola)/u.test(body.slice(last.end, last.end + 60))) continue;
    for (const m of list) if (!universitySeat(m)) add(m.name, lineAt(m.start).page, lineAt(m.start).text);
  }

  // "… gårdar i Marks kommun": one mention as a municipality, in a place context, early in the report.
  for (const m of mentions) {
    if (strong.has(m.name) || !/\s(?:kommun|stad|municipality)$/u.test(body.slice(m.start, m.end))) continue;
    const line = lineAt(m.start);
    const sentence = body.slice(Math.max(0, body.lastIndexOf('.', m.start) + 1), m.start);
    if (
      line.page <= 2 &&
      /(?<![\p{L}])(?:i|inom|in)\s+$/u.test(body.slice(Math.max(0, m.start - 6), m.start)) &&
      !NOT_PROJECT_AREA.test(sentence)
    )
      add(m.name, line.page, line.text);
  }

  // "Målet är att skapa förutsättningar för entreprenörskap i Karlstad": the place the project's aim names. "Den 1 maj
  // 2019 startar ESF-projektet Support Framåt i Falun", "Projektet genomförs i Ljusdal", "an initiative taken by … in the
  // municipality of Hässleholm": one mention where the project itself is placed. Early in the text, in either case.
  for (const m of mentions) {
    if (strong.has(m.name)) continue;
    const line = lineAt(m.start);
    const from = Math.max(body.lastIndexOf('.', m.start), body.lastIndexOf('\n\n', m.start)) + 1;
    const sentence = body.slice(from, m.start);
    const aim = line.page <= 3 && /(?<![\p{L}])(?:i|in)\s+$/u.test(sentence) && PURPOSE.test(sentence);
    const placed = line.page <= 2 && (PROJECT_PLACED.test(sentence) || MUNICIPALITY_OF.test(sentence));
    if ((aim || placed) && !NOT_PROJECT_AREA.test(sentence)) add(m.name, line.page, line.text);
  }

  // Gotland is one county and one municipality: a project on Gotland works in the municipality Gotland.
  if (!strong.size && findCounty(g, [])?.value === 'Gotlands län') add('Gotland', 1, 'County: Gotlands län');
  const names = [...strong.keys()];
  const first = names.length ? strong.get(names[0]!)! : null;
  const municipalities = first ? { value: names, page: first.page, source: first.source, confidence: 0.75 } : null;
  return { municipalities, county: findCounty(g, names) };
}

// The project, by its word and name or its verb, placed in a municipality: "ESF-projektet Support Framåt i ", "Projektet
// genomförs i ".
const PROJECT_PLACED =
  /(?<![\p{L}])(?:[\p{L}-]*projektet|förstudien)\s+(?:[\p{Lu}"”“«][^.,;:!?]{0,60}?\s+|(?:genomförs|genomfördes|bedrivs|bedrevs|drivs|drevs|pågår|pågick|startar|startade)\s+)?i\s+$/u;
// "in the municipality of ", "i kommunen " before the municipality's name.
const MUNICIPALITY_OF = /(?<![\p{L}])(?:(?:in\s+)?the\s+municipality\s+of|i\s+kommunen)\s+$/iu;
// A sentence about what the project is for.
const PURPOSE = /(?<![\p{L}])(?:syftet?|målet|projektmålet|the aim|the purpose|the objective|aimed|aims)(?![\p{L}])/iu;
// Words before a list of places that show it is not where the project works.
const PLACE_DATE_LINE =
  /^[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?,?\s+(?:den\s+|i\s+)?(?:\p{L}+\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\s+\d{4})$/u;
// Whole words: "besöksnäringen" (tourism) and "visitors" are no study visits.
const NOT_PROJECT_AREA =
  /(?<![\p{L}])(?:studieres(?:a|an|or|orna)|studiebesök(?:et|en)?|besök(?:et|en|te|t)?|resa|resan|reste|åkte|jämför\p{L}*|liksom|förebild\p{L}*|inspiration|tidigare projekt|(?:kunskaps|erfarenhets)?utbyte med|exchanges? with|erfarenheter från|deltagit på|deltog på|deltog i|medverkat på|medverkade på|mässa|mässan|mässor|konferens\p{L}*|marknadsdag\p{L}*|arbetsmarknadsdag\p{L}*|visit|visits|visited|visiting|study trips?|trips?|compared|such as|like in|as in|participated in|attended|fairs?|conferences?|workshop|presenterat\p{L}*|presented|presentation|outside|utanför|leaderområdet|leader area|programområdet|the programme area|(?:avslutade|tidigare|föregående|earlier|previous|former|completed)\s+(?:[\p{L}-]+\s+){0,2}?(?:projektet|projekt|project))(?![\p{L}])(?![^.!?]*[.!?])/iu;

/** Runs of two or more municipality mentions joined by commas and "och" / "samt" / "and". */
function enumerations(text: string, mentions: PlaceMention[]): PlaceMention[][] {
  const out: PlaceMention[][] = [];
  let run: PlaceMention[] = [];
  for (const m of mentions) {
    const prev = run[run.length - 1];
    // "från Kungälv i söder till Strömstad i norr": the ends of an area are a list of two.
    if (
      prev &&
      /^\s*(?:,|,?\s*(?:och|samt|and|&|eller|or)|\s+i\s+(?:söder|norr|öster|väster)\s+(?:till|och))\s*$/u.test(
        text.slice(prev.end, m.start),
      )
    )
      run.push(m);
    else {
      if (run.length >= 2) out.push(run);
      run = [m];
    }
  }
  if (run.length >= 2) out.push(run);
  return out.map((r) => r.filter((m, i) => r.findIndex((x) => x.name === m.name) === i)).filter((r) => r.length >= 2);
}

function findCounty(g: GeoInput, municipalities: string[]): Found<string> | null {
  const label = g.labels.find((h) => h.field === 'county' && normaliseCounty(h.value));
  if (label) return { value: normaliseCounty(label.value)!, page: label.page, source: `${label.label}: ${label.value}`, confidence: 0.9 };
  const fromMunis = [...new Set(municipalities.map(countyOfMunicipality).filter((c): c is string => !!c))];
  if (fromMunis.length === 1)
    return { value: fromMunis[0]!, page: 1, source: `Municipalities: ${municipalities.join(', ')}`, confidence: 0.85 };
  // A region or county board that owns the project works in its own county: "Region Gävleborg".
  const ownerCounty = g.owner && /^(?:Region|Länsstyrelsen|Landstinget)\s/u.test(g.owner) ? findCountyMentions(g.owner)[0]?.name : null;
  if (ownerCounty && !fromMunis.length) return { value: ownerCounty, page: 1, source: `Owner: ${g.owner}`, confidence: 0.8 };
  // County mentions in the text (programme and evaluator names masked): the most frequent wins.
  const tally = new Map<string, { n: number; page: number; source: string }>();
  const text = mask(g.lines.map((l) => l.text).join('\n'), g.masks);
  for (const c of findCountyMentions(text)) {
    const t = tally.get(c.name) ?? { n: 0, page: 1, source: text.slice(c.start, c.end) };
    t.n++;
    tally.set(c.name, t);
  }
  let best = [...tally].sort((a, b) => b[1].n - a[1].n);
  // Several municipalities in different counties: prefer a mentioned county among theirs.
  if (fromMunis.length > 1) best = best.filter(([c]) => fromMunis.includes(c));
  const top = best[0];
  if (!top || (best[1] && best[1][1].n === top[1].n)) return null;
  return { value: top[0], page: top[1].page, source: top[1].source, confidence: 0.7 };
}
