/**
 * Funders and the funding programme.
 *
 * Funders are every organisation the report names as financing the project: the granting agency, the
 * EU fund, co-financiers (the owner too when the text says it co-finances). They come from funder
 * labels ("Finansiärer:", "Medfinansiärer", "Funded by"), from funding sentences ("Projektet har
 * finansierats av A, B och C", "Tillväxtverket beviljade 7,36 mkr i regionalfondsmedel", "resterande
 * finansiering kom från …", "Region X and the three municipalities provided the co-financing") and from
 * financing tables (organisation rows with amounts under a "Finansiering" heading or column header).
 * Collective forms are spread out ("Gislaveds och Gnosjö kommuner" → "Gislaveds kommun", "Gnosjö
 * kommun"), "de tre kommunerna" is resolved to the three municipalities named just before, acronyms to
 * the name they abbreviate, and own-funds phrases ("the university's own funds", "Egen insats,
 * föreningen") to the owner. Fragments ("Region", "Länsstyrelsen") and non-organisations ("privata
 * medel", "svenska staten") are never returned.
 *
 * The programme comes from a programme label, a programme name standing alone on the cover, a funding
 * sentence ("inom Regionalfondsprogrammet för …", "financed under the Interreg … programme",
 * "inom programmet Stärkt lokal attraktionskraft") or, for Interreg reports, the running header.
 */
import type { DocView } from './document.js';
import { detectLanguage } from './language.js';
import type { LabelHit } from './labels.js';
import { CELL_GAP } from './layout.js';
import {
  countyOfMunicipality,
  findMunicipalityMentions,
  municipalityOfOrganisation,
  municipalityOrgName,
  normaliseCounty,
} from './places.js';
import { GIVEN_NAMES } from './given-names.js';
import { acronymsOf, looksLikeOrganisation, type Found, type Sentence } from './organisations.js';
import { cleanValue, escapeRe, wordCount } from './text.js';

export type Lang = 'sv' | 'en';

// ---------------------------------------------------------------------------------------------------
// Names

