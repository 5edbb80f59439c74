/**
 * The project's name. Candidates: the cover, label and letter reading of title.ts (one finder candidate with
 * its own confidence), and the rule table's sentences and lines (a page that presents "X är ett projekt …", a
 * quoted name after "projektet", a "Projekt X" line). Names that agree (one holds the other) strengthen each
 * other; headings, web chrome, running text and people with their role are never names.
 */
import { type Candidate, type Choice, type Policy, choose, finderCandidate } from '../choice.js';
import { type DocView, isChrome } from '../document.js';
import { fieldOfKey } from '../labels.js';
import type { Found } from '../organisations.js';
import { NOT_A_NAME_RULES, PROJECT_NAME_RULES } from '../rules/index.js';
import { GIVEN_NAMES } from '../given-names.js';
import { countyOfMunicipality } from '../places.js';
import { fold } from '../text.js';
import { cleanTitle, SECTION_HEADING } from '../title.js';
import { ruleCandidates, vetoed } from './collect.js';

/** Two names agree when one holds the other and is at least half as long, or is the other with a subtitle. */
export function namesAgree(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.includes(short) && short.length >= 0.5 * long.length) return true;
  // A name and the same name with its subtitle: "Servicepunkter i bygdegårdarna" and "Servicepunkter i bygdegårdarna –
  // livs-, drivmedel och paket i samverkan med lokalsamhället".
  const [s0, l0] = a.length <= b.length ? [a.trim(), b.trim()] : [b.trim(), a.trim()];
  return s0.length >= 8 && fold(l0).startsWith(fold(s0)) && /^\s*[–—:-]\s+\S/u.test(l0.slice(s0.length));
}

const POLICY: Policy<string> = {
  name: 'name-agreement',
  same: namesAgree,
  // Of names that agree, the fullest: "Ny Väg In 2" over "Ny väg".
  // A key that names the project gives it as written, without the subtitle a cover adds.
  pick: (group) => {
    const keyed = group.filter(
      (c) => c.source === 'label' || (c.rule === 'projectName.cover-labels-letters' && (c.confidence ?? 0) >= LABELLED),
    );
    // Else a transcript's cover, which ends the name where the cover's date or byline begins.
    const cover = group.filter((c) => c.rule === 'projectName.transcript-cover');
    return (keyed.length ? keyed : cover.length ? cover : group).map((c) => c.value).sort((a, b) => b.length - a.length)[0]!;
  },
  // A key that names the project's name gives it even when it is an organisation's ("Projektets namn: Åkers
  // Hembygdsförening", a small association's project under its own name).
  veto: (c) => {
    const why = vetoed(NOT_A_NAME_RULES, c.value);
    const keyed =
      c.source === 'label' || (c.rule === 'projectName.cover-labels-letters' && /^Projekt(?:ets)?\s*namn\s*:/iu.test(c.evidence));
    return why && keyed && /organisation or a fund/u.test(why) ? null : why;
  },
};

// A document word inside a joined title ends the name: "X - Att växa i takt Slutrapport Monica Lundin", "E-arkiv
// Kronoberg och Blekinge SLUTRAPPORT. gemensam förstudie".
const DOC_WORD_INSIDE =
  /\s(?:Slutrapport|SLUTRAPPORT|Slutredovisning|Lägesrapport|Delrapport|Utvärderingsrapport|Slututvärdering|Följeforskningsrapport|Bilagerapport|BILAGERAPPORT|SLUTUTVÄRDERING|SLUTREDOVISNING|LÄGESRAPPORT|DELRAPPORT|UTVÄRDERINGSRAPPORT|Final report|Progress report|Evaluation report)(?:[.,;:]?\s.*|[.,;:])?$/u;

// Not a company's name ("INICIA AB projekt …"), nor a subtitle joined by a dash ("ENTRECOOP II -Kooperativ …"), nor a
// cover's run of words with a year in it.
const CAPITALS_THEN_CASE =
  /^((?=[^\s]*\p{Lu}{4})[\p{Lu}\d][\p{Lu}\d&-]+(?:\s+[\p{Lu}\d][\p{Lu}\d&-]+)+)(?<!\s(?:AB|HB|KB))\s+(?!(?:och|and|&)\s)(?=\S*\p{Ll})[^\s–—:-][^\d]*$/u;

/** A name as titles and sentences give it, without page marks, references, a trailing role and repeats. */
export function tidyName(raw: string): string | null {
  // "Projektet ''Klusterutveckling mellan industri och bioteknik'' som drivs av …": the quoted name.
  const quoted = /^(?:Projektet|Projekt|Förstudien)\s+(?:''|["”“«])(.{3,100}?)(?:''|["”»])/u.exec(raw.trim());
  if (quoted) return cleanTitle(quoted[1]!);
  // A document word, then the quoted name and the cover's date or site: 'Rapport "Kungsholmen odlar" November
  // stockholm.se'.
  const afterDocWord =
    /^(?:Rapport|Slutrapport|Projektrapport|Delrapport|Lägesrapport|Utvärdering|Förstudie|Report|Final report)\s+["”“«]([^"”“«»]{3,100}?)["”»](?:\s|$)/u.exec(
      raw.trim(),
    );
  if (afterDocWord) return cleanTitle(afterDocWord[1]!);
  // A quoted name and where it is: "Sjöfiske”, Vrigstad".
  const placed = /^["“”«]?([^"“”«»]{3,80}?)["”»],\s+\p{Lu}/u.exec(raw.trim());
  if (placed) return cleanTitle(placed[1]!);
  // A headline that opens with "<name>-projektet": "LINS-projektet 6 år i Norra Skaraborg".
  const named = /^(\p{Lu}[\p{L}\d]*(?:[ -]\p{Lu}[\p{L}\d]*){0,3})-projektet\s+\S/u.exec(raw.trim());
  if (named) return cleanTitle(named[1]!);
  let v = raw
    .replace(/^(?:\p{Ll}{1,3}\s+)?[.,;:–—-]+\s*/u, '') // punctuation (and a word) left from a cut line
    .replace(/^\d+\s*\(\d+\)\s*/u, '') // "1(13) Slutrapport …": a page mark
    .replace(/^(?:Sid|Sida|Page|s\.)\s*\d+\s*(?:\(\d+\)|(?:av|of)\s+\d+)?\s+/iu, '') // "Sid 1 (20) …": a page mark
    .replace(/^(?:Projektet|Projekt|Project)\s*[-–:;]\s+/u, '') // "Projektet - SATIN II"
    .replace(/^(?:Leader|EU|ESF|Interreg|LONA|LOVA|Arvsfonds|ERUF)-?projekt(?:et)?\s+(?=\p{Lu})/u, '') // "Leaderprojekt Hållbara evenemang": the kind of project before its name
    .replace(/^(?:Projektbeslut|Beslut|Pressmeddelande|Nyhet|News)\s*[-–:]\s+/u, '') // "Projektbeslut - Åker skapa"
    // A Leader area's listing: the municipality in capitals before the name, the focus area's number after it
    // ("SÖDERHAMNS KOMMUN: Krype fäbod - en plats för kunskapsinhämtning … (6)").
    .replace(/^\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*\s+(?:KOMMUN|STAD)\s*:\s+(?=\p{Lu})(.*?)(?:\s+\(\d{1,2}\))?$/u, '$1')
    // A site's mark of the project's state before its name: "Avslutat projekt: Rekobyn, en ekoby i Röstånga".
    .replace(/^(?:Avslutat|Avslutade|Beviljat|Beviljade|Pågående|Nytt|Aktuellt)\s+(?:[\p{L}-]*projekt)\s*:\s+(?=\p{Lu})/iu, '')
    // What kind of project it is, after its name: "Byberedskap – ett nytt Leaderprojekt".
    .replace(/\s+[–—-]\s+(?:ett|en)\s+(?:nytt?\s+)?(?:[\p{L}-]*projekt|förstudie|satsning)$/iu, '')
    .replace(/^FLERA:\s*/u, '') // "FLERA: Förädlingsmackapären i Hälsingland (3)": a project bank's group mark
    .replace(/\s+\(\d{1,2}\)$/u, '')
    // A journal number in brackets after the name: "Ung drive hobby (2019-1136)", "Ren mat (Dnr 2018/123)".
    .replace(
      /\s+\((?:(?:dnr|diarienr|diarienummer|journalnr|journal\s+no)\.?:?\s*)?[A-Z]{0,4}\s?\d{2,4}[-/–]\d{1,6}(?:[-/–]\d{1,6})?\)$/iu,
      '',
    )
    // The page's language after the name: "Språksam in English", "Språksam (English)".
    .replace(/\s+(?:in English|på svenska|\((?:English|in English|på svenska|svenska)\))$/u, '')
    // A name printed again after its fund and reference: "Kustfiskarelyftet (Havs- och fiskefonden) (HAV 6) Kustfiskarelyftet".
    .replace(/^(.{3,80}?)(?:\s+\([^()]*\))+\s+\1$/u, '$1')
    // A page's mark of the project's state: "Servicepunkter (avslutat projekt)".
    .replace(/\s*\((?:avslutat|avslutad|pågående|pågår|nytt|ongoing|completed|finished|closed)(?:\s+(?:projekt|project))?\)$/iu, '')
    // A link's words run on after the name: "Stationssamhälle 2.0 … Se projektrapport", "… Läs mer".
    .replace(
      /\s+(?:Se|Läs|Ladda ner|Read|See)\s+(?:mer|more|hela\s+)?(?:projektrapport(?:en)?|slutrapport(?:en)?|rapport(?:en)?|the report)?$/u,
      '',
    )
    // A project page's fact-box heading run on after the name: "Mikrostöd-Vilda pollinatörer Projektinformation".
    .replace(/\s+(?:Projektinformation|Projektfakta|Fakta om projektet|Om projektet|Project information|Project facts)$/u, '')
    .replace(/\.\s+1\.\s+\p{Lu}.*$/u, '') // "SÅGMYRAKUNGEN. 1. Redovisat projekt …": a form's first numbered item
    // A table of contents run on after the name: "Jämställt näringsliv i Jämtlands län 19 Bilaga 2: Projektledarens
    // kommentar 21 2": a page number, then the next entry with its own page number.
    .replace(/\s+\d{1,3}\s+(?:Bilaga\s+\d|\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}|\p{Lu}[\p{L}:,\s-]{2,60}?\s\d{1,3}(?:\s|$)).*$/u, '')
    // "Verksamhetsplan 2015 för projektet X", "Samhällsekonomisk utvärdering Projekt X", "Förord X": a document's
    // or section's word before the name.
    .replace(
      /^(?:Verksamhetsplan(?:\s+\d{4})?|Samhällsekonomisk utvärdering|Slutvärdering|Slututvärdering|Projektrapport|Projektredovisning|Rapport från|Lägesredovisning|Lägesrapport|Slutredovisning|Delrapport|Inledning och sammanfattning|Inledning|Sammanfattning|Förord|Innehållsförteckning)\s+(?:(?:för|av|om)\s+)?(?:[Pp]rojektet\s+|[Pp]rojekt\s+)?(?=\p{Lu})/u,
      '',
    )
    // The same in capitals: "PROJEKTRAPPORT FÖR PROJEKT HÅLLBAR OCH RATIONELL HÄSTHÅLLNING".
    .replace(
      /^(?:PROJEKTRAPPORT|PROJEKTREDOVISNING|SLUTREDOVISNING|SLUTRAPPORT)\s+(?:(?:FÖR|AV|OM)\s+)?(?:PROJEKTET\s+|PROJEKT\s+)?(?=\p{Lu})/u,
      '',
    )
    .replace(/^.*\s[-–]\s+en utvärdering av\s+(?=\p{Lu})/u, '') // "Om … - en utvärdering av Leader Höga kusten"
    .replace(/^\p{Lu}\p{Ll}+\s+utvärdering\s+av\s+(?=\p{Lu})/u, '') // "Berömmande utvärdering av VI+DOM=OSS"
    // "2013-08-23 Folkhälsa En utvärdering av kommunförbundets folkhälsoprojekt": the evaluated project, as a name.
    // "SLÖJDEN i upplevelseekonomin En extern utvärderingsrapport av Slöjdkunskaper som säljer av Erik Wikberg": the
    // evaluated project, without its evaluator.
    .replace(/^.*?\s[Ee]n\s+(?:extern\s+)?(?:utvärdering|slututvärdering|utvärderingsrapport)\s+av\s+(\p{L})/u, (_, first: string) =>
      first.toUpperCase(),
    )
    .replace(/\s+av\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u, (m, given: string) =>
      GIVEN_NAMES.has(given.toLowerCase()) ? '' : m,
    )
    .replace(/\s+(?:[-–]\s+)?(?:en|an)\s+(?:utvärdering|slututvärdering|evaluation|förstudie|feasibility study)$/u, '') // "Företagsamma kvinnor en utvärdering"
    // A subtitle that says what kind of project it is: "Elektra Ett projekt mot hedersförtryck och våld".
    .replace(
      /\s+(?:Ett|En|An?)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}*projekt|project|förstudie|pilot)\s+(?:om|mot|för|i|inom|kring|med|som|on|for|in|about|to|against)\s.*$/u,
      '',
    )
    // The same in lower case after a name of its own: "Hästens lokala betydelse och potential samarbetsprojekt mellan
    // hästnäringen och kommuner …".
    .replace(
      /(?<=\p{L}{3,}\s+\p{L}{2,}.*)(?<!\s(?:om|för|av|till|i|med|och|inom|kring|ett|en|nytt|flera|två))\s+(?:[-–]\s+)?(?:ett\s+)?\p{Ll}+projekt\s+(?:mellan|om|mot|för|inom|kring)\s.*$/u,
      '',
    )
    .replace(/^(?:Dnr|Diarienummer)\s*\S*\.?\s+(?=\p{Lu})/u, '') // "Dnr /08. Marknadsaktiviteter …"
    // "Slutrapport projekt Dnr /08. Marknadsaktiviteter …": a reference between document word and name.
    .replace(/\s+(?:Dnr|Diarienummer)\s*\S*\.\s+(?=\p{Lu})/u, ' ')
    .replace(/\s+(?:Beslut om|Beslut$|Diarienummer|Journalnummer|Dnr)(?![\p{L}]).*$/u, '') // a decision's next line run on
    .replace(/^[\d/.-]{4,}\s*[-–]\s*/u, '') // "2019/00378 - Unga Vidare": a case number
    .replace(/[”"]?,\s*(?:stödmottagare|projektägare|journalnummer|jnr|dnr|diarienummer|paraplyprojekt|ärende)(?![\p{L}]).*$/iu, '')
    .replace(/(\S+projekt)ets\s+(?:slutrapport|slutredovisning|lägesrapport|rapport)$/iu, '$1et')
    // A form's or letter's agency run on after the name: "… i sjön Turingen MILJÖDEPARTEMENTET", "… HP Svenska ESF-rådet,
    // Huvudkontoret".
    .replace(/\s+(?:\p{Lu}{3,}(?:DEPARTEMENTET|VERKET|STYRELSEN|RÅDET|MYNDIGHETEN)|Svenska ESF-rådet(?![\p{L}]).*)$/u, '');
  if (v.split(/\s+/).length > 2) v = v.replace(DOC_WORD_INSIDE, '');
  // "bilaga till beslut om stöd Idre året runt": lower-case words before the name.
  // A name in lower case whose capital is a place after a preposition ("fäbodbete och rovdjur i Dalarna") is whole.
  if (
    /^(?!(?:för|av|om|till|från|med|inom|vid|på|i)\s)\p{Ll}[\p{L}-]{3,}\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}(?:i|på|vid|från|till|för|av|om|med|inom|kring|runt)\s+\p{Lu}/u.test(
      v,
    )
  )
    v = v.charAt(0).toUpperCase() + v.slice(1);
  else v = v.replace(/^(?:\p{Ll}[\p{L}-]*\s+){1,6}(?=\p{Lu}\p{Ll})/u, '');
  // A title printed again and again ("A – B A – B A – B"): once.
  const words = v.split(/\s+/);
  for (let k = 1; k <= words.length / 2; k++) {
    if (fold(words.slice(k, 2 * k).join(' ')) === fold(words.slice(0, k).join(' '))) {
      v = words.slice(0, k).join(' ');
      break;
    }
  }
  // Printed twice in two forms ("Jämställt näringsliv i Jämtland Jämställt näringsliv i Jämtlands län"): the fuller.
  const again = v.split(/\s+/);
  const head = fold(again.slice(0, 3).join(' '));
  for (let k = 3; again.length >= 6 && k <= again.length - 3; k++) {
    if (fold(again.slice(k, k + 3).join(' ')) !== head) continue;
    const [first, second] = [again.slice(0, k).join(' '), again.slice(k).join(' ')];
    v = second.length >= first.length ? second : first;
    break;
  }
  // Its last words printed again after "och" ("Smart och uppkopplad belysning och uppkopplad belysning"): once.
  const tail = /^(.+)\s+och\s+(\S+(?:\s+\S+){1,3})$/u.exec(v);
  if (tail && fold(tail[1]!).endsWith(` ${fold(tail[2]!)}`)) v = tail[1]!;
  // A name set in capitals, then its subtitle or place in ordinary case ("DIGITAL LIVE ARENA Kultur online",
  // "MÖTESPLATS SERVICEHUSET i Skarpnäcks stadsdel"): the name is what the capitals say.
  const capitals = CAPITALS_THEN_CASE.exec(v);
  if (capitals) v = capitals[1]!;
  return cleanTitle(v);
}