// EU funds, named in full or by a short form; the short forms are written out in the report's language.
const FUNDS: { sv: string; en: string; full: RegExp; short: RegExp }[] = [
  {
    sv: 'Europeiska regionala utvecklingsfonden',
    en: 'European Regional Development Fund',
    full: /Europeiska regionala utvecklingsfonden|European Regional Development Fund/iu,
    short:
      /(?<![\p{L}-])(?:ERUF|ERDF|EU:s regionalfond(?:en)?|EU[:'’]s regionala (?:utvecklingsfond|fond)(?:en)?|Europeiska regionalfonden|regionalfond(?:en|s-?medel|smedlen)?|regionala fonden)(?![\p{L}])/iu,
  },
  {
    sv: 'Europeiska socialfonden plus',
    en: 'European Social Fund Plus',
    full: /Europeiska socialfonden(?:\s?\+|\s+plus)|European Social Fund(?:\s?\+|\s+Plus)/iu,
    short: /(?<![\p{L}-])(?:ESF\s?\+|ESF plus|socialfonden\s?\+)(?![\p{L}])/iu,
  },
  {
    sv: 'Europeiska socialfonden',
    en: 'European Social Fund',
    full: /Europeiska socialfonden|European Social Fund/iu,
    short:
      /(?<![\p{L}-])(?:ESF(?!-rådet)|EU:s socialfond(?:en)?|[Ss]ocialfond(?:en|smedel|smedlen)?|EU[’']s [Ss]ocial [Ff]und|EU [Ss]ocial [Ff]und)(?![\p{L}])/u,
  },
  {
    sv: 'Europeiska jordbruksfonden för landsbygdsutveckling',
    en: 'European Agricultural Fund for Rural Development',
    full: /Europeiska jordbruksfonden för landsbygdsutveckling|European Agricultural Fund for Rural Development/iu,
    short:
      /(?<![\p{L}-])(?:EJFLU|EAFRD|landsbygdsfonden|EU[:'’]s jordbruksfond(?:en)?|jordbruksfonden för landsbygdsutveckling)(?![\p{L}])/iu,
  },
  {
    sv: 'Europeiska havs- och fiskerifonden',
    en: 'European Maritime and Fisheries Fund',
    full: /Europeiska havs- och fiskerifonden|European Maritime and Fisheries Fund/iu,
    short: /(?<![\p{L}-])(?:EHFF|EMFF|havs(?:-\s*|\s*&\s*|\s+)(?:och\s+)?fiskerifonden|Havs- och fiskefonden)(?![\p{L}])/iu,
  },
];

/** The EU fund a text names (in full, as written, or by a short form written out), or null. */
export function fundIn(text: string, lang: Lang): string | null {
  for (const f of FUNDS) {
    const m = f.full.exec(text);
    // Written in running text in lower case ("med pengar från europeiska jordbruksfonden …"), the name is capitalised.
    if (m) return m[0].charAt(0).toUpperCase() + m[0].slice(1);
    if (f.short.test(text)) return f[lang];
  }
  return null;
}

// One word that alone is no organisation's name, only a fragment of one ("Region", "Länsstyrelsen"); a Leader area's
// pot ("LAG:s Leaderpott") names no payer.
const FRAGMENT =
  /^(?:lag:s\s.*|region(?:en)?|länsstyrelsen|kommun(?:en|erna)?|staten|leader|eu|interreg|the region|the municipality|the county|landstinget|regionförbundet|universitet(?:et)?|högskolan|university|fonden|the fund|programmet|the programme|finansiär(?:er)?|medfinansiär(?:er)?|funders?|financiers?|co-?financiers?|belopp(?:\s+i\s+\p{L}+)?|amounts?(?:\s+in\s+\p{L}+)?)$/iu;
// Money that is no organisation: "privata medel", "svenska staten", "Interreg funds", "EU-medel".
const NOT_ORG =
  /(?:funds|medel|contributions?|resources|bidrag)$|^(?:svenska staten|staten|the state|the swedish state|privat[a]? medel|egna medel|eu-?medel|offentliga medel|interreg funds|eu funds|national funds|private funds|deltagande företag.*|företagen|the companies.*|the partners.*|ideellt nedlagd.*|ideell(?:t|a)? (?:arbete|arbetstid|tid|insats(?:er)?)(?:\s.*)?|eget arbete|egen insats|(?:together|tillsammans)\s.*|nu|då|här|där|sedan|dessutom|även|också|därför|idag|nyligen|tidigare|därefter|samtidigt|now|then|here|also|today|the|a|an|den|det|de|en|ett|beslut(?:\s+om(?:\s+stöd)?)?|decision(?:\s+on)?)$/iu;
// A captured string that is a clause, not a name.
const CLAUSE =
  /(?<![\p{L}])(?:är|var|har|hade|som|att|ska|skulle|kommer|blev|uppgick|utgjorde|vilket|is|was|has|had|which|that|will|were|are|amounted|who)(?![\p{L}])/iu;
// Programme names are not funders ("Länsstyrelsen i Skåne län via Landsbygdsprogrammet").
const PROGRAMME_WORD = /(?:program(?:met)?|programme)(?![\p{L}])/iu;

/** True when a name reads as a funding organisation's (org-shaped, a fund, or a Nordic council). */
// The union and the state, as texts name payers: "finansieras av Region Gävleborg och EU", "finansiering från EU,
// staten och kommunerna".
const UNION_OR_STATE = /^(?:EU|Europeiska unionen|European Union|the European Union|staten|Staten)$/u;
const COUNTY_OR_PROVINCE =
  /^(?:Södermanland|Östergötland|Kronoberg|Blekinge|Skåne|Halland|Västra Götaland|Värmland|Västmanland|Dalarna|Gävleborg|Västernorrland|Jämtland|Härjedalen|Västerbotten|Norrbotten|Bohuslän|Dalsland|Lappland|Hälsingland|Medelpad|Ångermanland|Småland|Öland|Uppland|Närke|Sörmland)$/u;
const COUNTRY =
  /^(?:Sverige|Norge|Finland|Danmark|Island|Estland|Lettland|Litauen|Tyskland|Polen|Sweden|Norway|Denmark|Iceland|Estonia|Latvia|Lithuania|Germany|Poland)$/u;

export function orgShaped(name: string): boolean {
  // "Försäkringskassan i Skåne": an agency's regional office is shaped as the agency is.
  const agency = name.replace(/\s+i\s+\p{Lu}[\p{L}-]+(?:\s+län)?$/u, '');
  return (
    looksLikeOrganisation(name) ||
    UNION_OR_STATE.test(name) ||
    /^Interreg\s|^(?:Svenska\s+)?[Rr]egeringen$|fond(?:en)?$|fonden\s+för\s|(?<![\p{L}])fund(?![\p{L}])|fylkeskommune|kommune$|ESF-rådet|verket$|myndigheten$|förmedlingen$|^Delegationen\s|stiftelse|^Lokalt\s+ledd\s+utveckling\s/iu.test(
      name,
    ) ||
    // Swedish agencies by the ending of their names: Försäkringskassan, Riksantikvarieämbetet, Konstnärsnämnden,
    // Kulturrådet, Kammarkollegiet, Sametinget, Socialstyrelsen, Statens folkhälsoinstitut, Brottsförebyggande rådet.
    /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}*)?(?:kassan|ämbetet|nämnden|rådet|kollegiet|tinget|styrelsen|inspektionen)$|^Statens\s+\p{L}+(?:\s+\p{L}+)?$/u.test(
      agency,
    )
  );
}

const count = (s: string, c: string): number => s.split(c).length - 1;

/**
 * A name read from inside brackets keeps no bracket it does not open or close ("Landsbygdsprogrammet (delvis
 * finansierat av Europeiska jordbruksfonden för landsbygdsutveckling)": the fund without the sentence's ")").
 */
function withoutLoneBrackets(name: string): string {
  let s = name;
  while (s.endsWith(')') && count(s, ')') > count(s, '(')) s = s.slice(0, -1).replace(/[\s.,;:]+$/u, '');
  while (s.startsWith('(') && count(s, '(') > count(s, ')')) s = s.slice(1).trimStart();
  return s;
}

/** Cleans one candidate name; null when it is no organisation's name. */
export function cleanName(raw: string): string | null {
  let s = cleanValue(raw)
    .replace(/^(?:(?:och|and|samt|by|av|från|from|through|via|genom|of)\s+)+/iu, '')
    .replace(/^(?:the|den|det)\s+/iu, '')
    // "Detta står klart nu när Interreg Sverige-Norge": a clause before the name, up to its conjunction.
    .replace(/^\p{Lu}[\p{L}\s]{0,60}?\s(?:när|då|eftersom|sedan|efter att|when|since|after)\s+(?=\p{Lu})/u, '')
    // A key run into the value ("Huvudfinansiär: Energimyndigheten", a page's "Textstorlek:"), a logo's text ("Logotyp Svinesundskommittén").
    .replace(
      /^(?:\p{L}*finansiär(?:er)?|funders?|financiers?|textstorlek|text size)\s*:\s*|^(?:logotyp|logga|logo(?:type)?)\s+(?=\p{Lu})/iu,
      '',
    )
    // "Interreg funds from Innlandet fylkeskommune": the organisation the money came from.
    .replace(/^[\p{L}\d-]+?(?:\s+|-)(?:funds|medel)\s+(?:from|från)\s+/iu, '')
    // "the Interreg Nord programme" names the programme as the funder.
    .replace(/^(Interreg\s.+?)\s+(?:programme|program|programmet)$/iu, '$1')
    // "Region Skåne från augusti", "Tillväxtverket i december": a month the money ran from or was granted in.
    .replace(
      /\s+(?:från|from|i|in|under|during)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?$/iu,
      '',
    )
    // "EU i mitten av juni": a time after the name.
    .replace(/\s+(?:i|in)\s+(?:mitten|början|slutet|the middle|the beginning|the end)\s+(?:av|of)\s.*$/iu, '')
    // "Arjeplogs kommun on the Swedish side", "Nordland fylkeskommune in Norway".
    .replace(/\s+on the \p{L}+ side$|\s+på (?:svensk|norsk|finsk|dansk|finländsk) sida$/iu, '')
    // "… med en halv miljon", "… för sin föräldrastödssatsning Familjepeppen", "… BOA-projektet": the sum, the purpose
    // or the project after the payer's name.
    .replace(/\s+(?:med\s+(?:en|ett|\d)|för\s+(?:sin|sitt|sina|dess|att)|with\s+(?:a|an|\d)|for\s+(?:its|their))(?:\s.*)?$/iu, '')
    .replace(/\s+\S+(?:-projekt(?:et)?|projektet)$/iu, '')
    .replace(/\s+(?:in|i) (?:Norway|Sweden|Finland|Denmark|Norge|Sverige|Finland|Danmark)$/u, '')
    .replace(/\s*\((?:[^()]*)\)\s*$/u, '')
    .trim();
  s = s
    .replace(/[\s.,;:]+$/, '')
    .trim()
    // "Högskolan i Gävle Mkr", "Formas in", "Tillväxtverket den": a unit or a function word left at the end.
    // "Linköpings kommun med start" (i januari 2017): the sentence goes on after the name.
    .replace(/\s+med\s+(?:start|slut|början)$/iu, '')
    .replace(/\s+(?:mkr|mnkr|tkr|kr|kronor|sek|msek|ksek|eur|in|den|det|the|i|på|för|of|by|av|med|with)$/iu, '')
    // "Granted ERDF", "Beviljat stöd Region X": a money word before the name.
    .replace(/^(?:granted|beviljat|beviljade|sökt|requested|approved)\s+(?:(?:stöd|support|funding|grant)\s+)?/iu, '')
    // "Beslut om stöd Region Gävleborg": a decision's heading run into the name.
    .replace(/^(?:beslut om (?:stöd|bidrag|medel)|decision on (?:support|funding|a grant))\s+(?=\p{Lu})/iu, '')
    .trim();
  s = withoutLoneBrackets(s);
  if (!s || s.length > 90 || wordCount(s) > 8) return null;
  // A name cut where it goes on: "Nätverket för vindbruk vid" (Energimyndigheten on the next line).
  if (/\s(?:vid|hos|inom|at|within)$/iu.test(cleanValue(raw).replace(/[\s.,;:]+$/u, ''))) return null;
  // Two sentences run together ("Lycksele kommuner. Gold of Lapland"), a name cut at its hyphen ("Föreningen för
  // fornminnes-"), a report's heading run in ("EUROPEISKA UNIONEN Slutrapport för projektet"): no payer's name.
  if (
    /\p{Ll}{2,}\.\s+\p{Lu}/u.test(s) ||
    /[-–]$/u.test(s) ||
    /(?<![\p{L}])(?:slutrapport|slutredovisning|final report)(?![\p{L}])/iu.test(s)
  )
    return null;
  if (UNION_OR_STATE.test(s)) return s;
  // "… stöd av sametingen i Sverige och Norge": a country alone pays nothing; its parliament or agency does.
  if (COUNTRY.test(s)) return null;
  // "LT", "SE": a country code; "KS /": a reference; "Hudiksvall": a place, not the municipality's organisation.
  if (/^\p{Lu}{2}$/u.test(s) || /[/\\]$/.test(s) || (!/\s/u.test(s) && countyOfMunicipality(s))) return null;
  // "Gävleborg", "Värmland": a county's or a province's name alone pays nothing; its region or county board does.
  if (COUNTY_OR_PROVINCE.test(s)) return null;
  if (/(?<![\p{L}])(?:step|steg|fas|phase|etapp)\s+\d/iu.test(s)) return null;
  // "Call FRÖN Planning 2015": a project bank's call (utlysning), not who pays.
  if (/^(?:call|utlysning)\s/iu.test(s)) return null;
  // "Projektstöd från EU-fond": a fund not named is no payer.
  if (/^EU-?(?:fond|fonden|fonder|medel|stöd)$/iu.test(s)) return null;
  // "länsstyrelsen i Norrbotten": a county board written in lower case inside a list.
  s = s.replace(/^länsstyrelsen(?=\s+i\s+\p{Lu})/u, 'Länsstyrelsen');
  if (!/^[\p{Lu}\p{N}]/u.test(s)) return null;
  // Digits are an amount's, not a name's; a year that ends a name is its own ("Leader Lappland 2020").
  if (CLAUSE.test(s) || /\d{3}/.test(s.replace(/\s(?:19|20)\d\d$/u, ''))) return null;
  if (FRAGMENT.test(s) || NOT_ORG.test(s) || /^(?:total|totalt|summa|sum|subtotal|delsumma)(?![\p{L}])/iu.test(s)) return null;
  if (PROGRAMME_WORD.test(s) && !/^Interreg\s/iu.test(s)) return null;
  // A municipality's genitive alone ("Skinnskattebergs"): the name went on beyond where the list was cut.
  if (/^\p{Lu}\p{Ll}+s$/u.test(s) && countyOfMunicipality(s.slice(0, -1))) return null;
  // Money or other projects, not a payer: "Projektstöd från EU-fond", "Övriga medfinansierade projekt …".
  if (/^(?:Projektstöd|Projektmedel|Övriga|Other)(?![\p{L}])/u.test(s)) return null;
  // "Egen privat finansiering", "Own funds": the project's own money, with no payer named; "RRSA-metoden": a method
  // the work leaned on pays nothing.
  if (/^(?:Egen|Eget|Egna|Own|Privat|Privata|Private)(?![\p{L}])/u.test(s) || /(?:metod|metoden|modellen|verktyget)$/iu.test(s))
    return null;
  // A contact person's name before the organisation: "Bo Fransman Region Skåne".
  const person = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+\s+(?=(?:Region|Länsstyrelsen|Landstinget)\s+\p{Lu})/u.exec(s);
  if (person && GIVEN_NAMES.has(person[1]!.toLowerCase())) return s.slice(person[0].length);
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Context one report gives: language, owner, acronyms, municipalities named before a point.

interface Ctx {
  lang: Lang;
  owner: string | null;
  acronyms: Map<string, string>;
  sentences: Sentence[];
}

const NUMBER_WORD: Record<string, number> = {
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  båda: 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  both: 2,
};
const MUNI_ANAPHOR =
  /^(?:de|the|both)?\s*(två|tre|fyra|fem|sex|sju|åtta|nio|tio|båda|two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:(?:deltagande|medverkande|participating|partner)\s+)?(?:kommunerna|municipalities)$/iu;

/** "de tre kommunerna": the municipalities named in the nearest sentence before that names exactly that many. */
function resolveMunicipalities(phrase: string, at: number, ctx: Ctx): string[] {
  const m = MUNI_ANAPHOR.exec(phrase.trim().replace(/^(?:och|and|av|by)\s+/iu, ''));
  if (!m) return [];
  const n = NUMBER_WORD[m[1]!.toLowerCase()]!;
  for (let i = at; i >= 0; i--) {
    const names = municipalOrgsIn(ctx.sentences[i]!.text);
    if (names.length === n) return names;
  }
  // "… owned by Hudiksvalls kommun. … together with Nordanstigs kommun and Ljusdals kommun. … de tre
  // kommunerna": the municipalities named in the sentences before, when together they are that many.
  const seen = new Map<string, { org: string; at: number }>();
  for (let i = at; i >= Math.max(0, at - 12); i--) {
    // Only municipalities written as organisations ("Gävle i augusti 2022" is a signature's place).
    const text = ctx.sentences[i]!.text;
    municipalOrgsIn(text)
      .filter((org) => text.includes(org))
      .forEach((org, k) => {
        seen.set(org, { org, at: i * 1000 + k });
      });
    if (seen.size === n) return [...seen.values()].sort((a, b) => a.at - b.at).map((x) => x.org);
    if (seen.size > n) return [];
  }
  return [];
}

/** Municipalities a text names, as organisations: "Katrineholms kommun", "Eda och Årjängs kommuner", "in Kalmar, Nybro and Emmaboda". */
function municipalOrgsIn(text: string): string[] {
  const found: { at: number; muni: string; org: string }[] = [];
  // Collective forms first: "Flens och Vingåkers kommuner".
  for (const m of text.matchAll(
    /((?:[\p{Lu}][\p{L}-]+,\s+)*[\p{Lu}][\p{L}-]+\s+(?:och|samt|and)\s+[\p{Lu}][\p{L}-]+)\s+kommuner(?![\p{L}])/gu,
  )) {
    const parts = m[1]!.split(/\s*,\s*|\s+(?:och|samt|and)\s+/u);
    for (const p of parts) {
      const org = `${p} kommun`;
      const muni = municipalityOfOrganisation(org);
      if (muni) found.push({ at: m.index! + m[0].indexOf(p), muni, org });
    }
  }
  for (const x of findMunicipalityMentions(text)) {
    const written = /^(.+?)\s+kommun$/u.exec(text.slice(x.start, x.end));
    found.push({ at: x.start, muni: x.name, org: written ? `${written[1]} kommun` : municipalityOrgName(x.name) });
  }
  const out = new Map<string, string>();
  for (const f of found.sort((a, b) => a.at - b.at)) if (!out.has(f.muni)) out.set(f.muni, f.org);
  return [...out.values()];
}

// Own-funds phrases: "the university's own funds", "Föreningens egen insats", "Kommunalförbundets medfinansiering".
const OWN_FUNDS =
  /(?:^|[\s(])(?:(?:the\s+)?([\p{L}-]+?)(?:'s|’s|s'|s)\s+)?(?:egen insats|egna insatser|egen medfinansiering|egen finansiering|egna medel|egen tid|eget arbete|medfinansiering|own funds|own contribution|own contributions|own resources|own financing|own time|co-?financing)(?![\p{L}])/iu;

/** The owner, when a phrase says the owner (named by its kind) pays: "the university's own funds". */
function ownerFromOwnFunds(phrase: string, ctx: Ctx, bare: boolean): string | null {
  if (!ctx.owner) return null;
  const m = OWN_FUNDS.exec(phrase);
  if (!m) return null;
  // "Lunds universitet (egen tid)": the name before the bracket pays, whoever owns the project.
  if (m[0].startsWith('(') && /\p{L}{3}/u.test(phrase.slice(0, m.index))) return null;
  let who = m[1]?.toLowerCase() ?? null;
  // "Egen insats, föreningen (kontant)": the payer follows.
  if (!who) {
    const after = /,\s*([\p{L}-]+)/u.exec(phrase.slice(m.index + m[0].length));
    who = after ? after[1]!.toLowerCase() : null;
  }
  if (!who) return bare && /egen|egna|own/iu.test(m[0]) ? ctx.owner : null;
  if (
    /^(?:projektägaren|projektägare|stödmottagaren|the project owner|project owner|beneficiary|the beneficiary|lead partner|sökande)/u.test(
      who,
    )
  )
    return ctx.owner;
  const stem = who.replace(/(?:et|en|n)$/u, '');
  if (stem.length < 4) return null;
  return ctx.owner.toLowerCase().includes(stem) ? ctx.owner : null;
}

// "Regionen", "the region", "Föreningen": an organisation named by its kind alone is the owner when the
// owner is of that kind ("the region the rest" in a report owned by a region), otherwise no name at all.
const KIND_ALONE =
  /^(?:the\s+)?(regionen|kommunen|föreningen|förbundet|kommunalförbundet|stiftelsen|bolaget|företaget|universitetet|högskolan|länsstyrelsen|samordningsförbundet|region|municipality|city|association|foundation|company|university|county administrative board)$/iu;
const KIND_STEM: Record<string, RegExp> = {
  regionen: /^region\s|regionen$/iu,
  region: /^region\s|regionen$|regional council/iu,
  kommunen: /kommun$/iu,
  municipality: /kommun$|municipality$/iu,
  city: /stad$|^city of\s/iu,
  föreningen: /förening(?:en)?$|^föreningen\s/iu,
  association: /förening(?:en)?$|^föreningen\s|association$/iu,
  förbundet: /förbund(?:et)?$/iu,
  kommunalförbundet: /kommunalförbund(?:et)?$/iu,
  stiftelsen: /^stiftelsen\s|stiftelse(?:n)?$/iu,
  foundation: /^stiftelsen\s|foundation$/iu,
  bolaget: /\sAB$/u,
  företaget: /\sAB$/u,
  company: /\sAB$|ltd$/iu,
  universitetet: /universitet(?:et)?$|university/iu,
  university: /universitet(?:et)?$|university/iu,
  högskolan: /högskola(?:n)?|university/iu,
  länsstyrelsen: /^länsstyrelsen\s/iu,
  'county administrative board': /^länsstyrelsen\s/iu,
  samordningsförbundet: /^samordningsförbundet\s/iu,
};

/** The owner for a bare kind word that fits it, null for one that does not, undefined for any other phrase. */
function ownerByKind(phrase: string, ctx: Ctx): string | null | undefined {
  const m = KIND_ALONE.exec(
    phrase
      .trim()
      .replace(/^(?:och|and|samt|av|by)\s+/iu, '')
      .replace(/^(?:i huvudsak|huvudsakligen|främst|till största delen|mainly|primarily)\s+/iu, ''),
  );
  if (!m) return undefined;
  const fits = KIND_STEM[m[1]!.toLowerCase()];
  if (ctx.owner && fits?.test(ctx.owner)) return ctx.owner;
  // "… inom Länsstyrelsen i Skåne län. Projektet samfinansieras av Länsstyrelsen, Lunds kommun …": the one county board
  // the text names in full.
  const full = FULL_NAME_OF_KIND[m[1]!.toLowerCase()];
  if (full) {
    const named = new Set(ctx.sentences.flatMap((x) => [...x.text.matchAll(full)].map((f) => f[0].trim())));
    if (named.size === 1) return [...named][0]!;
  }
  return null;
}
const FULL_NAME_OF_KIND: Record<string, RegExp> = {
  länsstyrelsen: /Länsstyrelsen\s+(?:i\s+)?\p{Lu}[\p{L}-]+(?:\s+län)?(?![\p{L}])/gu,
};

// Money words before the payer: "med egna medel från", "in-kind contributions from", "kommunal medfinansiering från".
const MONEY_FROM =
  /^(?:(?:med|with|genom|through)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:medel|utvecklingsmedel|medfinansiering(?:en)?|finansiering(?:en)?|stöd|bidrag|funds|funding|co-?financing|contributions?|resources)\s+(?:från|ur|from)\s+(?=[\p{Lu}])|^(?:(?:till|to|for)\s+)?(?:(?:den\s+)?resterande\s+del(?:en)?|resten|the rest|the remainder|\d+\s*(?:%|procent|per cent))\s+(?:av|by|från|from)\s+(?=[\p{Lu}])/u;

// ---------------------------------------------------------------------------------------------------
// Lists

const SPLIT = /\s*[,;]\s*|\s+(?<!-\s)(?:och|samt|liksom|and|as well as|&)\s+(?:av\s+|by\s+)?/iu;

// Official names with a comma or 'och'/'and' inside, kept whole when a list is split: "the Swedish Agency for
// Economic and Regional Growth", "Forskningsrådet för miljö, areella näringar och samhällsbyggande".
const WHOLE_NAMES = [
  'Asyl-, migrations- och integrationsfonden',
  'Asyl, Migration och Integrationsfonden',
  'Asylum, Migration and Integration Fund',
  'Agency for Economic and Regional Growth',
  'Europeiska havs- och fiskerifonden',
  'havs- och fiskerifonden',
  'havs & fiskerifonden',
  'havs och fiskerifonden',
  'Havs- och fiskefonden',
  'European Maritime and Fisheries Fund',
  'Agency for Marine and Water Management',
  'Ministry of Enterprise and Innovation',
  'Forskningsrådet för miljö, areella näringar och samhällsbyggande',
  'Forskningsrådet för hälsa, arbetsliv och välfärd',
  'Research Council for Environment, Agricultural Sciences and Spatial Planning',
  'Research Council for Health, Working Life and Welfare',
  'Havs- och vattenmyndigheten',
  'Myndigheten för samhällsskydd och beredskap',
  'Myndigheten för ungdoms- och civilsamhällesfrågor',
  'Post- och telestyrelsen',
  'Kungliga Skogs- och Lantbruksakademien',
];
// "Sveriges Kommuner och Landsting", "Västmanlands Kommuner och Landsting", "Sveriges Kommuner och Regioner": an
// association of municipalities and regions, one name.
const MUNICIPAL_ASSOCIATION = String.raw`\p{Lu}[\p{L}-]*s\s+[Kk]ommuner\s+och\s+(?:[Ll]andsting|[Rr]egioner)`;
// "Institutet för språk och folkminnen", "Stiftelsen för kunskaps- och kompetensutveckling": a body named for two
// things in lower case, one name.
const BODY_FOR_TWO = String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+(?:et|en)\s+för\s+\p{Ll}[\p{L}-]*\s+och\s+\p{Ll}[\p{L}-]+`;
// "Willy och Berit Heymans Djurskyddsstiftelse", "Knut och Alice Wallenbergs Stiftelse": a foundation or fund named for
// two people, one name.
const FOUNDATION_OF_TWO = String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+\s+och\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}-]*s\s+(?:\p{L}+\s+)?\p{L}*(?:stiftelse|Stiftelse|fond|Fond)\p{L}*`;
const WHOLE_NAME = new RegExp([...WHOLE_NAMES.map((n) => escapeRe(n).replace(/\s+/g, '\\s+')), MUNICIPAL_ASSOCIATION].join('|'), 'giu');
const WHOLE_BODY = new RegExp(`${BODY_FOR_TWO}|${FOUNDATION_OF_TWO}`, 'gu');
const KEEP = '\u0001';

/** True when `short` is written in capitals from the initials of `name`'s words, in order ("ISOF", "Institutet för språk och folkminnen"). */
export function shortFormOf(short: string, name: string): boolean {
  if (!/^\p{Lu}{3,6}$/u.test(short) || !/\s/u.test(name)) return false;
  const initials = name
    .split(/[\s-]+/u)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  let at = 0;
  for (const ch of short) {
    at = initials.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return initials.charAt(0) === short.charAt(0);
}

/** Splits a list of names at `split`, keeping the official names that hold a comma or a conjunction whole. */
export function splitNames(text: string, split: RegExp = SPLIT): string[] {
  const keep = (n: string) => n.replace(/\s+/g, KEEP).replace(/,/g, `${KEEP}${KEEP}`);
  const kept = text.replace(WHOLE_NAME, keep).replace(WHOLE_BODY, keep);
  return kept.split(split).map((p) => p.replaceAll(`${KEEP}${KEEP}`, ',').replaceAll(KEEP, ' '));
}

// "Länsstyrelserna i Skåne, Halland och Kalmar län": county boards named together, one "län" for all.
const COUNTY_BOARDS =
  /(?<![\p{L}])Länsstyrelserna\s+i\s+((?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*,\s+)*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:och|samt)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:\s+län(?![\p{L}]))?/gu;

/**
 * County boards named together, each written out as its own board: "Länsstyrelserna i Skåne, Halland och Kalmar län"
 * → "Länsstyrelsen i Skåne län, Länsstyrelsen i Hallands län, Länsstyrelsen i Kalmar län". Where a name is no county,
 * the text stays as written.
 */
export function jointCountyBoards(text: string): string {
  return text.replace(COUNTY_BOARDS, (all, list: string) => {
    const counties = list.split(/\s*,\s*|\s+(?:och|samt)\s+/u).map((n) => normaliseCounty(n));
    return counties.every((c) => c) ? counties.map((c) => `Länsstyrelsen i ${c}`).join(', ') : all;
  });
}

// "Skaraborgs/Fyrbodals/Boråsregionens kommunalförbund", "Skaraborgs, Fyrbodals och Boråsregionens kommunalförbund":
// genitives that share one head noun, one organisation each.
const SHARED_HEAD =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}-]*s\s*(?:\/|,)\s*)+\p{Lu}[\p{L}-]*s|(?:\p{Lu}[\p{L}-]*s\s*,\s*)*\p{Lu}[\p{L}-]*s\s+(?:och|samt)\s+\p{Lu}[\p{L}-]*s)\s+(kommunalförbund|samordningsförbund|hushållningssällskap|landsting|sparbank)(?![\p{L}])/gu;

/** Genitives sharing one head noun, each written out with it: "A/Bs/Cs kommunalförbund" → "As kommunalförbund, …". */
export function sharedHead(text: string): string {
  return text.replace(SHARED_HEAD, (_all, list: string, head: string) =>
    list
      .split(/\s*(?:\/|,)\s*|\s+(?:och|samt)\s+/u)
      .map((n) => `${n} ${head}`)
      .join(', '),
  );
}

/**
 * Organisation names in a list ("A, B och C", "Region X, Vimmerby, Hultsfreds och Borgholms kommuner",
 * "Tillväxtverket (Europeiska regionala utvecklingsfonden)"). `strict` keeps only org-shaped names
 * (table rows); otherwise any capitalised name in a funding list counts.
 */
function namesIn(text: string, ctx: Ctx, at: number, strict = false): string[] {
  const out: string[] = [];
  // Amounts and their parentheses are not names: "Eskilstuna kommun (MSEK 2.0)".
  let s = text.replace(/\((?:[^()]*\d[^()]*)\)/gu, ' ').replace(/\s+/g, ' ');
  // "the Swedish Agency for Economic and Regional Growth (Tillväxtverket)": an English rendering with
  // the organisation's own name in brackets is that one organisation.
  s = s.replace(
    /(?:the\s+)?(?:Swedish|Norwegian|Finnish|Danish)\s+[\p{L}\s-]*?\(([\p{Lu}][\p{L}-]+(?:\s+[\p{L}-]+){0,3})\)/gu,
    (all, own: string) => (fundIn(own, ctx.lang) || !orgShaped(own) ? all : own),
  );
  // "kommunerna Eskilstuna, Katrineholm och Flen": the municipalities as organisations.
  s = s.replace(
    /(?:(?:de\s+)?(?:deltagande\s+|medverkande\s+)?kommunerna)\s+((?:[\p{Lu}][\p{L}-]+,\s+)*[\p{Lu}][\p{L}-]+\s+(?:och|samt)\s+[\p{Lu}][\p{L}-]+)/gu,
    (all, list: string) => {
      const names = list.split(/\s*,\s*|\s+(?:och|samt)\s+/u);
      return names.every((n) => countyOfMunicipality(n)) ? names.map((n) => municipalityOrgName(n)).join(', ') : all;
    },
  );
  s = sharedHead(jointCountyBoards(s));
  // Parenthesised names are funders of their own: "Tillväxtverket (Europeiska regionala utvecklingsfonden)".
  const inner: string[] = [];
  // An Interreg programme in brackets after its fund names the programme the money comes through, not a payer:
  // "Europeiska regionala utvecklingsfonden (Interreg ÖKS)".
  s = s.replace(/\(([^()]*)\)/gu, (_, x: string) => {
    if (!/^\s*Interreg\s/u.test(x)) inner.push(x);
    return ' ';
  });
  const parts = splitNames(s)
    .map((p) => p.trim().replace(/\s+(?:och|samt|and|&)$/iu, ''))
    .filter(Boolean);
  for (const x of inner)
    parts.push(
      ...splitNames(x)
        .map((p) => p.trim())
        .filter(Boolean),
    );
  // "ISOF, Institutet för språk och folkminnen": a short form and the name it stands for, one funder, written out.
  for (let i = parts.length - 2; i >= 0; i--) if (shortFormOf(parts[i]!, parts[i + 1]!)) parts.splice(i, 1);
  // "Gislaveds, Gnosjö och Värnamo kommuner": the plural applies to the bare names before it.
  for (let i = 0; i < parts.length; i++) {
    const plural = /^(.+?)\s+kommuner$/u.exec(parts[i]!);
    if (!plural || !municipalityOfOrganisation(`${plural[1]} kommun`)) continue;
    parts[i] = `${plural[1]} kommun`;
    for (let j = i - 1; j >= 0 && municipalityOfOrganisation(`${parts[j]} kommun`) && !/\s/u.test(parts[j]!.replace(/-/g, '')); j--)
      parts[j] = `${parts[j]} kommun`;
  }
  for (const p of parts) {
    // "regionalfonden via Tillväxtverket", "Länsstyrelsen i Skåne län via Landsbygdsprogrammet"
    const pieces = p
      .split(
        /\s+(?:via|genom|through|med medel från|with funds from|med stöd från|with support from|med (?:\p{Ll}+\s+)?(?:medfinansiering|co-?financing|finansiering|bidrag) (?:från|av|from))\s+/iu,
      )
      .flatMap((q) => [q.replace(/\s+(?:inom|within|under|i form av|in the form of|together with|tillsammans med)\s.*$/iu, '')]);
    for (const [k, piece] of pieces.entries()) {
      // "financed by the ERDF through the Interreg Nord programme": the programme is the channel, not a funder.
      if (k > 0 && /^(?:the\s+)?Interreg\s/iu.test(piece)) continue;
      // "med egna medel från X", "in-kind contributions from X", "kommunal medfinansiering från X": the payer.
      // "ERUF 75 %": the payer's share after its name.
      const q = piece.replace(MONEY_FROM, '').replace(/\s+\d+(?:[.,]\d+)?\s*(?:%|procent)$/u, '');
      const anaphor = ownerByKind(q, ctx);
      if (anaphor !== undefined) {
        if (anaphor) out.push(anaphor);
        continue;
      }
      const munis = resolveMunicipalities(q, at, ctx);
      if (munis.length) {
        out.push(...munis);
        continue;
      }
      const own = ownerFromOwnFunds(q, ctx, false);
      if (own) {
        out.push(own);
        continue;
      }
      const acr = ctx.acronyms.get(q.trim());
      if (acr) {
        out.push(acr);
        continue;
      }
      // "EU:s socialfond", "the EU's social fund": a fund named by its owner's genitive.
      const fund = /^(?:the\s+)?[\p{L}:’'-]+\+?(?:\s+[\p{L}-]+\+?){0,5}$/u.test(q) ? fundIn(q, ctx.lang) : null;
      if (fund && (!looksLikeOrganisation(q) || /fond|fund/iu.test(q) || /^(?:the\s+)?\p{Lu}{3,5}\+?$/u.test(q))) {
        out.push(fund);
        continue;
      }
      const name = cleanName(q);
      if (!name) {
        if (CLAUSE.test(q) && /^[\p{Lu}]/u.test(q.trim())) return out; // the list ran into a clause
        continue;
      }
      if (strict && !orgShaped(name)) continue;
      out.push(name);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Sentences

const AUX =
  /^(?:har|hade|har också|har även|is|was|were|are|has been|have been|had been|will be|ska|skall|kommer att|blir|blev|också|även|delvis|huvudsakligen|gemensamt|partly|jointly|mainly|also)$/iu;

/** True when the subject before a "financed by" verb is this project (or its budget), not something else. */
function projectIsSubject(sentence: string, before: string): boolean {
  // "… in a national project financed by …", "another project financed by": some other project.
  if (
    /(?:^|\s)(?:a|an|ett|en|another|other|annat|andra|nytt|separat|separate)\s+(?:[\p{L}-]+\s+){0,2}(?:project|projekt|pilot|study|studie|förstudie)\s*$/iu.test(
      before,
    )
  )
    return false;
  // "… av det tidigare strategiska projektet finansierat av …", "the previous project funded by": an earlier one.
  if (
    /(?:^|\s)(?:tidigare|föregående|förra|previous|earlier|former)\s+(?:[\p{L}-]+\s+){0,2}(?:projekt(?:et)?|project|förstudie(?:n)?|study)\s*$/iu.test(
      before,
    )
  )
    return false;
  // "… half of the eligible costs on the Swedish side, which was co-financed by": the project's own costs.
  if (
    /(?:eligible|stödberättigande|project|projektets)\s+(?:costs?|kostnader(?:na)?)(?:\s+[\p{L}-]+){0,4},\s+(?:which|som)\s+(?:was|were|has been|have been|har|är|var|blev)?\s*$/iu.test(
      before,
    )
  )
    return true;
  // "The remaining costs are financed by …", "Resterande kostnader finansieras av …": the project's.
  if (
    /^(?:the\s+)?(?:remaining|resterande|övriga|återstående)\s+(?:costs?|kostnader(?:na)?)\s+(?:are|were|is|was|will be|har|är|blir|ska)?\s*$/iu.test(
      before.trim() + ' ',
    )
  )
    return true;
  // "Total eligible costs were EUR 1.9 million, financed by …": the project's own costs.
  if (
    /^(?:the\s+)?(?:total\s+)?(?:eligible\s+|stödberättigande\s+)?(?:costs?|kostnader(?:na)?|budget(?:en)?)\s+(?:were|was|are|is|var|är|uppgick till|amounted to)\s+[^,;]{1,40},\s*$/iu.test(
      before,
    )
  )
    return true;
  // "X har pågått från … och har finansierats av …": the project ran and was financed.
  if (
    /(?:har\s+)?(?:pågått|pågick|drivits|genomförts|ran|was run|was carried out|has run)\s[^;]*\s(?:och|and)\s+(?:har\s+|has been\s+|was\s+)?$/iu.test(
      before,
    ) &&
    !/(?:kostnader|costs?|investering|investments?)\b/iu.test(before)
  )
    return true;
  if (/(?:kostnader(?:na)?|costs?|investering(?:en|ar|arna)?|investments?|verksamheten i övrigt|ordinarie verksamhet)\b/iu.test(before))
    return false;
  const clause = before
    .split(/[;:]|,\s+(?:och|men|and|but|while|whereas|medan)\s+|\(|\)/u)
    .pop()!
    .trim();
  // "The project was owned by X and funded by …": the project is the subject of both predicates.
  if (/^(?:the project|this project|projektet)\s+(?:was|is|has been|har|är|var|ägdes|drevs|leddes)\s[^,;]*\s(?:and|och)$/iu.test(clause))
    return true;
  const words = clause.split(/\s+/).filter(Boolean);
  while (words.length && AUX.test(words[words.length - 1]!)) words.pop();
  const subject = words.join(' ');
  if (!subject || /,$/.test(before.trim())) {
    // A participle or an elliptic clause ("…, och har medfinansierats av"): the sentence is about the project or its money.
    return /projekt|project|budget|omslutning|stöd|support|grant|\d|insatsen|satsningen/iu.test(
      sentence.slice(0, sentence.length - before.length + before.length),
    );
  }
  // "This study was funded by …", "Utvärderingen finansierades av …": the report about the project, not the project.
  if (
    /(?:^|\s)(?:(?:this|the)\s+(?:study|report|evaluation|research|publication)|studien|rapporten|utvärderingen|följeforskningen|forskningen|skriften)$/iu.test(
      subject,
    )
  )
    return false;
  if (
    /(?:^|\s)(?:projektet|projektets|project|project's|det|it|this|insatsen|satsningen|arbetet|budget(?:en)?|budgeten|resterande|resten|remaining|remainder|rest|delen|part|share|medfinansieringen|finansieringen|omslutningen|stödet|support|grant|bidraget|activities|aktiviteterna)(?:\s|$)/iu.test(
      ` ${subject}`,
    ) ||
    /^(?:projekt|project|slutrapport för projekt|report for (?:the )?project)/iu.test(subject)
  ) {
    // "The Leader support was financed by …": the support the project got, whoever granted it.
    if (/(?:support|stödet|grant|bidraget)$/iu.test(subject)) return true;
    return !looksLikeOrganisation(subject.replace(/(?:projektet|project)|(?:M?SEK|EUR|NOK|DKK|EU)(?![\p{L}])|[\d\s.,]+(?=\s|$)/giu, ' '));
  }
  return false;
}

const FIN_VERB =
  /(?:(?:med|del|sam)?finansier(?:ats|as|ades|ad|at|ade)|bekostats|bekostas|(?:co-?|part-?)?(?:financed|funded)|financially supported|supported)\s+(?:(?:gemensamt|jointly|partly|delvis|huvudsakligen|mainly)\s+)?(?:(?:till|to|at)\s+\d+\s*(?:%|procent|per cent|percent)\s+)?(?:(?:inom|within|under)\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{L}\d–-]+){0,4}?\s+(?=genom|through|via))?(?:med\s+(?:kontanta\s+|egna\s+|offentliga\s+)?(?:medel|pengar)\s+(?=av\s))?(?:av|by|genom|med medel från|genom medel från|with funds from|through)\s+(.+)$/iu;
// "The remaining funds were contributed by A, B and C", "Resten har bidragits med av …".
const CONTRIBUTED_BY =
  /(?:funds?|funding|financing|co-?financing|rest|remainder|share|costs?)\s+(?:were|was|is|are|have been|has been|will be)\s+(?:contributed|provided|paid|covered|supplied|met)\s+(?:as\s+(?:co-?financing|co-?funding|match funding)\s+)?by\s+(.+)$|(?:finansiering(?:en)?|medfinansiering(?:en)?|resten)\s+(?:utgörs|utgjordes|består|bestod)\s+av\s+(?:[\p{Ll}]+\s+){0,2}?(?:medfinansiering|medel|bidrag|stöd)\s+(?:från|av)\s+(.+)$/iu;
const CAME_FROM =
  /(?:(?:med|co-?)?finansiering(?:en)?|(?:co-?)?financing|(?:co-?)?funding|medlen|resten|resterande\s+(?:del(?:en)?|medel)|the rest|the remainder)\s+(?:kom|kommer|har kommit|came|comes|has come|(?:was|were|is|are|will be|has been|have been) provided)\s+(?:från|from|by)\s+(.+)$/iu;
const FUNDERS_WERE =
  /(?:finansiärer|medfinansiärer|huvudfinansiär(?:en)?|funders|co-?financiers|financiers|(?:the\s+)?main funder|(?:the\s+)?lead funder)(?:\s+(?:i|för|of|in|for)\s+(?:projektet|the project))?\s+(?:är|var|har varit|were|are|have been|was|is)\s+(.+)$/iu;
// "The project received funding from X", "Projektet har beviljats 2 mkr ur Y", "Projektet har fått stöd från X och Y".
const RECEIVED =
  /(?:^|\s)(?:projektet|the project|insatsen|satsningen)\s+(?:har\s+|has\s+|hade\s+|had\s+)?(?:beviljats|beviljades|fått|fick|erhållit|erhöll|tilldelats|tilldelades|received|was granted|was awarded|has been granted|has been awarded|been granted|been awarded)\s+(?:[\p{L}\d\s,.-]{0,40}?\s)?(?:stöd|medel|finansiering|bidrag|funding|support|grant|funds|kr|kronor|mkr|tkr|MSEK|SEK|EUR|million|miljoner kronor)\s+(?:från|ur|av|by|from)\s+(.+)$/iu;
// "Projektet har beviljats av Svenska ESF-rådet": the project granted by an agency.
const GRANTED_BY =
  /(?:^|\s)(?:projektet|the project|insatsen)\s+(?:har|hade|has been|had been|was|is)\s+(?:beviljats|beviljades|granted|approved|beviljat)\s+(?:av|by)\s+(.+)$/iu;
// "varav 3,6 mkr i stöd från X", "an additional contribution of DKK 300,000 from X": a share of the money from a payer.
const AMOUNT =
  '(?:(?:SEK|EUR|DKK|NOK|kr)\\s*)?\\d[\\d\\s.,]*(?:\\s*(?:kr|kronor|tkr|mkr|miljoner kronor|miljoner|million|m|SEK|MSEK|EUR|€|DKK|NOK))?';
const SHARE_FROM = new RegExp(
  `(?:(?:varav|därav|of which)\\s+|(?:contribution|bidrag|stöd|support|grant|funding|medfinansiering|finansiering)\\s+(?:of|på|om|med)\\s+)${AMOUNT}\\s+(?:(?:i|in)\\s+)?(?:(?:EU-)?(?:stöd|bidrag|support|funding|grant|medel|regionalfondsmedel)\\s+)?(?:från|ur|from)\\s+(.+)$`,
  'iu',
);
// "i form av deltagarersättningar från Arbetsförmedlingen och Försäkringskassan": allowances paid to the participants.
const ALLOWANCES_FROM =
  /(?:deltagarersättning(?:ar|en|arna)?|aktivitetsstöd(?:et)?|ersättning(?:ar)? till deltagarna|(?:participant|participants')\s+allowances?|allowances? (?:to|for) (?:the\s+)?participants)\s+(?:från|ur|from|paid by|betalad(?:e|es)? av|via)\s+(.+)$/iu;
// "Sökt belopp hos Region X (regionala utvecklingsmedel): 900 000 kr": the funder an application asks.
const REQUESTED_FROM =
  /(?:^|\s)(?:sökt|sökta|begärt|requested)\s+(?:(?:EU-)?(?:belopp(?:et)?|stöd(?:et)?|medel|bidrag(?:et)?|amount|funding|support|grant))\s+(?:hos|från|ur|av|from)\s+(.+)$/iu;
// "Stöd har beviljats av X", "Funding was granted by X from the ERDF", "Medfinansiering har lämnats av X".
const MONEY_GIVEN =
  /^(?:(?:EU-)?stöd(?:et)?|medel|medlen|finansiering(?:en)?|medfinansiering(?:en)?|funding|support|co-?financing|(?:the\s+)?grant)\s+(?:har|hade|was|were|has been|have been|is|är)\s+(?:beviljats|beviljades|lämnats|lämnades|granted|awarded|provided|given)\s+(?:av|från|by|from)\s+(.+)$/iu;
const CONTRIBUTED =
  /^(.+?)\s+(?:provided|contributed|contributes|provides|supplied|(?:har\s+)?(?:med|sam)finansierat med|stod för|står för|stått för|(?:bidrog|bidrar|bidragit)\s+(?:(?:dessutom|också|även|därtill|själv)\s+)?med|svarade för|svarar för|gått in med|går in med|gick in med)\s+(?:the\s+|den\s+|its\s+|their\s+|sin\s+|sitt\s+|sina\s+)?(?:(?:remaining|national|public|swedish|norwegian|finnish|danish|private|regional|resterande|offentliga?|privata?|kommunala?|regionala?|övriga|own|egen|egna|in-kind)\s+)*(?:co-?financing|co-?funding|funding|financing|medfinansiering(?:en)?|finansiering(?:en)?|(?:participant\s+)?allowances|deltagarersättning(?:ar)?|aktivitetsstöd|staff time|lika mycket|samma belopp|the same amount|(?:halva|hela|hälften av|resten av)\s+(?:kostnaden|kostnaderna|budgeten|projektkostnaden)|half (?:of )?the costs?|SEK|EUR|NOK|DKK|MSEK|\d)/iu;
// "… bidrog med 880 000 kr och Olofströms kommun med lika mycket": a second payer with its share elided.
const ELLIPTIC_SHARE =
  /(?:och|and|samt)\s+((?:the\s+)?[\p{Lu}\p{Ll}][\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:(?:med|with)\s+(?:lika mycket|samma belopp|the same(?:\s+amount)?|(?:SEK|EUR|MSEK)?\s*\d)|(?:SEK|EUR|MSEK|NOK)\s*\d|(?:the rest|the remainder|resten|resterande del(?:en)?)(?![\p{L}]))/gu;
const COFINANCED_PROJECT =
  /^(.+?)\s+(?:har\s+)?(?:(?:med|del)?finansier(?:at|ar|ade)|bekosta(?:t|r|de)|(?:has\s+)?(?:co-?financ(?:ed|es)|co-?fund(?:ed|s)|financ(?:ed|es)|fund(?:ed|s)))\s+(?:projektet|insatsen|the project|(?:half|hälften|\d+\s*(?:%|per cent|percent|procent))\s+(?:of|av)\s+(?:the\s+|de\s+)?(?:(?:eligible|stödberättigande|total|totala)\s+)?(?:costs|budget|kostnaderna|budgeten)|(?:den\s+)?resterande\s+del(?:en)?|resten|återstoden|the rest|the remainder|the remaining (?:costs|part|share)|(?:the remaining|resterande|återstående)\s+(?:(?:SEK|EUR|kr)\s*)?\d[\d\s.,]*)(?![\p{L}])(?!\s+(?:av|of)\s+(?!projekt|the project))/iu;
// "Region Värmlands beviljade del" is a participle before a noun, not "Region Värmland beviljade"; so is a headline's
// "Sjösäkerhetsprojekt i södra Östersjön beviljat EU-stöd" (the project was granted, it grants nothing).
const GRANTED =
  /^(.+?)\s+(?:(?:har|has|hade|had)\s+(?:beviljat|granted|awarded)\s+(?!att\s|that\s)|(?:beviljade|beviljat|beviljar|granted|grants|awarded|awards)\s+(?!att\s|that\s|(?:[\p{L}]+-)?(?:del|delen|andel|andelen|stöd|stödet|medel|medlen|belopp|beloppet|summa|summan|bidrag|bidraget|part|share|amount)(?![\p{L}])))(.*)$/iu;
// A clause that opens with a time ("I slutet av september 2023", "Under 2021", "Nu", "Därefter") before its verb.
const INVERTED_TIME =
  /(?:^|\s)(?:(?:i|under|efter|in|during)\s+(?:[\p{Ll}]+\s+){0,3}(?:(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+)?(?:19|20)\d\d|(?:i|under|efter)\s+(?:[\p{Ll}]+\s+){0,2}(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|våren|hösten|sommaren|vintern)|nu|därefter|sedan dess|nyligen|i år|i fjol|i höstas|i våras)$/iu;
// The subject right after the verb of such a clause: one name, then whom or what it granted.
const INVERTED_SUBJECT =
  /^((?:regeringen|länsstyrelsen(?:\s+i\s+\p{Lu}[\p{L}-]+(?:\s+län)?)?|(?:Region|Landstinget)\s+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+))\s+(?=\p{Lu}|\d|(?:[\p{Ll}]+\s+){0,2}(?:\p{L}*medel|\p{L}*stöd|bidrag|pengar)(?![\p{L}]))/u;
const SUPPORT_FROM =
  /(?:beviljat|beviljade|sökt|sökta|erhållet|erhållit|utbetalt|granted|requested)\s+(?:EU-)?(?:stöd|bidrag|belopp|medel|support|funding|funds|grant)\s+(?:från|ur|av|from)\s+(.+)$|(?:stöd(?:et)?|support|funding)\s+(?:ur|från|from)\s+(?:the\s+)?(.+?)\s+(?:via|through|genom)\s+(.+)$|(?:granted|awarded)\s+from\s+(?:the\s+)?(.+)$/iu;
// The payer named with the project the money is for: "… stöd från Allmänna arvsfonden för projektet Livsstilskoordinator",
// "… beviljades drygt 16 miljoner kronor av Arvsfonden för ett fyraårigt projekt".
const FOR_THE_PROJECT = String.raw`\s+(?:för|till)\s+(?:projektet|förstudien|ett\s+(?:[\p{Ll}-]+\s+)?projekt)(?![\p{L}])`;
const PROJECT_SUPPORT_FROM = new RegExp(
  String.raw`(?:(?:stöd|bidrag|medel|finansiering)\s+(?:ur|från)|(?:beviljades|beviljats|har beviljats)\s+[^.]{0,60}?\s+av)\s+(?:the\s+)?(\p{Lu}[^.,;:()]{1,60}?)${FOR_THE_PROJECT}`,
  'u',
);
const DECISION_FROM = /(?:beslut(?:et)?|decision)\s+(?:om stöd\s+)?(?:från|from|by)\s+(.+)$/iu;
const WITH_SUPPORT =
  /(?:med|with)\s+(?:(?:ekonomiskt|finansiellt|financial|regionala|kommunala?|offentlig|egna|own|national|public)\s+)?(?:stöd|support|funding|bidrag|medfinansiering|co-?financing|utvecklingsmedel|medel|funds)\s+(?:från|av|by|from)\s+(.+)$/iu;
// Where a list captured from a sentence stops: amounts, purposes, programmes, relative clauses.
const LIST_END =
  /\s+(?:löper|löpte|pågår|pågick|sträcker sig|runs|ran|med (?:totalt|sammanlagt|\d)|with (?:a total|\d|(?:SEK|EUR|NOK|DKK|MSEK|KSEK)\s?\d)|uppgick|amounted|enligt|för att|för fortsatt|för (?:projektet|förstudien|satsningen|the project)|in order|to the amount|som\s|which\s|who\s|där\s|where\s|vilket\s|med lika|med \d|i form av|in the form of|together with|tillsammans med|from \d|från \d|per år|per year|itself|själv|with another|with a further|med ytterligare)(?![\p{L}]).*$/iu;

/**
 * Who granted, in "<subject> beviljade <rest>": the subject's names; none where the money is the subject ("Support
 * granted by Leader Gotland", the payer after "by"); the name right after the verb where a time opens the clause ("I
 * slutet av september 2023 beviljade regeringen X nya medel": a heading run on before the time is no payer).
 */
function granter(subject: string, rest: string, ctx: Ctx, idx: number): string[] {
  if (INVERTED_TIME.test(subject)) {
    const after = INVERTED_SUBJECT.exec(rest);
    return after ? namesIn(after[1]!, ctx, idx) : [];
  }
  if (/^(?:the\s+)?(?:support|stöd(?:et)?|funding|grant|bidrag(?:et)?|medel|medlen|finansiering(?:en)?)$/iu.test(subject.trim())) return [];
  return namesIn(subject, ctx, idx);
}

/** Cuts a captured list tail at its end. */
function listTail(s: string): string {
  return s
    .replace(/\s*\((?:www\.|https?:).*$/iu, '')
    .replace(/\.\s+(?=[–—-]\s|\p{Lu}).*$/u, '')
    .replace(/\.\s*$/, '')
    .replace(LIST_END, '')
    .replace(/\s+(?:amounted|uppgick|var|was)\s.*$/iu, '');
}

/** The subject at the end of a text that ran on from a table cell: "… NOK 2,100,000 The European Regional Development Fund (ERDF)". */
function lastPhrase(s: string): string {
  // "… beviljat 1 740 000 kr och Region Uppsala har medfinansierat …": a new clause after an amount.
  const parts = s.split(
    /(?<=\d)\s+(?=\p{Lu})|(?<=\d|kr|kronor|SEK|EUR|mkr|tkr)\s+(?:och|and|samt)\s+(?=\p{Lu})|,\s+(?:while|whereas|medan|men|but|där|where)\s+|;\s+|\.\s+/u,
  );
  return parts[parts.length - 1]!;
}

/** Name lists after the first clause boundary ("; Region X and Y contributed …"). */
function clauses(text: string): string[] {
  return text
    .split(/;\s+|,\s+(?:and|och|men|but)\s+|,\s+(?:of which|varav)\s+|\.\s+/u)
    .map((c) => c.replace(/^(?:of which|varav)\s+/iu, '').trim())
    .filter(Boolean);
}

function fromSentence(s: Sentence, idx: number, ctx: Ctx): string[] {
  const text = s.text;
  const out: string[] = [];
  if (/(?:per år|per year|annually|årligen)\b/iu.test(text) && !/projekt|project/iu.test(text)) return out;
  if (/(?:utanför|outside)\s+(?:projektet|this project|the project)/iu.test(text) && !/projektet (?:har|was|has)/iu.test(text)) return out;
  const fin = FIN_VERB.exec(text);
  // "finansieras av Europeiska socialfonden tillsammans med Kommunalförbundet X": both pay.
  // "… by the ERDF and co-financed by Region X, Y and Z": one list of payers.
  if (fin && projectIsSubject(text, text.slice(0, fin.index)))
    out.push(
      ...namesIn(
        listTail(
          fin[1]!
            .replace(/\s+(?:tillsammans med|together with)\s+(?=\p{Lu})/u, ' och ')
            .replace(/,?\s+(?:and|och)\s+(?:(?:co|med|sam)-?)?(?:financed|funded|finansierat?s?|finansierades)\s+(?:by|av)\s+/iu, ', '),
        ),
        ctx,
        idx,
      ),
    );
  const cby = CONTRIBUTED_BY.exec(text);
  if (cby && projectOrNoSubject(text.slice(0, cby.index))) out.push(...namesIn(listTail((cby[1] ?? cby[2])!), ctx, idx));
  const came = CAME_FROM.exec(text);
  if (came) out.push(...namesIn(listTail(came[1]!), ctx, idx));
  const were = FUNDERS_WERE.exec(text);
  if (were) out.push(...namesIn(listTail(were[1]!), ctx, idx));
  // "Av projektets budget har Tillväxtverket via Europeiska regionala utvecklingsfonden beviljat 1,7 mkr": verb first.
  const inv =
    /(?:^|\s)(?:har|hade|has)\s+(\p{Lu}[\p{L}-]+(?:\s+(?:i\s+)?[\p{Lu}][\p{L}-]+){0,3})\s+(?:(?:via|genom|through|from|ur|från)\s+(.+?)\s+)?(?:beviljat|granted|awarded)\s+(?:[\d,.\s]+|SEK|EUR|kr|stöd|medel|bidrag)/u.exec(
      text,
    );
  if (inv && projectOrNoSubject(text.slice(0, inv.index))) {
    out.push(...namesIn(inv[1]!, ctx, idx, true));
    const fund = inv[2] ? fundIn(inv[2], ctx.lang) : null;
    if (fund) out.push(fund);
  }
  // "Tillväxtverket beslutar att bevilja stöd med högst 1 890 000:-", "…, beviljade av Tillväxtverket", "ERDF grant: SEK 8.56 million, decided by Tillväxtverket".
  const decides =
    /^(.+?)\s+(?:beslutar|har beslutat|beslutade|decides|has decided|decided)\s+(?:att|to)\s+(?:bevilja|grant|award)\s/iu.exec(text);
  if (decides) out.push(...namesIn(lastPhrase(decides[1]!), ctx, idx, true));
  const grantedBy = /(?:,|\s)\s*(?:beviljade|beviljad|beviljat|granted|awarded|decided)\s+(?:av|by)\s+(\p{Lu}.+)$/u.exec(text);
  if (grantedBy && /\d/.test(text.slice(0, grantedBy.index)) && projectOrNoSubject(text.slice(0, grantedBy.index)))
    out.push(...namesIn(firstName(grantedBy[1]!), ctx, idx, true));
  const gby = GRANTED_BY.exec(text);
  if (gby)
    out.push(
      ...namesIn(
        firstName(gby[1]!.replace(/\s+(?:och|and)\s+(?:har\s+|has\s+|is\s+|was\s+)?(?:finansier|financ|fund|är|is|was).*$/iu, '')),
        ctx,
        idx,
        true,
      ),
    );
  const share = SHARE_FROM.exec(text);
  if (share && projectOrNoSubject(text.slice(0, share.index))) out.push(...namesIn(firstName(share[1]!), ctx, idx, true));
  const allow = ALLOWANCES_FROM.exec(text);
  if (allow) out.push(...namesIn(listTail(allow[1]!), ctx, idx));
  const req = REQUESTED_FROM.exec(text);
  if (req && projectOrNoSubject(text.slice(0, req.index))) out.push(...namesIn(firstName(req[1]!), ctx, idx, true));
  const rec = RECEIVED.exec(text);
  if (rec) out.push(...namesIn(listTail(rec[1]!), ctx, idx));
  const given = MONEY_GIVEN.exec(text);
  if (given) {
    // "… by Tillväxtverket from the European Regional Development Fund": the agency, then the fund.
    // "Stöd har beviljats av Leader X med medel från Y och Z": the agency, then the sources of its money.
    const [who, from] = listTail(given[1]!).split(/\s+(?:(?:med|with)\s+(?:medel|funds|money)\s+)?(?:from|ur|från)\s+(?:the\s+)?/iu);
    out.push(...namesIn(who!, ctx, idx));
    const fund = from ? fundIn(from, ctx.lang) : null;
    if (from && /^(?:med|with)\s/iu.test(given[1]!.slice(who!.length).trim())) out.push(...namesIn(from, ctx, idx));
    else if (fund) out.push(fund);
  }
  for (const c of clauses(text)) {
    const con = CONTRIBUTED.exec(c);
    if (con) {
      // The payer is the subject of the last clause before the verb: "…, while Region X provided …".
      const subject = lastPhrase(con[1]!.split(/,\s+(?:och|and)\s+/u).pop()!).replace(
        /\s+(?:har|hade|has|have|had|is|was|are|were|also|också|även)$/iu,
        '',
      );
      // A pronoun ("Vi står för halva kostnaden") names no payer.
      if (!/^(?:vi|we|de|they|man|ni|jag|I|alla|all)$/iu.test(subject)) out.push(...namesIn(subject, ctx, idx));
      for (const e of c.slice(con[0].length).matchAll(ELLIPTIC_SHARE)) out.push(...namesIn(e[1]!, ctx, idx, true));
    }
    const cof = COFINANCED_PROJECT.exec(c);
    if (cof) out.push(...namesIn(lastPhrase(cof[1]!), ctx, idx));
    const gr = GRANTED.exec(c);
    // "Finansiär  Beviljat  Utfall …": a table's column heads, not a verb.
    if (
      gr &&
      /^\s*\p{Ll}/u.test(c.slice(gr[1]!.length)) &&
      /\d|stöd|medel|bidrag|finansiering|support|funding|grant/iu.test(gr[2]!) &&
      !/förlängning|extension|ändring/iu.test(gr[2]!)
    ) {
      const who = granter(gr[1]!, gr[2]!, ctx, idx);
      if (who.length) {
        out.push(...who);
        const fund = fundIn(gr[2]!, ctx.lang);
        if (fund) out.push(fund);
        // "The European Social Fund granted SEK 4 million through the Swedish ESF Council."
        const via = /(?:^|\s)(?:through|via|genom)\s+(?:the\s+)?(.+)$/iu.exec(gr[2]!);
        if (via) out.push(...namesIn(firstName(via[1]!), ctx, idx, true));
      }
    }
  }
  const sup = SUPPORT_FROM.exec(text);
  if (sup && projectOrNoSubject(text.slice(0, sup.index))) {
    for (const g of [sup[1], sup[2], sup[3], sup[4]]) if (g) out.push(...namesIn(firstName(g), ctx, idx));
  }
  const psf = !sup && PROJECT_SUPPORT_FROM.exec(text);
  if (psf) out.push(...namesIn(firstName(psf[1]!), ctx, idx));
  const dec = DECISION_FROM.exec(text);
  if (dec && /budget|stöd|support|grant|belopp/iu.test(text)) out.push(...namesIn(firstName(dec[1]!), ctx, idx, true));
  const ws = WITH_SUPPORT.exec(text);
  // "X har drivits av Y mellan … med bidrag från Z": the support the project was run with.
  if (
    ws &&
    (/^(?:projektet|the project|insatsen|satsningen|det|it)\s/iu.test(text) ||
      /(?:^|[\s.)])(?:projektet|the project|insatsen|satsningen)\s+(?:[\p{Ll}-]+\s+){0,3}$/iu.test(text.slice(0, ws.index)) ||
      /(?:^|\s)(?:har|hade|has been|had been|was|were)\s+(?:drivits|genomförts|bedrivits|run|carried out|implemented|conducted)\s+(?:av|by)\s/iu.test(
        text.slice(0, ws.index),
      ))
  )
    out.push(...namesIn(listTail(ws[1]!), ctx, idx));
  return out;
}

/** "Fyra företag har sökt och beviljats medel från Vinnova": support to someone else is no funding of the project. */
function projectOrNoSubject(before: string): boolean {
  return !/(?:företag(?:en)?|companies|deltagare(?:na)?|participants)\b/iu.test(before);
}

/** The name at the start of a tail: "Europeiska socialfonden uppgick till …" → "Europeiska socialfonden". */
function firstName(tail: string): string {
  // A cell gap or an amount ends the name: "Europeiska socialfonden  14,6 Mkr".
  return (
    listTail(tail)
      .replace(/\s*[,:(].*$/u, '')
      .replace(
        /\s+(?:uppgick|var|är|was|is|amounted|utgjorde|utgör|motsvarar|motsvarade|består|bestod|utgörs|utgjordes|för att|till|to|inom|within|under)\s.*$/iu,
        '',
      )
      .replace(/\s{2,}.*$|\s+(?:(?:SEK|EUR|MSEK|kr)\s*)?\d.*$/u, '')
      // "Europeiska jordbruksfonden för landsbygdsutveckling" keeps its "för"; "stöd från X för Y" does not.
      .replace(/(?<!fonden|Fund)\s+(?:for|för)\s.*$/iu, '')
      .trim()
  );
}

// ---------------------------------------------------------------------------------------------------
// Labels and tables

const CONTINUES = /(?:,|;|\s(?:och|samt|and|&)|(?:^|\s)(?:Region|Länsstyrelsen(?:\s+i)?|Europeiska|European|Regional Council of))$/u;

/** A label's value, continued on the next line when it breaks mid-list ("Region" / "Kalmar län, …"). */
function labelValue(h: LabelHit, view: DocView, labelLines: Set<number>): string {
  let v = h.value;
  let i = h.lineIndex + 1;
  while (CONTINUES.test(v.trim()) && i < view.lines.length && !labelLines.has(i) && !view.headingAt.has(i))
    v = `${v.trim()} ${view.lines[i++]!.text}`;
  // A key alone on its line over one name a line ("Finansiärer" / "Länsstyrelsen Uppsala län" / "Region Uppsala" / …):
  // the names go on while each line is one.
  const keyAlone =
    view.lines[h.lineIndex]?.text.trim().replace(/:$/u, '') === h.label && view.lines[h.lineIndex + 1]?.text.trim() === h.value.trim();
  if (keyAlone) {
    const page = view.lines[h.lineIndex]!.page;
    for (let k = Math.max(i, h.lineIndex + 2), n = 0; k < view.lines.length && n < NAME_LINES_MAX; k++, n++) {
      const t = view.lines[k]!.text.trim();
      // "Region Uppsala" reads as the key "Region" with a value; in such a list it is a name.
      const key = labelLines.has(k) ? view.labels.find((x) => x.lineIndex === k) : undefined;
      if (key && (key.colon || key.field !== 'county')) break;
      if (view.lines[k]!.page !== page || view.headingAt.has(k) || !ONE_NAME_LINE.test(t)) break;
      const name = cleanName(t);
      if (!name || !(orgShaped(name) || fundIn(t, 'sv') || fundIn(t, 'en'))) break;
      v = `${v.trim()}, ${t}`;
    }
  }
  return v;
}
// A line that holds one name and nothing else, in a list of them under a key; at most this many.
const ONE_NAME_LINE = /^[\p{Lu}\p{N}][^.:;!?_]{1,70}$/u;
const NAME_LINES_MAX = 15;

// Headings that open a financing table, and headings of money sections where rows still need a funding word.
const CAPTION = "(?:(?:tabell|table|tab\\.)\\s*\\d+[.:]?\\s+)?(?:[\\dIVX]+(?:\\.\\d+)*\\.?\\s+)?(?:projektets\\s+|the project's\\s+)?";
const FIN_HEAD = new RegExp(
  `^${CAPTION}(?:finansiering(?:splan)?|medfinansiering|finansiärer?|budget och finansiering|finansiering och budget|ekonomi och finansiering|financing|funding|co-financing|budget and financing|financing plan|sources of funding)(?![\\p{L}])`,
  'iu',
);
const MONEY_HEAD = new RegExp(
  `^${CAPTION}(?:ekonomi|ekonomisk redovisning|ekonomisk rapport|budget|finances|finance|economy|kostnader|costs|budget och utfall)(?![\\p{L}])`,
  'iu',
);
const FUNDING_WORD =
  /stöd|bidrag|finansiering|medfinansi|egen insats|egen tid|eget arbete|contribution|funding|grant|co-?financ|own funds|own time|(?<![\p{L}])(?:ERDF|ERUF|ESF)(?![\p{L}])/iu;
const TOTAL_ROW = /^(?:summa|totalt?|sum|subtotal|delsumma|varav totalt|total\s)/iu;
const AMOUNT_CELL = /^(?:(?:SEK|EUR|NOK|DKK|kr|MSEK|tkr)\s*)?-?\d[\d\s.,]*(?:\s*(?:kr|kronor|tkr|SEK|EUR|€|%|NOK|DKK))?$/iu;

// Column headers that open a table by themselves: "Finansiär  Budget (kr)  Utfall (kr)" (funders), "KSEK  Budget  Upparbetat" (money).
const FUNDER_COLUMN =
  /^(?:finansiär(?:er)?|medfinansiär(?:er)?|finansieringskälla|finansieringskällor|financiers?|funders?|co-?financiers?|sources? of funding|funding sources?)$/iu;
const PARTY_COLUMN = /^(?:parter|part|parties|party|partners?|projektparter|organisation(?:er)?|organi[sz]ations?|aktör(?:er)?)$/iu;
const UNIT_COLUMN = /^(?:\(?(?:KSEK|MSEK|SEK|EUR|tkr|Tkr|kr|kronor|belopp|amount)\)?)$/iu;
// "Enligt beslut (kr)", "Utfall (tkr)": a column of amounts, by its name or by a unit in brackets.
const AMOUNT_COLUMN =
  /budget|utfall|belopp|beviljat|utbetalt|upparbetat|enligt beslut|beslutat|prognos|andel|amount|planned|actual|reported|spent|decided|outcome|share|\((?:kr|sek|tkr|ksek|msek|mkr|eur|%)\)/iu;

interface TableFunders {
  names: string[];
  /** Per money table without a funding heading, the organisations of its rows that no funding word marks. */
  unmarked: string[][];
}

/** Organisation rows of financing tables: "Region Gävleborg  1 102 500  1 059 270". */
function fromTables(view: DocView, ctx: Ctx): TableFunders {
  const out: string[] = [];
  const unmarked: string[][] = [];
  const lines = view.lines;
  for (let i = 0; i < lines.length; i++) {
    const headCells = lines[i]!.text.split(CELL_GAP)
      .map((c) => c.trim())
      .filter(Boolean);
    const head = headCells[0] ?? '';
    const columns = headCells.length >= 2 && headCells.slice(1).every((c) => AMOUNT_COLUMN.test(c));
    // "Party  Role  Financing (SEK)": the parties of a table with a financing column.
    const partyTable =
      headCells.length >= 2 &&
      PARTY_COLUMN.test(head) &&
      headCells.slice(1).some((c) => FIN_HEAD.test(c) || /^(?:contribution|insats|bidrag)/iu.test(c));
    const strongHead = FIN_HEAD.test(head) || ((columns || partyTable) && (FUNDER_COLUMN.test(head) || PARTY_COLUMN.test(head)));
    if (!strongHead && !MONEY_HEAD.test(head) && !(columns && UNIT_COLUMN.test(head))) continue;
    if (!view.headingAt.has(i) && !strongHead && !columns && wordCount(lines[i]!.text) > 6) continue;
    // A sentence that begins with the word ("Finansiering av projektet sker genom länsgemensamma statsmedel …") is prose, not a table's head.
    if (!view.headingAt.has(i) && headCells.length === 1 && wordCount(head) > 6) continue;
    let strong = strongHead;
    let rows = 0;
    const loose: string[] = [];
    unmarked.push(loose);
    for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
      const text = lines[j]!.text;
      const cells = text
        .split(CELL_GAP)
        .map((c) => c.trim())
        .filter(Boolean);
      const first = cells[0] ?? '';
      // Another section begins.
      if (
        view.headingAt.has(j) &&
        !FIN_HEAD.test(first) &&
        !cells.slice(1).some((c) => /budget|utfall|belopp|beviljat|utbetalt|amount|planned|actual/iu.test(c))
      )
        break;
      if (FIN_HEAD.test(first) || /^finansiär/iu.test(first)) {
        strong = true;
        continue;
      }
      // Prose ends the table (prose between a heading and its table does not).
      if (cells.length === 1 && wordCount(text) > 9 && /[.]$/.test(text)) {
        if (rows) break;
        continue;
      }
      let name = first;
      let amounts = cells.slice(1).filter((c) => AMOUNT_CELL.test(c));
      if (!amounts.length) {
        // "SEK 3 929 285" run into the name, or a name broken over two lines ("Europeiska regionala" / "utvecklingsfonden  2 205 000").
        const m = /^(.*?\D)\s+((?:SEK|EUR|kr)?\s*\d[\d\s.,]*(?:\s*(?:kr|kronor|tkr|SEK|EUR|€))?)$/u.exec(first);
        // A year that ends a sentence is no amount ("Kommunförbundet Västernorrland sedan 2022.").
        if (m && /\d{3}/.test(m[2]!) && !/^(?:19|20)\d\d\.?$/u.test(m[2]!.trim())) {
          name = m[1]!;
          amounts = [m[2]!];
        } else {
          const next = lines[j + 1]?.text.split(CELL_GAP).map((c) => c.trim()) ?? [];
          if (next.length > 1 && /^\p{Ll}/u.test(next[0]!) && next.slice(1).some((c) => AMOUNT_CELL.test(c))) {
            name = `${first} ${next[0]}`;
            amounts = next.slice(1);
            j++;
          } else continue;
        }
      }
      name = name.trim();
      rows++;
      if (!name || TOTAL_ROW.test(name)) continue;
      if (!strong && !FUNDING_WORD.test(name)) {
        if (!ownerFromOwnFunds(name, ctx, true)) loose.push(...namesIn(name, ctx, sentenceIndexOfPage(ctx, lines[j]!.page)));
        continue;
      }
      const cleaned = name
        .replace(
          /^(?:varav\s+)?(?:beviljat|beviljade|sökt|sökta|planerat|erhållet|requested|granted|planned|offentligt|offentlig|privat|national|public)?\s*(?:EU-)?(?:stöd|bidrag|support|funding|medfinansiering|co-?financing|finansiering)?\s*(?:,|från|ur|av|from)?\s+/iu,
          '',
        )
        .replace(/\s+(?:funding|contribution|grant|stöd|medel)(?:\s*\([^)]*\))?$/iu, '')
        .replace(/\s*\((?:EUR|SEK|kr|tkr|kontant|cash|in kind|[\d\s,.%]+)\)$/iu, '');
      const own = ownerFromOwnFunds(name, ctx, true);
      if (own) {
        out.push(own);
        continue;
      }
      const fund = fundIn(cleaned, ctx.lang);
      if (fund) {
        out.push(fund);
        continue;
      }
      out.push(...namesIn(cleaned, ctx, sentenceIndexOfPage(ctx, lines[j]!.page), true));
    }
  }
  return { names: out, unmarked: unmarked.filter((u) => u.length) };
}

function sentenceIndexOfPage(ctx: Ctx, page: number): number {
  let idx = 0;
  ctx.sentences.forEach((s, i) => {
    if (s.page <= page) idx = i;
  });
  return idx;
}

// "Finansiering: Länsstyrelsen i Skåne län via Landsbygdsprogrammet (…)", a funding key no label list holds.
const FUNDING_KEY =
  /^(?:(?:övrig|annan|offentlig|privat|kommunal|regional|other|public|private)\s+)?(?:finansiering|medfinansiering|financing|co-financing|funding|finansierat av|finansieras av|finansierades av|financed by|funded by)(?:\s+(?:enligt (?:beslut|budget|plan)|according to the (?:decision|budget)|as decided))?(\s*:\s*|\s{2,})(\D.+)$/iu;

/** A list of payers with their shares, the shares removed and the separators kept: "X SEK 3 592 000, Y SEK 1 000 000" → "X, Y". */
function withoutAmounts(s: string): string {
  return s
    .replace(/(?:(?:SEK|EUR|NOK|DKK|kr)\s*)?\d(?:\d|[.,\s](?=\d))*(?:\s*(?:kr|kronor|tkr|mkr|SEK|EUR|€|NOK|DKK|%))?/gu, ' ')
    .replace(/\s+([,.])/gu, '$1');
}

function fromLabels(view: DocView, ctx: Ctx): string[] {
  const out: string[] = [];
  const labelLines = new Set(view.labels.map((l) => l.lineIndex));
  const at = (h: LabelHit) => sentenceIndexOfPage(ctx, h.page);
  for (const h of view.labels) {
    // "Finansiär  Beviljat  Utfall" is a table's head, not a funder label with a value.
    // "Financier  Type  SEK" too: a column head of a unit or a kind.
    if (
      h.field === 'funders' &&
      (h.value.split(CELL_GAP).every((c) => !c.trim() || AMOUNT_COLUMN.test(c)) ||
        h.value
          .split(CELL_GAP)
          .some((c) => UNIT_COLUMN.test(c.trim()) || /^(?:type|typ|role|roll|kind|slag|andel|share)$/iu.test(c.trim())))
    )
      continue;
    // "Åtgärd och fond: Ansökan är ett projektstöd inom lokalt ledd utveckling, landsbygdsfonden.": a sentence
    // under a fund's key names the fund, and no other payer.
    if (h.field === 'funders' && CLAUSE.test(h.value) && fundIn(h.value, ctx.lang)) out.push(fundIn(h.value, ctx.lang)!);
    // "Projekttyp, fond och åtgärd: Projektstöd inom Landsbygdsfonden …": the kind of support before the fund.
    else if (h.field === 'funders')
      out.push(
        ...namesIn(
          labelValue(h, view, labelLines)
            .replace(/^(?:projektstöd|stöd|bidrag|support|funding)\s+(?:inom|från|ur|via|genom|from)\s+(?=\p{Lu})/iu, '')
            // "… Landsbygdsfonden för landsbygdsutveckling. Genomförandeprojekt.": the project's kind after the fund.
            .replace(/(?<=fonden(?:\s+för\s+\p{L}+)?)\.(?:\s+\p{Lu}.*)?$/u, '')
            // "Projektstöd inom Landsbygdsfonden – genomförande:": the measure's kind after a dash.
            .replace(/\s+[–—]\s+\p{Ll}[\p{L}\s]*:?$/u, ''),
          ctx,
          at(h),
        ),
      );
    else if (h.field === 'granted' || h.field === 'cofinancing') {
      const v = h.value;
      // The payer in the key: "Bidrag från Vinnova  3 425 tkr", "Stöd beviljat genom: Leader X", "EU contribution (ERDF): …".
      const line = view.lines[h.lineIndex]?.text ?? '';
      const key = line.includes(h.label)
        ? line.slice(0, line.indexOf(h.label) + h.label.length) +
          (line.slice(line.indexOf(h.label) + h.label.length).match(/^\s*\([^()]*\)/u)?.[0] ?? '')
        : h.label;
      const keyPayer = /(?:^|\s)(?:från|ur|hos|from|by|av)\s+([\p{Lu}].*)$/u.exec(key.replace(/\s*\([^()]*\)\s*$/u, ''));
      if (keyPayer) out.push(...namesIn(keyPayer[1]!, ctx, at(h)));
      // "Vinnova funding  4 000 000 SEK", "Vinnova grant": the payer names the key.
      const keyLead = /^([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2})\s+(?:funding|grant|support|contribution|stöd|bidrag)$/u.exec(
        key.replace(/\s*\([^()]*\)\s*$/u, ''),
      );
      if (keyLead && h.field === 'granted' && orgShaped(keyLead[1]!)) out.push(...namesIn(keyLead[1]!, ctx, at(h), true));
      const keyFund = /\(([^()]*)\)\s*$/u.exec(key);
      if (keyFund && !/\d/.test(keyFund[1]!) && fundIn(keyFund[1]!, ctx.lang)) out.push(fundIn(keyFund[1]!, ctx.lang)!);
      if (/(?:^|\s)(?:genom|via|through|av|by)$/iu.test(h.label) && !/\d{3}/.test(v)) out.push(...namesIn(v, ctx, at(h)));
      // "Co-financing: Region X 2 100 000 SEK; Högskolan Y 1 600 000 SEK;": the payers of a list of shares.
      if (h.field === 'cofinancing' && /^[\p{Lu}]/u.test(v.trim()) && !/^(?:SEK|EUR|NOK|DKK|MSEK|KSEK)\b/u.test(v.trim())) {
        const listed = withoutAmounts(labelValue(h, view, labelLines))
          .split(CELL_GAP)
          .join(' ');
        out.push(...namesIn(listed, ctx, at(h), true));
      }
      // "Beviljat stöd  2 618 200 kr (Tillväxtverket, Europeiska regionala utvecklingsfonden)", or the
      // payer in the key: "Beviljade regionala utvecklingsmedel (Region Skåne)  1,2 miljoner kronor".
      const inKey = /\(([^()]*[\p{L}]{3}[^()]*)\)/u.exec(h.label);
      const paren = /\(([^()]*[\p{L}]{3}[^()]*)\)/u.exec(v) ?? (inKey && orgShaped(inKey[1]!) ? inKey : null);
      if (paren && !/\d/.test(paren[1]!)) out.push(...namesIn(paren[1]!, ctx, at(h), true));
      // "Beviljat stöd från Tillväxtverket: 780 011 kr", "Offentlig medfinansiering, Bergs kommun  61 250"
      const from = /^(?:från|ur|from)\s+(.+)$|^,\s*(.+)$/iu.exec(v) ?? (/(?:från|ur|from)$/iu.test(h.label) ? [v, v] : null);
      if (from) {
        const name = (from[1] ?? from[2]!)
          .split(CELL_GAP)[0]!
          .replace(
            /[:\s]*(?:(?:SEK|EUR|kr|MSEK|KSEK)\s*)?\d[\d\s.,]*(?:\s*(?:kr|kronor|tkr|mkr|mnkr|miljoner kronor|MSEK|KSEK|SEK|EUR))?\s*$/iu,
            '',
          )
          .trim();
        const fund = fundIn(name, ctx.lang);
        if (fund) out.push(fund);
        else out.push(...namesIn(name, ctx, at(h), true));
      }
    }
  }
  view.lines.forEach((l, i) => {
    // "varav ERUF  9 320 000 kr": the fund's share of the budget.
    const share = /^(?:varav|därav|of which)\s+(.+?)\s*(?::|\s{2,}|\t)\s*(?:(?:SEK|EUR|kr)\s*)?\d/iu.exec(l.text);
    if (share && wordCount(share[1]!) <= 6) {
      const fund = fundIn(share[1]!, ctx.lang);
      if (fund) out.push(fund);
    }
    const m = FUNDING_KEY.exec(l.text);
    if (!m || (labelLines.has(i) && view.labels.find((h) => h.lineIndex === i)?.field === 'funders')) return;
    // After a cell gap ("Övrig finansiering  Simrishamns kommun, Tomelilla kommun") only names, not a
    // table's column heads ("Finansiering  Beviljat  Utbetalt").
    if (!m[1]!.includes(':') && (m[2]!.includes(CELL_GAP) || !m[2]!.split(/,\s*|\s+(?:och|and)\s+/u).every((n) => orgShaped(n.trim()))))
      return;
    // "Finansiering enligt beslut: ERUF 3 600 000 kr, Region X 2 160 000 kr …": the payers, without their shares.
    out.push(...namesIn(withoutAmounts(m[2]!), ctx, sentenceIndexOfPage(ctx, l.page)));
  });
  return out;
}

/** "EU" beside one of its funds ("co-financed by the EU … the European Regional Development Fund") or its full name: the other says it. */
export function withoutBareUnion(names: string[]): string[] {
  return names.some((n) => /fond|fund|^(?:Europeiska unionen|European Union)$/iu.test(n)) ? names.filter((n) => n !== 'EU') : names;
}

/**
 * Drops duplicates and names that are only the start of another funder's name ("Länsstyrelsen" / "Länsstyrelsen i X
 * län", "Stiftelsen för Internetinfrastruktur" / "Stiftelsen för Internetinfrastruktur.SE").
 */
export function tidy(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) {
    const k = n.toLowerCase().replace(/\s+/g, ' ');
    if (!seen.has(k)) seen.set(k, n.replace(/\s+/g, ' '));
  }
  const all = [...seen.values()];
  // A genitive is the same organisation: "Region Värmlands" / "Region Värmland".
  const startsOf = (o: string, n: string): boolean =>
    o.toLowerCase().startsWith(n.toLowerCase()) && /^(?:\s|\.\p{L})/u.test(o.slice(n.length));
  // A short form beside the name it stands for ("Myndigheten för samhällsskydd och beredskap, MSB"): the name once.
  const initials = (o: string): string =>
    o
      .split(/[\s-]+/u)
      .filter((w) => !/^(?:för|och|i|av|på|med|for|and|of|the|in|on)$/iu.test(w))
      .map((w) => w.charAt(0).toUpperCase())
      .join('');
  const shortFor = (n: string): boolean => /^\p{Lu}{2,6}$/u.test(n) && all.some((o) => o !== n && o.includes(' ') && initials(o) === n);
  return all.filter((n) => !all.some((o) => o !== n && (startsOf(o, n) || n === `${o}s`)) && !shortFor(n));
}

/** Funders from labels, funding sentences and financing tables. `owner` resolves own-funds phrases. */
// "Energimyndighetens stöd", "Tillväxtverkets bidrag": a state agency's own support, in the genitive.
const AGENCY_GENITIVE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:verket|myndigheten))s\s+(?:stöd|bidrag|finansiering|medel)(?![\p{L}])/gu;

// Money or work that stands outside the project's budget.
const NOT_IN_BUDGET =
  /(?:not|inte|ej)\s+(?:been\s+)?(?:valued|included|counted|accounted for|part of|värderad\w*|värderats|ingår|ingick|inräknad\w*|medräknad\w*|med)\s+(?:i\s+|in\s+)?(?:[\p{L}']+\s+){0,2}?(?:budget(?:en)?|projektbudgeten)|(?:utanför|outside)\s+(?:projektets\s+|the project(?:'s)?\s+|this project(?:'s)?\s+)?(?:budget|projektet|the project)/iu;

/** True when sentence `i`, or the next one referring back to it ("This contribution …"), puts the money outside the budget. */
function outsideBudget(sentences: Sentence[], i: number): boolean {
  const after = sentences[i + 1]?.text ?? '';
  return (
    NOT_IN_BUDGET.test(sentences[i]!.text) ||
    (/^(?:this|that|these|denna|detta|dessa|den|det)\s/iu.test(after) && NOT_IN_BUDGET.test(after))
  );
}

export function findFunders(view: DocView, owner: string | null): Found<string[]> | null {
  const lang = detectLanguage(
    view.lines
      .map((l) => l.text)
      .join(' ')
      .slice(0, 20000),
  ).value;
  const ctx: Ctx = { lang, owner, acronyms: acronymsOf(view.lines.map((l) => l.text).join(' ')), sentences: view.sentences };
  const found: { names: string[]; page: number; source: string }[] = [];
  const fromL = fromLabels(view, ctx);
  if (fromL.length) found.push({ names: fromL, page: view.labels.find((h) => h.field === 'funders')?.page ?? 1, source: 'labels' });
  view.sentences.forEach((s0, i) => {
    // A sentence broken after a preposition ("… med medfinansiering från" / "Region X och …") goes on in the next.
    const next = view.sentences[i + 1];
    const s = next && /\s(?:från|av|genom|via|from|by|through)$/iu.test(s0.text) ? { ...s0, text: `${s0.text} ${next.text}` } : s0;
    if (
      !/finans|financ|fund|bevilj|granted|awarded|stöd|support|provided|provides|contribut|bidr[oa]g|bidrar|st[oå]d för|står för|stått för|gått in med|går in med|gick in med|svara[rd]e? för|beslut|decision|decided|decides|medel|sökt|requested|ersättning|allowance|grants|beviljar/iu.test(
        s.text,
      )
    )
      return;
    // "The four municipalities contributed staff time … This contribution was not valued in the budget."
    if (outsideBudget(view.sentences, i)) return;
    const names = fromSentence(s, i, ctx);
    if (names.length) found.push({ names, page: s.page, source: s.text });
  });
  const fromT = fromTables(view, ctx);
  if (fromT.names.length) found.push({ names: fromT.names, page: 1, source: 'financing table' });
  // A money table whose rows include at least two funders the text names elsewhere is a financing
  // table: its other organisation rows are funders too ("Vinnova / Region X / Stiftelsen Y  700").
  const known = new Set(found.flatMap((f) => f.names).map((n) => n.toLowerCase()));
  for (const rows of fromT.unmarked) {
    const hits = rows.filter((n) => known.has(n.toLowerCase())).length;
    if (hits >= 2)
      found.push({
        names: rows.filter((n) => known.has(n.toLowerCase()) || orgShaped(n)),
        page: 1,
        source: 'money table with named funders',
      });
  }
  // A fund or an agency named as the source of an amount is a funder even where no list names it:
  // "varav 10 720 000 kronor från Europeiska regionala utvecklingsfonden", "Energimyndighetens stöd
  // uppgick till 2 088 000 kronor".
  for (const s of view.sentences) {
    if (!/\d[\d\s.,]*\s*(?:kr|kronor|sek|mkr|tkr|msek|miljoner)|(?:sek|msek)\s*\d/iu.test(s.text)) continue;
    const fundNamed = /(?:från|ur|av|by|from|of which the|varav)\s+(?:the\s+)?(\S.*)/iu.exec(s.text);
    const fund = fundNamed ? fundIn(fundNamed[1]!, lang) : null;
    if (fund && /(?:bevilja|stöd|support|grant|contribut|medel|finansi|financ|varav|of which)/iu.test(s.text))
      found.push({ names: [fund], page: s.page, source: s.text });
    for (const m of s.text.matchAll(AGENCY_GENITIVE)) found.push({ names: [m[1]!], page: s.page, source: s.text });
  }
  // A word of the text that is no payer, however it was reached ("Beslut om" of a decision's heading).
  const value = withoutBareUnion(tidy(found.flatMap((f) => f.names)).filter((n) => !NOT_ORG.test(n)));
  if (!value.length) return null;
  const first = found[0]!;
  return { value, page: first.page, source: first.source, confidence: found.length > 1 ? 0.85 : 0.75 };
}

// ---------------------------------------------------------------------------------------------------
// Programme

const YEARS = '(?:\\s+(?:19|20)\\d\\d\\s*[–-]\\s*(?:19|20)\\d\\d)?';
const SV_AREA = '[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*){0,2}(?:\\s+och\\s+\\p{Ll}+(?=\\s*(?:[.,;)]|$|(?:19|20)\\d\\d)))?';
const EN_AREA = '[\\p{Lu}][\\p{L}-]*(?:\\s+(?:and\\s+(?:the\\s+)?)?[\\p{Lu}][\\p{L}-]*){0,3}';
// Named programmes: "Regionalfondsprogram för Övre Norrland", "Landsbygdsprogrammet 2014–2020",
// "Interreg Sverige–Norge", "Regional Fund Programme for Skåne-Blekinge".
const PROGRAMME_NAME = new RegExp(
  // The national programmes' full names: "Nationellt socialfondsprogram för investering för sysselsättning och tillväxt 2014–2020".
  `((?:[Nn]ationell(?:t|a)?\\s+)?(?:[Rr]egionalfonds|[Ss]ocialfonds)program(?:met)?\\s+för\\s+investering(?:ar)?\\s+(?:för|i)\\s+(?:sysselsättning och tillväxt|tillväxt och sysselsättning)${YEARS}` +
    `|(?:[Rr]egionalfondsprogram(?:met)?|[Ss]ocialfondsprogram(?:met)?|[Ll]andsbygdsprogram(?:met)?|Havs- och fiskeriprogram(?:met)?|[Nn]ationella regionalfondsprogrammet|[Nn]ationella socialfondsprogrammet|Operativt program)(?:\\s+för\\s+${SV_AREA})?${YEARS}` +
    `|(?:National\\s+)?Regional\\s+(?:Development\\s+)?Fund\\s+Programme(?:\\s+for\\s+${EN_AREA})?${YEARS}|(?:Rural Development|Social Fund)\\s+Programme${YEARS}|[\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*){0,2}\\s+(?:ERDF|ESF|ERUF)\\s+[Pp]rogramme${YEARS}|Operational\\s+Programme(?:\\s+for\\s+${EN_AREA})?` +
    `|Interreg(?:\\s+(?:[IVX]+\\s?[ABC]?|Europe))?(?:\\s+(?!(?:Final|Progress|Report|Application|Project|Programme|Slutrapport|Lägesrapport|Ansökan)(?![\\p{L}]))[\\p{Lu}][\\p{L}]*(?:[–-][\\p{Lu}][\\p{L}]*|\\s[–-]\\s(?:Sverige|Norge|Finland|Danmark|Sweden|Norway|Denmark)(?![\\p{L}]))*){1,3}${YEARS}|Interreg\\s+[IVX]+\\s?[ABC](?![\\p{L}]))`,
  'u',
);
const PROGRAMME_CUE =
  /(?:inom|genom|från|ur|via|i|within|under|through|from|by|of|by the|to|in)\s+(?:ramen för\s+)?(?:programmet\s+|the\s+|det\s+)?$/iu;
// "inom programmet Stärkt lokal attraktionskraft", "within the programme Challenge-Driven Innovation", "inom programmet
// Northern Periphery and Arctic programme (NPA)" (a name that goes on after "and")
const NAMED_AFTER_WORD =
  /(?:finansier\w*|financed|funded|beviljade?|granted|stöd|support)[^.;]*?\s(?:inom|within|under|från|from)\s+(?:programmet|the programme|stödprogrammet|the funding programme)\s+([\p{Lu}][\p{L}-]*(?:\s+[\p{L}-]+){0,5}?(?:\s+(?:och|and)\s+(?:\p{Ll}+(?=\s*[.;,]|$)|\p{Lu}[\p{L}-]*(?:\s+(?:programme|program|programmet))?(?=\s*[.;,(]|$)))?)(?=\s*[.;,(]|\s+(?:och|and|med|with)\s|$)/u;

const LABEL_RANK: Record<string, number> = {
  program: 1,
  programme: 1,
  stödprogram: 1,
  finansieringsprogram: 1,
  'funding programme': 1,
  'operational programme': 1,
  'program/fond': 1,
  programområde: 2,
};

// Where a programme's name ends and a part of it follows: "Interreg Aurora, sub-area Aurora", "Västsverige 2021–2027, Priority 1 …".
const SUBDIVISION =
  /\s*,\s*(?:sub-?(?:area|programme|program)|delprogram(?:met)?|delområde|priorit\w*|insatsområde|programområde|åtgärd|measure|axis|axel|tematiskt mål|thematic objective|specific objective|specifikt mål|delåtgärd|sub-?measure|(?:steg|step|fas|phase|omgång|round)\s+\d+)(?![\p{L}]).*$/iu;

/** A programme label's value without the part of the programme that follows it, or its name in another language after it. */
function programmeValue(v: string): string {
  // "1, Programmet Europeiska socialfonden+ 2021–2027": a form's item number before the name.
  return cleanValue(
    v
      .replace(/^\d{1,2}\s*[,.]\s+(?=\p{Lu})/u, '')
      .replace(SUBDIVISION, '')
      .replace(/^(.*\s.*?)\s+\((?![^()]*\d)[\p{Lu}][^()]*\s[^()]*\)$/u, '$1')
      // "IoT Sverige – strategic innovation programme": what kind of programme it is, after a dash.
      .replace(/^(.+?)\s+[–—-]\s+(?:an?\s+|ett\s+|the\s+)?\p{Ll}[\p{L}\s-]*(?:programme|program|programmet)$/u, '$1'),
  );
}

function validProgramme(v: string): boolean {
  // A fund is not a programme ("Program: Europeiska Socialfonden (ESF)"), though a fund's programme is.
  const fundOnly = /^(?:europeiska|european|eu:s|the european)\s+[\p{L}\s]*?(?:fonden|fund)(?:\s*\([^()]*\))?$/iu.test(v.trim());
  // A programme area's code is no name: "Programområde: E", "Specifikt mål: E1".
  const code = (v.match(/\p{L}/gu) ?? []).length < 3;
  return !!v && /^[\p{Lu}\p{N}]/u.test(v) && wordCount(v) <= 12 && !CLAUSE.test(v) && !fundOnly && !code;
}

/** The funding programme: label, cover line, funding sentence, then an Interreg running header. */
export function findProgramme(view: DocView, pages: string[] = []): Found<string> | null {
  // 1. Labels: "Program" / "Programme" before "Programområde"; a priority axis or insatsområde is not the programme.
  let best: { v: string; rank: number; h: LabelHit } | null = null;
  for (const h of view.labels) {
    if (h.field !== 'programme') continue;
    const rank =
      LABEL_RANK[h.label.toLowerCase()] ??
      (/^(?:program|programme)\b/iu.test(h.label) && !/priorit|område|area|axis|axel/iu.test(h.label) ? 1 : 9);
    if (rank > 2) continue;
    // A programme area by its number ("Programområde: 2.3 Öka övergångarna till arbete") is a part of a programme.
    const asPrinted = view.lines[h.lineIndex]!.text.includes(h.value) ? h.value : (view.lines[h.lineIndex + 1]?.text ?? '');
    if (/område|area/iu.test(h.label) && /^\s*\d+(?:\.\d+)*\.?\s+\p{L}/u.test(asPrinted)) continue;
    // "Program: Regionalfondsprogrammet för" / "Småland och öarna 2014–2020": the name goes on on the next line.
    const next = view.lines[h.lineIndex + 1];
    const whole =
      /\s(?:för|for|of|i|in|och|and)$/iu.test(h.value.trim()) && next && !view.labels.some((x) => x.lineIndex === h.lineIndex + 1)
        ? `${h.value.trim()} ${next.text}`
        : h.value;
    const v = programmeValue(whole);
    if (validProgramme(v) && (!best || rank < best.rank)) best = { v, rank, h };
  }
  // "Program" alone on a line with the programme on the next one.
  view.lines.forEach((l, i) => {
    if (best?.rank === 1) return;
    if (!/^(?:program|programme|stödprogram|funding programme)\s*:?$/iu.test(l.text)) return;
    const v = cleanValue(view.lines[i + 1]?.text ?? '');
    if (validProgramme(v) && PROGRAMME_NAME.test(v))
      best = { v, rank: 1, h: { field: 'programme', label: l.text, value: v, page: l.page, lineIndex: i, colon: false } };
  });
  if (best) return { value: best.v, page: best.h.page, source: `${best.h.label}: ${best.h.value}`, confidence: 0.9 };
  // A call the application answers: "Utlysning: Vinnova – Innovationer för X, steg 2" → the call's name.
  for (const l of view.lines.slice(0, 60)) {
    const call = /^(?:utlysning(?:en)?|call(?: for proposals)?|call name)\s*(?::|\s{2,})\s*(.+)$/iu.exec(l.text);
    if (!call) continue;
    // "Utlysning: Programmet El från solen 2020": the programme's name, without the word and the call's year.
    const v = programmeValue(
      call[1]!
        .replace(/^[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,2}\s+[–—-]\s+(?=\p{Lu})/u, '')
        .replace(/^(?:Programmet|Programme)\s+(?=\p{Lu})(.+?)(?:\s+(?:19|20)\d\d)?$/u, '$1'),
    );
    if (validProgramme(v) && wordCount(v) >= 2 && !/\d{4}-\d\d|^\d/u.test(v))
      return { value: v, page: l.page, source: l.text, confidence: 0.7 };
  }
  // 2. A programme name standing alone on a cover line ("Regionalfondsprogram för Norra Mellansverige 2021–2027",
  //    "Interreg Sverige–Norge 2014–2020, sub-programme …"), or as the value of a support-form key
  //    ("Stödform: Landsbygdsprogrammet 2014–2020, åtgärd 16.2").
  for (const l of view.cover.slice(0, 15)) {
    const m = PROGRAMME_NAME.exec(l.text);
    if (m && m[0] === programmeValue(l.text)) return { value: m[0], page: 1, source: l.text, confidence: 0.8 };
  }
  for (const l of view.lines) {
    const kv = /^([\p{Lu}][\p{L}/ -]{2,30}?)\s*:\s*(.+)$/u.exec(l.text);
    if (!kv || wordCount(kv[1]!) > 3 || !/stöd|fond|finansi|support|fund|financ/iu.test(kv[1]!)) continue;
    const m = PROGRAMME_NAME.exec(kv[2]!);
    if (m && m[0] === programmeValue(kv[2]!)) return { value: m[0], page: l.page, source: l.text, confidence: 0.75 };
  }
  // 3. A sentence about the funding that names the programme (not money outside the project's budget).
  for (const [i, s] of view.sentences.entries()) {
    if (outsideBudget(view.sentences, i)) continue;
    // "Fiberföreningarna har investerat 86 mkr, varav 31 mkr i stöd från Landsbygdsprogrammet": others' money.
    if (/investera|invested|investments? (?:of|by)/iu.test(s.text) && !/^(?:projektet|the project|insatsen)\s/iu.test(s.text)) continue;
    const re = new RegExp(PROGRAMME_NAME.source, 'gu');
    for (const m of s.text.matchAll(re)) {
      const before = s.text.slice(0, m.index);
      const after = s.text.slice(m.index! + m[0].length);
      const interregFunded =
        /^Interreg/u.test(m[0]) && /^\s+(?:programme|programmet|program)\b/iu.test(after) && /financ|fund|finansier/iu.test(before);
      // "in"/"i" is a cue for the national programmes only: "experience in Interreg Europe" names no funding.
      const cued = PROGRAMME_CUE.test(before) && !(/^Interreg/u.test(m[0]) && /(?:^|\s)(?:i|in)\s+(?:the\s+)?$/iu.test(before));
      if (cued || interregFunded) {
        if (/(?:application|ansökan|ansöka|apply)\s+(?:to|till|hos)\s+$/iu.test(before)) continue;
        return { value: cleanValue(m[1]!), page: s.page, source: s.text, confidence: 0.7 };
      }
    }
    const named = NAMED_AFTER_WORD.exec(s.text);
    if (named && validProgramme(named[1]!)) return { value: cleanValue(named[1]!), page: s.page, source: s.text, confidence: 0.6 };
  }
  // 4. Interreg reports carry the programme in the running header or footer.
  const edges = new Map<string, Set<number>>();
  pages.forEach((p, pi) => {
    const ls = p
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    for (const l of [...ls.slice(0, 2), ...ls.slice(-2)]) {
      const m = /Interreg\s/u.test(l) ? PROGRAMME_NAME.exec(l) : null;
      if (!m || !/^Interreg/u.test(m[0])) continue;
      if (!edges.has(m[0])) edges.set(m[0], new Set());
      edges.get(m[0])!.add(pi);
    }
  });
  const header = [...edges].filter(([, ps]) => ps.size >= 2).sort((a, b) => b[1].size - a[1].size)[0];
  if (header) return { value: header[0], page: [...header[1]][0]! + 1, source: header[0], confidence: 0.6 };
  return null;
}