// The verbs and sums of a headline.
const HEADLINE =
  /(?<![\p{L}])(?:satsar|satsas|ger|gav|får|fick|fått|visade|ledde|lyckades|blir|blev|vill|ska|kan|har|hade|är|var|samverkar|möter|utsedd|utsett|godkänd|godkänt|beviljas|beviljades|beviljar|beviljat|startar|startade|igång|hjälper|stärker|lyfter|växer|skapar|tar|öppnar|söker|går|gör|visar|invigs|invigde|klar|klart|nominerad|prisad|says?|gets?|wins?|winner|launch(?:es|ed)?|receives?|received|finished|completed)(?![\p{L}])|\d+(?:,\d+)?\s+(?:miljoner|miljarder|mkr|kronor|million)|(?<![\p{L}])(?:klartecken|grönt ljus|green light)(?![\p{L}])|\s[–-]\s+(?:ett\s+|a\s+)?(?:nytt\s+|new\s+)?[\p{Ll}-]*(?:projekt|project)\s+(?:för att|som|om|to|that|for)\s|[?!]$/iu;

// Lines of a cover that are not its title: who wrote it and when ("Fredrik Jönsson … Mars 2010", "Upprättad av"),
// or the start of a running sentence ("Through this …", "Vi har …").
const COVER_LINE =
  /(?<![\p{L}])(?:(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|june|july|august|october)\s+(?:19|20)\d\d|upprättad av|författare|prepared by|written by)(?![\p{L}])|^(?:Through|This|These|That|Those|It|We|Our|Here|There|And|But|Since|So|Och|Men|Så|Eftersom|Vi|Här|Detta|Denna|Dessa)\s/iu;

// A name cut off mid-phrase ("Tillväxt och", "Deltagande orter i", "… inom ramarna för projektet") or carrying markup or a date range is not the
// project's name as written. (A label's value wrapped onto the next line is read whole elsewhere.)
const CUT_OR_MARKUP =
  /(?:\s(?:och|i|på|av|för|med|till|om|inom|samt|som|att|and|of|in|the|for|with|to|on)$)|\s(?:för|inom|i|av|of|for|in)\s+(?:projektet|the project)$|<\/?[a-z][^>]*>|\d{4}-\d\d-\d\d\s*[–-]\s*\d{4}-\d\d-\d\d/iu;
// Web page furniture read as a name: "Mer information … hittar du på", "Klimatkommunernas webbplats", "Se nedan".
const FURNITURE =
  /(?<![\p{L}])(?:webbplats|hemsida|hittar du|finns här|mer information|läs mer|se nedan|startsida|företagslogga|logotyp|website|read more|home page|add more content|lorem ipsum|hoppa till|skip to)(?![\p{L}])/iu;

// A web page's "about" heading ("Om Stödstrukturer", "About us") names the page's topic, not the project.
const ABOUT = /^(?:om|about)\s/iu;

// A quoted phrase after other words: a line that quotes a name is not the name itself.
const QUOTES_INSIDE = /\S\s+[”"“«][^”"“»]{2,80}[”"»]/u;

// Pronouns and a past verb of report prose inside a would-be name: "Seminariet den 2 oktober gav oss tillfälle".
const SENTENCE = /(?<![\p{L}])(?:oss|vi|vår|vårt|våra|we|our|us|they|their)(?![\p{L}])/iu;

/**
 * True when a line names a person by given name and surname after other words ("Högskolan i Gävle Fredrik
 * Jönsson"): a byline run on to the title. A name that starts with a given name ("Urban Platsinnovation") is not.
 */
function namesPerson(value: string): boolean {
  const words = value.split(/\s+/).map((w) => w.replace(/[,;:.]$/u, ''));
  return words.some(
    (w, i) =>
      i > 0 &&
      GIVEN_NAMES.has(w.toLowerCase()) &&
      ((/^\p{Lu}\p{Ll}/u.test(w) && /^\p{Lu}\p{Ll}+$/u.test(words[i + 1] ?? '')) ||
        // A byline in capitals: "KALKLINBANEPROJEKTET AV ANDERS JOHANSSON & ANNA GÖTZLINGER".
        (/^\p{Lu}{2,}$/u.test(w) && /^\p{Lu}{2,}$/u.test(words[i + 1] ?? '') && /^(?:AV|BY)$/u.test(words[i - 1] ?? ''))),
  );
}

/** A title of two words or more followed by a person's given name and surname: the title alone. */
export function withoutByline(value: string): string {
  const m = /^(.+?\S)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(value);
  if (!m || !GIVEN_NAMES.has(m[2]!.toLowerCase()) || GIVEN_NAMES.has(m[3]!.toLowerCase())) return value;
  const title = m[1]!;
  // A photo credit ("Ungtall. Foto: Anders Lindqvist") or a key before the person is no title.
  return title.split(/\s+/).length >= 2 &&
    /[\p{L}\d)]$/u.test(title) &&
    !/(?<![\p{L}])(?:foto|bild|photo|text|av|by|och|and|med|with)(?![\p{L}])\s*\S*$/iu.test(title) &&
    !namesPerson(title)
    ? title
    : value;
}

// Words that carry a name on ("… för Biosfärområde Voxnadalen", "… and Innovation"), not a headline's verb.
const NAME_GOES_ON =
  /^(?:för|i|på|av|med|till|om|inom|mellan|genom|mot|från|och|samt|eller|en|ett|the|of|in|for|and|on|to|with|a|an|at|by|from)$/iu;

/** True when `title` is `name` followed by a headline's words: a lower-case word that is no preposition, or a comma. */
export function headlineAfter(title: string, name: string): boolean {
  const n = name.trim();
  if (n.length < 3 || title.length <= n.length || !title.startsWith(n)) return false;
  const rest = title.slice(n.length);
  if (/^,\s+\S/u.test(rest)) return rest.trim().split(/\s+/).length >= 3;
  const next = /^\s+(\p{Ll}[\p{L}-]*)\s+\S/u.exec(rest);
  return !!next && !NAME_GOES_ON.test(next[1]!);
}

// A stripped key starts a fact box only near the page's top.
const FACT_BOX_TOP = 12;

// A web page's publishing-date line: "Publicerades den 7 juli 2021", "Publicerad: 14 juni 2018", "2016-05-19".
const DATE_LINE =
  /^(?:(?:Publicerad(?:es)?|Publicerat|Uppdaterad|Senast uppdaterad|Published|Updated)(?:\s+den)?\s*:?\s*\d{1,4}[\s./-]|\d{1,2}\s+\p{L}+\s+\d{4}$|\d{4}-\d{2}-\d{2}$)/iu;

// A site's section as a page's first line: "Beviljade projekt", "Avslutade projekt 2014-2024", "Nyheter".
const SITE_SECTION = /^(?:\p{L}+\s+)?(?:projekt|nyheter|news|aktuellt|artiklar|projects)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?$/iu;

/**
 * A web page's headline over its publishing date, where the page's first line is its section ("Beviljade projekt" /
 * "Skånska lanthandlare – tillsammans för framtidens lokala service" / "Publicerades den 7 juli 2021"): a news page
 * or a project page of a Leader area's site puts the project's name there.
 */
function headlineOverDate(view: DocView, firstTitle: number): Candidate<string>[] {
  if (!SITE_SECTION.test(view.lines[0]?.text.trim() ?? '')) return [];
  for (let i = 1; i < Math.min(view.lines.length - 1, 8); i++) {
    const line = view.lines[i]!;
    if (i === firstTitle || line.page !== 1 || !DATE_LINE.test(view.lines[i + 1]!.text.trim())) continue;
    const text = line.text.trim();
    if (text.length < 3 || text.length > 120 || /[.!?:]$/u.test(text) || isChrome(text) || !/^[\p{Lu}\p{N}"”“]/u.test(text)) return [];
    return [
      {
        field: 'projectName',
        value: text,
        rule: 'projectName.headline-over-date',
        source: 'title',
        page: 1,
        line: i,
        role: view.roles[i]!,
        evidence: `${text} / ${view.lines[i + 1]!.text}`,
      },
    ];
  }
  return [];
}

// A site's greeting or skip link as its first line: "Du är nu vid innehållet", "Hoppa till innehållet", "Välkommen in
// för att ta dig ut!".
const SITE_GREETING = /^(?:du är nu vid|hoppa till|gå (?:direkt )?till|skip to|välkommen\b)/iu;

/**
 * The short line of its own under a page's first line `mark` (a site's greeting, a project bank's status mark), not
 * a sentence, over the page's running text (a next line of at least `nextWords` words, capitalised).
 */
function lineUnder(
  view: DocView,
  mark: number,
  rule: string,
  shape: { maxWords: number; endMarks: RegExp; nextWords: number },
): Candidate<string>[] {
  const i = mark + 1;
  const line = view.lines[i];
  const next = view.lines[i + 1]?.text.trim() ?? '';
  if (line?.page !== 1) return [];
  const text = line.text.trim();
  const words = text.split(/\s+/).length;
  if (words < 2 || words > shape.maxWords || shape.endMarks.test(text) || isChrome(text) || !/^[\p{Lu}\p{N}"”“]/u.test(text)) return [];
  if (!/^[\p{Lu}]/u.test(next) || next.split(/\s+/).length < shape.nextWords) return [];
  return [
    {
      field: 'projectName',
      value: text,
      rule,
      source: 'title',
      page: 1,
      line: i,
      role: view.roles[i]!,
      evidence: `${view.lines[mark]!.text} / ${text}`,
    },
  ];
}

/**
 * The heading under a site's greeting or skip link ("Välkommen in för att ta dig ut!" / "Hållbara och säkrare leder
 * på Kullahalvön" / "Länsstyrelsen Skåne har tilldelats …").
 */
function headingUnderGreeting(view: DocView, firstTitle: number): Candidate<string>[] {
  if (firstTitle < 0 || !SITE_GREETING.test(view.lines[firstTitle]!.text.trim())) return [];
  return lineUnder(view, firstTitle, 'projectName.heading-under-greeting', { maxWords: 12, endMarks: /[.!?:;,]$/u, nextWords: 1 });
}

// A project bank's mark of the project's state as the page's first line: "Projekt avslutat", "Pågående projekt".
const STATUS_LINE =
  /^(?:projekt(?:et)?\s+(?:är\s+)?(?:avslutat|pågår|pågående)|(?:avslutat|pågående|beviljat|nytt)\s+projekt|avslutat|pågående|status\s*:?\s*(?:avslutat|pågående|pågår))$/iu;

/**
 * The line under a project bank's status mark ("Projekt avslutat" / "Mellankommunal kustzonsplanering i
 * Göteborgsregionen, Orust och Uddevalla" / "Kustzonen har …").
 */
function underStatusLine(view: DocView): Candidate<string>[] {
  const first = view.lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0 || view.lines[first]!.page !== 1 || !STATUS_LINE.test(view.lines[first]!.text.trim())) return [];
  return lineUnder(view, first, 'projectName.under-status-line', { maxWords: 14, endMarks: /[.!?:;]$/u, nextWords: 5 });
}

/**
 * The line over the first page's fact box, where a project bank prints the project's name ("The Whole Child,
 * throughout the Entire Day" / "Reference number" / "Coordinator …" / "Funding from Vinnova …"). A key whose value
 * was stripped may stand between them.
 */
function overFactBox(view: DocView): Candidate<string>[] {
  const bareKey = (t: string) => t.length <= 40 && !!fieldOfKey(t.replace(/:$/u, ''));
  let box = view.lines.findIndex((l, i) => l.page === 1 && (view.roles[i] === 'factbox' || view.roles[i] === 'label'));
  // A stripped key over a line led by another ("Reference number" / "Coordinator Sveriges Kommuner och Landsting -
  // Avdelningen för tillväxt och" / "samhällsbyggnad/Reglab"): the box starts there, though its lines wrap.
  const keyLed = (t: string) => {
    const w = /^(\p{Lu}[\p{L}-]+)\s+\p{Lu}/u.exec(t)?.[1];
    return !!w && !!fieldOfKey(w);
  };
  const stripped = view.lines.findIndex(
    (l, i) => l.page === 1 && i <= FACT_BOX_TOP && (box < 0 || i < box) && bareKey(l.text) && keyLed(view.lines[i + 1]?.text ?? ''),
  );
  if (stripped > 0) box = stripped + 1;
  let k = box - 1;
  if (k >= 0 && bareKey(view.lines[k]!.text)) k--;
  const line = view.lines[k];
  if (line?.page !== 1 || !['paragraph', 'title', 'heading'].includes(view.roles[k]!)) return [];
  let text = line.text.trim();
  // Not the wrapped end of a longer line above it, unless that line opens the name after a page's closing sentence
  // ("… please contact us." / "Study A national coordinating platform for the work with attraction and reception of" /
  // "international competence"); and not where a key names the project itself.
  const above = view.lines[k - 1];
  if (above && above.page === 1 && above.text.length >= 60 && !/[.!?:]$/u.test(above.text.trim())) {
    const before = view.lines[k - 2]?.text.trim();
    if (!(text.length <= 60 && /^\p{Ll}/u.test(text) && (!before || /[.!?]$/u.test(before)) && above.text.length <= 100)) return [];
    text = `${above.text.trim()} ${text}`;
  }
  if (text.length < 3 || text.length > 160 || /[.!?:]$/u.test(text) || isChrome(text) || !/^[\p{Lu}\p{N}"”“]/u.test(text)) return [];
  if (view.labels.some((h) => h.field === 'projectName' && h.page === 1)) return [];
  // A key and its value over the box's next one ("University of Applied Sciences: School of Engineering" / "Industrial
  // partners: Junglemap, …") is the box's first line, not a name over it.
  const keyed = /^[^:]{3,40}:\s+\S/u;
  if (keyed.test(text) && keyed.test(view.lines[box]!.text)) return [];
  return [
    {
      field: 'projectName',
      value: text,
      rule: 'projectName.over-fact-box',
      source: 'title',
      page: 1,
      line: k,
      role: view.roles[k]!,
      evidence: `${text} / ${view.lines[box]!.text}`,
    },
  ];
}

/**
 * The line under a fact box at the top of a page, where a project database prints the name over its description
 * ("project info" / "Start date: …" / "Managing authority: Tillväxtverket" / "High Coast Invest" / "Based on a
 * feasibility study, …"): a short line that starts with a capital and ends no sentence, followed by running text.
 * The box's own headings in lower case ("funding", "beneficiary") and a key's line may stand between.
 */
function underTopFactBox(view: DocView): Candidate<string>[] {
  const first = view.roles.indexOf('factbox');
  if (first < 0 || first > 3 || view.lines[first]!.page !== 1) return [];
  let last = first;
  for (let i = first + 1; i < view.lines.length && i <= last + 3; i++) if (view.roles[i] === 'factbox') last = i;
  let k = last + 1;
  const boxLine = (t: string) =>
    /^\p{Ll}[\p{L} ]{0,30}$/u.test(t) || /^[\p{L} ]{2,40}:\s*\S/u.test(t) || /^European Commission Topic$/iu.test(t);
  while (k < view.lines.length && k <= last + 4 && boxLine(view.lines[k]!.text.trim())) k++;
  const line = view.lines[k];
  const next = view.lines[k + 1]?.text ?? '';
  if (line?.page !== 1) return [];
  const text = line.text.trim();
  if (
    text.length < 3 ||
    text.split(/\s+/u).length > 12 ||
    !/^[\p{Lu}\p{N}]/u.test(text) ||
    /[.!?:;,]$/u.test(text) ||
    isChrome(text) ||
    SECTION_HEADING.test(text) ||
    next.length < 50
  )
    return [];
  return [
    {
      field: 'projectName',
      value: text,
      rule: 'projectName.under-fact-box',
      source: 'title',
      page: 1,
      line: k,
      role: view.roles[k]!,
      evidence: `${view.lines[last]!.text} / ${text} / ${next.slice(0, 60)}`,
    },
  ];
}

/**
 * A viewer's transcript of a report ('Download "Slutrapport följeforskning. Insteget"' over "1 Slutrapport följeforskning
 * Insteget" / "2 Innehållsförteckning …"): its first page is the report's cover, run together on one paragraph. The
 * cover's opening words, up to where a date, a key, a person or the first section begins, and without the document
 * words, name the project when the download title holds the same words.
 */
function transcriptCover(view: DocView): Candidate<string>[] {
  const starts = [...view.transcriptPages.keys()].sort((a, b) => a - b);
  const first = starts[0];
  if (first === undefined) return [];
  const download = downloadTitle(view);
  if (!download) return [];
  let cover = view.transcriptPages.get(first)!;
  for (let i = first + 1; i < view.lines.length && i !== starts[1] && cover.length < 400; i++) cover += ` ${view.lines[i]!.text}`;
  const stop = COVER_STOP.exec(` ${cover}`);
  let head = (stop ? ` ${cover}`.slice(0, stop.index) : cover).replace(/^\d+\s*\(\d+\)\s*/u, '').trim();
  // "UTVÄRDERING VIDGAD ARBETSMARKNAD ARBETE ÅT ALLA Lotta Hedberg Närplan": the author's name ends the title.
  const words = head.split(/\s+/u);
  for (let i = 1; i < words.length - 1; i++) {
    if (GIVEN_NAMES.has(words[i]!.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[i]!) && /^\p{Lu}\p{Ll}/u.test(words[i + 1]!)) {
      head = words.slice(0, i).join(' ');
      break;
    }
  }
  const named = namedOnCover(cover, view.lines[first]!.page, first, view.roles[first]!);
  if (named) return [named];
  const cleaned = cleanTitle(head);
  const value = cleaned ? tidyName(cleaned) : null;
  if (
    !value ||
    value.split(/\s+/u).length > 12 ||
    !/^[\p{Lu}\p{N}]/u.test(value) ||
    /[?!]/u.test(value) ||
    // "PROJEKTSTÖD -" before "Slutrapport": cut before a document word, no name left.
    /[-–—:,]$/u.test(value) ||
    COVER_DOC_WORD.test(value) ||
    ABOUT.test(value) ||
    // A place alone ("Karlshamn") is where the report comes from.
    (!/\s/u.test(value) && countyOfMunicipality(value) !== null)
  )
    return [];
  const bare = (t: string) =>
    fold(t)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // The cover lost the title's full stops that the download line keeps: "Newo Drom En ny väg till romsk inkludering"
  // under 'Download "Slututvärdering av projekt. Newo Drom. En ny väg till romsk inkludering."', "Främjande av
  // solelproduktion i Örebro kommun Sam 191/2013" under 'Download "Projektrapport. Främjande av solelproduktion i Örebro
  // kommun"'. The name ends where the title's sentence does.
  const segment = download
    .split(/\.\s+/u)
    .map((t) => t.trim())
    .find((t) => bare(t).split(' ').length >= 2 && bare(value).startsWith(`${bare(t)} `));
  const name = segment ? tidyName(segment) : value;
  if (!name || !bare(download).includes(bare(name))) return [];
  return [
    {
      field: 'projectName',
      value: name,
      rule: 'projectName.transcript-cover',
      source: 'finder',
      page: view.lines[first]!.page,
      line: first,
      role: view.roles[first]!,
      evidence: `1 ${head} / Download "${download}"`,
      confidence: TRANSCRIPT_COVER,
    },
  ];
}

// A cover that names the project its report is for: "Slutrapport för projektet KRUT Kreativ Utveckling i Uppsala län",
// "Utvärdering av projektet X", "Final report for the project X".
const REPORT_FOR_PROJECT =
  /(?<![\p{L}])(?:Slutrapport|Slutredovisning|Lägesrapport|Delrapport|Utvärdering|Slututvärdering|Final report|Evaluation)\s+(?:för|av|of|for)\s+(?:projektet|the project)\s+(\p{Lu}[^.!?:;]{2,120})/u;
const NAME_WORDS_MAX = 10;

/**
 * The project a transcript's cover names as the one its report is for, up to where the authors' names, a date or
 * the first section begin: "1 Den kreativa sektorn … Slutrapport för projektet KRUT Kreativ Utveckling i Uppsala län
 * Anna Steinwall Jenny Nilsson …" gives "KRUT Kreativ Utveckling i Uppsala län".
 */
function namedOnCover(cover: string, page: number, line: number, role: string): Candidate<string> | null {
  const m = REPORT_FOR_PROJECT.exec(cover.slice(0, 400));
  if (!m) return null;
  const stop = COVER_STOP.exec(` ${m[1]}`);
  const words = (stop ? ` ${m[1]}`.slice(0, stop.index) : m[1]!).trim().split(/\s+/u);
  let end = Math.min(words.length, NAME_WORDS_MAX);
  for (let i = 1; i < end; i++) {
    if (GIVEN_NAMES.has(words[i]!.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[i]!) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? '')) {
      end = i;
      break;
    }
  }
  // Ten words with no person after them: where the name ends is not known.
  if (end === NAME_WORDS_MAX && words.length > NAME_WORDS_MAX) return null;
  const value = tidyName(words.slice(0, end).join(' '));
  if (!value || CUT_OR_MARKUP.test(value)) return null;
  return {
    field: 'projectName',
    value,
    rule: 'projectName.transcript-cover-report-for',
    source: 'finder',
    page,
    line,
    role,
    evidence: m[0].slice(0, 160),
    confidence: REPORT_FOR_COVER,
  };
}

/** The title a viewer's download line quotes ('Download "…"', perhaps wrapped onto the lines under it). */
function downloadTitle(view: DocView): string | null {
  const at = view.lines.findIndex((l, i) => view.roles[i] === 'chrome' && /^Download\s+"/u.test(l.text));
  if (at < 0) return null;
  let text = view.lines[at]!.text.replace(/^Download\s+"/u, '');
  for (let i = at + 1; !text.includes('"') && i < view.lines.length && i <= at + 3; i++) text += ` ${view.lines[i]!.text}`;
  const end = text.indexOf('"');
  return end > 0 ? text.slice(0, end) : null;
}

// Where a cover's title ends: a section run in, a form's key, a date, a numbered heading.
const COVER_STOP =
  /\s(?:(?:\d{1,2}\.\s)?(?:Sammanfattning|Innehåll(?:sförteckning)?|Förord|Inledning|Bakgrund|Datum|Projekttid|Projektperiod|Projektägare|Projektledare|Författare|Kontaktperson|Journalnr|Journalnummer|Diarienr|Diarienummer|Dnr|Sid|Page|Summary|Contents|Abstract)(?![\p{L}])|Rapport\s+f[oö]r(?![\p{L}])|(?:En|Ett|An?)\s+(?:förstudie|utvärdering|rapport|slutrapport|studie|pre-study|evaluation|report)(?![\p{L}])|\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+\d{4}|\d\.\s+\p{Lu})/iu;
// Words of a document's kind or purpose left in a cover's opening: no name.
const COVER_DOC_WORD =
  /(?<![\p{L}])(?:\p{L}*rapport\p{L}*|utvärdering\p{L}*|följeforskning\p{L}*|dokumenttyp|avsedd|bilaga|innehåll\p{L}*|report|evaluation)(?![\p{L}])/iu;
// The download title and the transcript's first page are two witnesses of the cover: as sure as a cover title the
// PDF's title field confirms.
const TRANSCRIPT_COVER = 0.85;
// A cover that says which project its report is for says it in so many words.
const REPORT_FOR_COVER = 0.9;

const LABELLED = 0.95;
const COVER_GUESS = 0.75;

// After a name the text goes on with a verb or ends its clause ("I projektet Fossilfria transporter i norr levererar
// vi …"), not with a word that carries the name on ("Cross-border University Cooperation for Knowledge Sharing …").
/** True when the text names `first` as a whole name, and never `first` followed by `next`. */
function namedAlone(text: string, first: string, next: string): boolean {
  if (text.includes(`${first} ${next}`)) return false;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const rest = text.slice(at + first.length, at + first.length + 40);
    const word = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest);
    if (/^\s*[.,;:!?)]/u.test(rest) || (word && !NAME_GOES_ON.test(word[1]!))) return true;
  }
  return false;
}

// A line that opens with a short key and a colon: "Projektet drevs av: SPF Seniorerna", "Publicerad: 2019-09-23".
const KEY_LINE = /^[\p{L}][\p{L}\s/-]{1,40}:\s+\S/u;

export function chooseProjectName(view: DocView, fromCover: Found<string> | null): Choice<string> {
  // The first title line, with the lines it wraps onto (not a publishing date or logo line under it).
  const start = view.roles.indexOf('title');
  let firstTitle: { text: string; page: number } | undefined = start >= 0 ? { ...view.lines[start]! } : undefined;
  // The running text after the title lines, folded: a title line the text names alone ("I projektet Fossilfria
  // transporter i norr levererar vi …") is the whole name, and the title line under it a tagline ("Västerbotten i
  // samverkan"), not its second half.
  const after = view.lines
    .slice(start + 1)
    .filter((_, i) => view.roles[start + 1 + i] !== 'title')
    .map((l) => l.text)
    .join(' ');
  let alone: { first: string; next: string } | null = null;
  for (let i = start + 1; firstTitle && view.roles[i] === 'title'; i++) {
    const next = view.lines[i]!.text;
    // A key and its value under the title ("Projektet drevs av: SPF Seniorerna") is no part of it.
    if (isChrome(next) || firstTitle.text.length + next.length > 90 || view.labels.some((h) => h.lineIndex === i) || KEY_LINE.test(next))
      break;
    if (firstTitle.text.split(/\s+/).length >= 2 && namedAlone(after, firstTitle.text, next)) {
      alone = { first: firstTitle.text, next };
      break;
    }
    firstTitle = { ...firstTitle, text: `${firstTitle.text} ${next}` };
  }
  // The cover and letter reading guesses where no label names the project: such a guess weighs no more than a
  // title line, so a sentence that names the project outweighs it unless the two agree.
  const cover =
    fromCover && fromCover.confidence < LABELLED ? { ...fromCover, confidence: Math.min(fromCover.confidence, COVER_GUESS) } : fromCover;
  // The cover reading joins the same title lines: it gets the same cut.
  const coverCut = cover && alone && cover.value.startsWith(`${alone.first} ${alone.next}`) ? { ...cover, value: alone.first } : cover;
  const raw: Candidate<string>[] = [
    ...finderCandidate('projectName', 'projectName.cover-labels-letters', coverCut),
    // The first title line alone: a web page's heading over its date and publisher lines.
    ...(firstTitle
      ? [
          {
            field: 'projectName',
            value: firstTitle.text,
            rule: 'projectName.first-title-line',
            source: 'title' as const,
            page: firstTitle.page,
            line: start,
            role: 'title',
            evidence: firstTitle.text,
          },
        ]
      : []),
    // A page presents its project at its start: the first page's first sentences and lines.
    ...ruleCandidates(view, PROJECT_NAME_RULES, { maxPage: 1, maxSentences: 25, topLines: 15 }),
    ...overFactBox(view),
    ...headlineOverDate(view, start),
    ...headingUnderGreeting(view, start),
    ...underStatusLine(view),
    ...transcriptCover(view),
    ...underTopFactBox(view),
  ];
  const titleLines = new Set(view.roles.flatMap((r, i) => (r === 'title' ? [i] : [])));
  const body = fold(
    view.lines
      .filter((_, i) => !titleLines.has(i))
      .map((l) => l.text)
      .join(' '),
  );
  // The text as written, for words it writes in lower case.
  const lowerBody = view.lines
    .filter((_, i) => !titleLines.has(i))
    .map((l) => l.text)
    .join(' ');
  // The names sentences give ("EU-projektet Coast4us har …"), for telling a headline that opens with the name.
  const sentenceNames = raw.flatMap((c) => (c.source === 'sentence' ? [tidyName(c.value)] : [])).filter((v): v is string => !!v);
  // Candidates that read as no name, kept with the reason for --why and the name ranker.
  const dropped: { candidate: Candidate<string>; why: string }[] = [];
  const drop = (c: Candidate<string>, why: string): Candidate<string>[] => {
    dropped.push({ candidate: c, why: `${NOT_A_NAME} ${why}` });
    return [];
  };
  const candidates = raw.flatMap((c) => {
    // A cover or page title of a name and a subtitle as sentences ("Strömsberg kan mer. Badplatsens bryggor …",
    // "X. Sammanslagen rapport över hela projektet"): the name is the first.
    const titled = c.rule === 'projectName.first-title-line' || c.rule === 'projectName.cover-labels-letters';
    const first = titled ? /^([^.]+?\s[^.]*?\p{Ll})\.\s+\p{Lu}\p{Ll}/u.exec(c.value) : null;
    const tidied = tidyName(first ? first[1]! : c.value);
    // A cover's title with its author's name run on ("Tobaksprevention och invandrargrupper (TTI) Per Haglind"): the
    // title without the byline.
    const value = titled && tidied ? withoutByline(tidied) : tidied;
    if (!value) return drop(c, 'nothing left once tidied');
    // A news item's or web page's headline is no name: "Regionen satsar 4,8 miljoner på tillväxtprojekt". A
    // headline says something (a verb, a sum) and the text does not name the project by it again.
    const guess =
      c.rule === 'projectName.first-title-line' || (c.rule === 'projectName.cover-labels-letters' && (c.confidence ?? 0) < LABELLED);
    if (guess && value.split(/\s+/).length >= 4 && HEADLINE.test(value) && !body.includes(fold(value)))
      return drop({ ...c, value }, 'a headline');
    // One capitalised word that the text also writes in lower case is a common word, a site's section ("Invånare" over
    // "Publicerad: 2016-02-18"), not a name.
    if (guess && /^\p{Lu}\p{Ll}{2,}$/u.test(value) && new RegExp(`(?<![\\p{L}])${value.toLowerCase()}(?![\\p{L}])`, 'u').test(lowerBody))
      return drop({ ...c, value }, 'a common word');
    // An exclamation is a headline at any length: "Lyckad treårssatsning!", "Bästa samverkansplatsen är färdig! I …".
    if (guess && /!/u.test(value) && !body.includes(fold(value))) return drop({ ...c, value }, 'an exclamation');
    // A headline that opens with the name a sentence gives and goes on with what happened ("Coast4us redovisar
    // fina slutresultat", "Tänk Om, local labourmarket development …"): the name. A name that goes on with a
    // preposition or a dash ("Gemensam platsutveckling för Biosfärområde …", "Rikare skog − Diversifiering …") is
    // one name with its subtitle, kept whole.
    if (guess && !body.includes(fold(value))) {
      const opening = sentenceNames.find((n) => headlineAfter(value, n));
      if (opening) return [{ ...c, value: opening }];
    }
    // A name not given by a label that reads as a byline, a date line or a sentence is another line of the cover
    // or the next sentence, not the project's name.
    const labelled = c.source === 'label' || (c.rule === 'projectName.cover-labels-letters' && (c.confidence ?? 0) >= LABELLED);
    // A headline or sentence that quotes the name: 'Då Dalarnas stora integrationsprojekt ”Vägen in” lanserades …'.
    const sentence = value.split(/\s+/).length >= 5 && (SENTENCE.test(value) || (guess && QUOTES_INSIDE.test(value)));
    // A quoted name ends where its quotes do, whatever its last word ("”Vägen in”").
    // A name after "projektet" that ends its sentence on a particle ("projektet Unga in.") ends on it.
    const cut =
      !c.rule.includes('quoted') &&
      CUT_OR_MARKUP.test(value) &&
      !(c.rule === 'projectName.projektet-x' && /\s(?:in|ut|upp|på|till|om)$/u.test(value));
    if (!labelled) {
      const why = cut
        ? 'cut off or marked up'
        : COVER_LINE.test(value)
          ? 'a byline, a date or a running sentence'
          : namesPerson(value)
            ? 'names a person'
            : sentence
              ? 'a sentence'
              : FURNITURE.test(value)
                ? "a web page's furniture"
                : guess && ABOUT.test(value)
                  ? 'an "about" heading'
                  : null;
      if (why) return drop({ ...c, value }, why);
    }
    return [{ ...c, value }];
  });
  const choice = choose('projectName', candidates, POLICY);
  choice.passedOver.push(...dropped);
  return choice;
}

/**
 * A name that is a short form ("CEÖMS") the text spells out, as a line of its own or after "projektet"
 * ("Cirkulär ekonomi i östra Mellansverige (CEÖMS)", "Hållbar vattenförsörjning regiongemensamt – HÅVAR"), is given
 * as the text spells it, with the short form. A short form the text never spells out stays as it is.
 */
export function spelledOut(name: string, view: DocView): string {
  if (!/^[\p{Lu}\d][\p{Lu}\d&-]{1,9}$/u.test(name) || (name.match(/\p{Lu}/gu) ?? []).length < 2) return name;
  // The short form holds letters, digits, '&' and '-' only: nothing in it to escape.
  const alone = new RegExp(`^([\\p{Lu}\\d][^.!?()]{4,100}?)\\s*\\(${name}\\)\\s*$`, 'u');
  const named = new RegExp(`(?:projektet|förstudien|the project)\\s+([\\p{Lu}\\d][^.!?()]{4,100}?)\\s*\\(${name}\\)`, 'u');
  // A line of its own that gives the name and the short form after a dash: "Hållbar vattenförsörjning regiongemensamt – HÅVAR".
  const dashed = new RegExp(`^([\\p{Lu}\\d][^.!?():;]{4,100}?)\\s+[–-]\\s+${name}\\s*$`, 'u');
  for (const l of view.lines.slice(0, 200)) {
    const m = alone.exec(l.text) ?? named.exec(l.text);
    if (m && !isChrome(m[1]!) && !/[:;]/u.test(m[1]!)) return `${m[1]!.trim()} (${name})`;
    const d = dashed.exec(l.text);
    if (d && !isChrome(d[1]!)) return l.text.trim();
  }
  return name;
}

/** The reason given for a candidate that reads as no name (a headline, a byline, a sentence …). */
export const NOT_A_NAME = 'not a name:';
