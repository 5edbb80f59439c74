/**
 * Organisations: the project owner and the evaluator (funders and programme: funders.ts). The owner is never the evaluator,
 * a funder named only as such, or the PDF's author: it comes from an owner label ("Projektägare",
 * "Stödmottagare", "Project owner", "Beneficiary") or an owner sentence ("Projektet ägs av …",
 * "Beställare och projektägare är …", "… har varit projektägare", "… owned the project").
 */
import type { LabelHit } from './labels.js';
import { startsWithGivenName } from './given-names.js';
import { countyOfMunicipality } from './places.js';
import { cleanValue, escapeRe, wordCount } from './text.js';

/** A sentence of running text with its page. */
export interface Sentence {
  text: string;
  page: number;
  /**
   * Where, inside the text, a line of the page begins with a capital: a heading or headline run into the sentence
   * may end there ("Stöd till solenergiprojekt i Västra Götaland" / "Energimyndigheten har beslutat att …").
   */
  opens?: number[];
}

/** A value with where it came from. */
export interface Found<T> {
  value: T;
  page: number;
  source: string;
  confidence: number;
}

// Verbs and function words that show a captured string is a clause, not an organisation name.
const CLAUSE_WORD =
  /(?<![\p{L}])(?:är|var|har|hade|som|att|ska|skulle|kommer|blev|vi|det|den|is|was|has|had|which|that|will|were|the project)(?![\p{L}])/iu;

/** Trims a candidate organisation name and rejects clauses, lists and sentences. */
// A name that ends in an organisation word, then a person's given name and surname: "Lycksele kommun Peter Molin".
const ORG_THEN_NAME =
  /^(.*?\s(?:kommun|region|län|AB|förening|föreningen|förbund|förbundet|stiftelse|stiftelsen|universitet|högskola))\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+.*)$/u;
/** The name without a contact person run on after it. */
function withoutPersonAfter(name: string): string {
  const m = ORG_THEN_NAME.exec(name);
  return m && startsWithGivenName(m[2]!) ? m[1]! : name;
}

const STAND_IN =
  /^(?:Projektet|Projektägaren|Projektägare|Stödmottagaren|Stödmottagare|Huvudman|Huvudmannen|Sökande|Sökanden|Kommunen|Regionen|Föreningen|Företaget|Bolaget|Organisationen|Vi|The project|This company|The company|The applicant|The beneficiary|The municipality|The region|We)$/iu;

/** "Blekinge Institute of Technology (BTH)" → BTH = Blekinge Institute of Technology. */
export function acronymsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(
    /((?:[\p{Lu}][\p{L}-]+\s+)(?:(?:of|for|och|för|i|and|the)\s+|[\p{Lu}][\p{L}-]+\s+){0,6})\(([\p{Lu}]{2,6})\)/gu,
  )) {
    const name = m[1]!.trim();
    const acr = m[2]!;
    const words = name.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w));
    // The acronym's letters are the initials of (the end of) the name.
    let found = false;
    for (let i = 0; i < words.length && !found; i++) {
      const initials = words
        .slice(i)
        .map((w) => w[0])
        .join('');
      if (initials === acr) {
        out.set(acr, name.slice(name.indexOf(words[i]!)));
        found = true;
      }
    }
    // "Blekinge Institute of Technology (BTH)": an organisation's name with its native acronym.
    if (!found && words.length >= 2 && words[0]![0] === acr[0] && looksLikeOrganisation(name) && !out.has(acr)) out.set(acr, name);
  }
  return out;
}

/**
 * Initials the text writes out without brackets: "UBI" where it says "Umeå Biotech Incubator" elsewhere. Only one
 * run of three or more capitalised words in a row has those initials, or none is taken.
 */
export function spelledOut(acr: string, text: string): string | null {
  if (!/^\p{Lu}{3,6}$/u.test(acr)) return null;
  const found = new Set<string>();
  const n = acr.length;
  const re = new RegExp(`(?<![\\p{L}])${[...acr].map((c) => `${c}[\\p{Ll}][\\p{L}-]*`).join('\\s+')}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) if (m[0].split(/\s+/).length === n) found.add(m[0]);
  return found.size === 1 ? [...found][0]! : null;
}

export function cleanOrganisation(raw: string): string | null {
  // "I samarbete med Ekby kommun": a partner phrase, not a name.
  if (
    /^(?:i samarbete med|tillsammans med|på uppdrag av|together with|in cooperation with|in collaboration with|on behalf of)\s/iu.test(
      cleanValue(raw),
    )
  )
    return null;
  let s = cleanValue(raw)
    // "Projektägare: Projektet drivs av Hållbar Utveckling Skåne i samarbete med IUC Syd.": a key's value written as a
    // sentence; the one who runs it is the name.
    .replace(
      /^(?:Projektet|Förstudien|Satsningen|The project)\s+(?:drivs|drevs|ägs|ägdes|leds|leddes|samordnas|is run|was run|is owned|is led|is coordinated)\s+(?:av|by)\s+(?=\p{Lu})/u,
      '',
    )
    // "Ludvika kommun, Box 123" / "Ludvika kommun (org.nr 212000-2213)": keep the name. A short form in brackets
    // after it is part of the name as written: "Kiladalens utvecklingsbolag AB (svb)", "… ideell förening (LAG)"; the
    // name's own initials are not ("Luleå tekniska universitet (LTU)").
    .replace(/\s*\((?!(?:\p{Ll}{2,5}|LAG)\)\s*$).*$/u, '')
    .replace(/,.*$/, '')
    // "Sverige: Länsstyrelsen Värmland": a partner list's country before the name.
    .replace(/^(?:Sverige|Sweden|Norge|Norway|Finland|Danmark|Denmark|SE|NO|FI|DK):\s*(?=\p{Lu})/u, '')
    // "Projektägaren Hushållningssällskapet Halland har genomfört projektet": the role before the name.
    .replace(/^(?:Projektägaren|Stödmottagaren|Projektägare|Stödmottagare|Huvudmannen|Lead partner)\s+(?=\p{Lu})/u, '')
    // "AktuelltFöreningen Kattakuten": a site's menu word run into the name.
    .replace(/^(?:Aktuellt|Nyheter|Hem|Startsida|Meny|Home|News)(?=\p{Lu}\p{Ll})/u, '')
    // "Skogsstyrelsen med flera samarbetspartners bland annat Naturvårdsverket": the others after the name are no part of it.
    .replace(/\s+(?:med flera|m\.\s?fl\.?|och flera|bland annat|among others|and others)(?![\p{L}]).*$/u, '')
    // "Hushållningssällskapets Förbund" / "Foto Einar de Wit": a photo credit on the next line run on.
    .replace(/\s+(?:Foto|Photo|Bild|Fotograf)(?::|\s+(?=\p{Lu}))\s*.*$/u, '')
    // "Förutom Region Västerbotten (lead partner) ingår …": a preposition that opens the sentence before the name.
    .replace(/^(?:Förutom|Utöver|Besides|Apart from|In addition to)\s+(?=\p{Lu})/u, '')
    // "Samverkansparter / Region Örebro län är projektägare …": a page's heading run into the sentence under it.
    .replace(
      /^(?:Samverkansparter|Samverkanspartners?|Samarbetsparter|Samarbetspartners?|Parter|Partners|Projektorganisation|Organisation)\s+(?=\p{Lu})/u,
      '',
    )
    // "Leader Skåne ESS Box Kristianstad", "… Box 123 Ludvika": a postal address run on after the name.
    .replace(/\s+Box\s+(?:\d+\s*)?(?:\d{3}\s?\d{2}\s+)?\p{Lu}[\p{L}-]+$|\s+Box\s+\d+(?:\s.*)?$/u, '')
    // "Arbetsförmedlingen i Linköping Storgatan 6 Box LINKÖPING": a street address.
    .replace(/\s+\p{Lu}\p{Ll}+(?:gatan|vägen|gränd|torget|allén|backen|stigen|leden)\s+\d.*$/u, '')
    .replace(
      /\s+(?:genom|via|tillsammans med|i (?:nära |tät )?(?:samarbete|samverkan?) med|på uppdrag av|together with|in (?:close )?(?:cooperation|collaboration|partnership) with)\s.*$|\s+(?:i (?:nära |tät )?(?:samarbete|samverkan?)|in (?:close )?(?:cooperation|collaboration|partnership))$/i,
      '',
    )
    // A capitalised "The" opens a name as written ("The Glass Factory"); a lower-case one is the sentence's.
    .replace(/^(?:the|den|det|Den|Det)\s+/u, '')
    // "Pressmeddelande 2018-06-12 Destination Funäsfjällen AB": a release's head before the name.
    .replace(/^(?:Pressmeddelande|Press release|Nyhet|News)\s+(?:\d{4}-\d{2}-\d{2}\s+)?(?=\p{Lu})/u, '')
    // "Föreningen Riksorganisationen Kriminellas Revansch i Samhället": the kind of body before a name that says its own.
    .replace(/^(?:Föreningen|Organisationen)\s+(?=\p{Lu}\p{Ll}*(?:organisationen|förbundet|föreningen|sällskapet)\s)/u, '')
    // "den ideella föreningen Föreningen Habo Framtid": a description before the name.
    .replace(
      /^(?:(?:ideella|ekonomiska|kommunala|regionala|lokala|statliga|non-profit|local|regional|public)\s+)+(?:föreningen|bolaget|stiftelsen|förbundet|organisationen|association|company|foundation|organisation)\s+(?=[\p{Lu}])/u,
      '',
    )
    // "… inom programområde 2", "… under perioden …", "… within the programme": the name ends there.
    .replace(
      /\s+(?:inom|under|sedan|mellan|med stöd|med finansiering|within|during|between|since|and funded|och finansierades|och finansieras)\s.*$/iu,
      '',
    )
    // "Arvika kommun och har bedrivits i samverkan med …", "X AB, som …": the name ends where a clause starts.
    .replace(
      /\s+(?:och|samt|men|and|but)\s+(?:har|hade|är|var|ska|skulle|kommer|blev|drivs|drevs|leds|genomförs|genomfördes|has|had|is|was|will|runs|ran)(?![\p{L}]).*$/iu,
      '',
    )
    .replace(/\s+(?:som|which|that|who)\s.*$/iu, '')
    // "… drivs av Bengtsfors kommun finansieras genom …": the sentence's next verb after the name.
    .replace(
      /\s+(?:finansieras|finansierades|finansierats|beviljades|beviljats|beviljas|drivs|drevs|leds|ledde|genomförs|genomfördes|genomförde|ansvarar|ansvarade|äger|ägde)(?:\s+\p{Ll}.*)?$/u,
      '',
    )
    // "Samförvaltningen Norra Bohuslän startade 1 april 2013": a verb of the sentence after the name, then a time.
    .replace(
      /\s+(?:startade|startar|började|börjar|avslutades|avslutas|started|starts|began|begins)\s+(?:\d|i\s|in\s|den\s|under\s|våren|hösten|sommaren|vintern).*$/iu,
      '',
    )
    // "… med Kristina Axelsson som projektledare", "… and carried out …", "… och dess partner": no longer the name. A
    // department after a dash keeps its words ("YSTAD KOMMUN - Kultur och utbildning").
    // "Arbetsmarknads- och socialförvaltningen": a word's first part left hanging before "och" is the name's.
    // Two genitives joined by "och" are one name's ("Föreningen Mörkrets och kylans glada vänner").
    .replace(
      /\s+med\s+\p{Lu}.*$|\s+med\s+(?:en|ett|två|tre|sin|sina|sitt)\s.*$|(?<!\s[-–]\s[^-–]*)(?<!\p{L}-)(?!(?<=\p{Lu}\p{Ll}+s)\s+och\s+\p{Ll}+s\s)\s+(?:och|and|samt)\s+\p{Ll}.*$/u,
      '',
    )
    // "Näfsta Gård AB i Selånger": the place a company sits in, after its legal form, is no part of its name.
    .replace(/(\s(?:AB|HB|KB|ek\.\s?för\.?|ekonomisk förening))\s+i\s+\p{Lu}[\p{L}-]+$/u, '$1')
    // "tidningen Sydöstran i Blekinge": a kind before the name, and the region it is in after it.
    .replace(/^(?:tidningen|lokaltidningen|företaget|bolaget)\s+(\p{Lu}[\p{L}-]+)(?:\s+i\s+\p{Lu}[\p{L}-]+)?$/u, '$1')
    .trim();
  s = s.replace(/\s+(?:org\.?\s*nr\.?|organisationsnummer)\s*[\d-]+$/i, '').trim();
  // A form flattened into one line: "Organisationsnummer Ulvö kapellag Redovisningsperiod Total projektperiod".
  // The name stands between the keys.
  s = s
    .replace(/^(?:(?:Organisationsnummer|Org\.?\s*nr\.?|Kundnummer|Namn|Name)\s+)+(?=\p{Lu})/u, '')
    .replace(
      /\s+(?:Organisationsnummer|Redovisningsperiod|Total projektperiod|Projektperiod|Projekttid|Kontaktperson|Telefon|E-post|Postadress|Besöksadress|Journalnummer|Diarienummer|Kundnummer|Org\.?\s*[Nn]r\.?)(?![\p{L}]).*$/u,
      '',
    )
    .trim();
  // "Lycksele kommun Peter Molin": a contact person run on after a name that ends in an organisation word.
  s = withoutPersonAfter(s).trim();
  // "Region X from March 2018 to February 2021", "… från 2019": a time, not part of the name.
  s = s.replace(/\s+(?:from|until|från|fram till|t\.o\.m\.|fr\.o\.m\.)\s+(?:\p{L}+\s+)?\d.*$/iu, '').trim();
  // "Torsby kommun in Värmland": where it sits, as with "i" below.
  s = s.replace(/^(.*\S)\s+in\s+[\p{Lu}][\p{L}-]+$/u, (all, name: string) =>
    looksLikeOrganisation(name) && !/(?:university|college|institute|school|centre|center)$/iu.test(name) ? name : all,
  );
  // "Stiftelsen Teknikdalen i Borlänge": where it sits, not its name ("Högskolan i Gävle" keeps it).
  // "Föreningen Unga i Tornedalen" names a region as part of the name: only a municipality is where it sits. A name
  // that opens with "Föreningen" is a phrase that keeps its place ("Föreningen Trygg i Markaryd").
  s = s.replace(/^((?:\S+\s+){1,}\S+)\s+i\s+([\p{Lu}][\p{L}-]+)$/u, (all, name: string, place: string) =>
    /(?:AB|kommun|län)$/u.test(all) || /^Föreningen\s/u.test(all) || !countyOfMunicipality(place) ? all : name,
  );
  // "… ägs av Sandvikens kommun och som riktar sig …": the conjunction before the cut clause goes too.
  s = s.replace(/\s+(?:och|samt|eller|men|and|or|but)$/iu, '').trim();
  // An organisation with its department after a dash ("CHALMERS TEKNISKA HÖGSKOLA AKTIEBOLAG - Institutionen för teknikens
  // ekonomi och organisation") may be longer.
  const department = /\s[-–]\s/u.test(s ?? '');
  if (!s || s.length > (department ? 130 : 90) || wordCount(s) > (department ? 14 : 9)) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(s)) return null;
  // A word that stands for an organisation without naming it: "Projektet", "This company", "Huvudman".
  if (STAND_IN.test(s)) return null;
  // The rural movement's name holds a verb: "Hela Sverige ska leva Norrbotten".
  if (CLAUSE_WORD.test(s.replace(/^Hela Sverige ska leva(?![\p{L}])/u, ''))) return null;
  if (/\d{6}-\d{4}/.test(s)) return null;
  return s;
}

// Owner sentences. Group 1 is the organisation.
const OWNER_NOUN =
  '(?:Beställare och projektägare|Projektägare och stödmottagare|Projektägare|Stödmottagare|Projektanordnare|Huvudman|Huvudsökande|Sökande|Ägare|Ansvarig organisation|Ansvarig)';
const OWNER_AFTER: RegExp[] = [
  // "Projektägare är …", "Huvudman för projektet har varit …", "Ansvarig för projektet är …"
  new RegExp(`(?:^|\\s)${OWNER_NOUN}\\s+(?:för (?:projektet|insatsen|satsningen)\\s+)?(?:är|var|har varit|blev)\\s+(.+)$`, 'iu'),
  /(?:Projektet|Insatsen|Satsningen)\s+(?:har\s+)?(?:ägs|ägdes|ägts|drivs|drevs|drivits|administreras|administrerades|administrerats)\s+(?:och\s+\p{L}+\s+)?av\s+(.+)$/iu,
  // Not "The Norwegian lead partner was …": the other country's side of a cross-border project.
  /(?:^|\s)(?:The\s+)?(?<!(?:Norwegian|Finnish|Danish|Estonian|Latvian|Lithuanian|German|Polish|Norway's|Finland's)\s+)(?:project owner|beneficiary|lead partner|lead beneficiary|project promoter|lead applicant)\s+(?:is|was|has been)\s+(.+)$/iu,
  /The project (?:is|was|has been) (?:owned|run|administered) by\s+(.+)$/iu,
];
// "Energismart Dalarna drevs av Stiftelsen Teknikdalen …": the project under its name is run by an organisation.
const RUN_BY =
  /(?:ägs|ägdes|har ägts|drivs|drevs|har drivits|was owned|is owned|was run|is run|project owned|project run)\s+(?:och\s+\p{L}+\s+)?(?:av|by)\s+(.+)$/iu;
// "Projektet har genomförts av AB Skövdebostäder under perioden …": the organisation that carried it out.
const CARRIED_OUT =
  /^(?:projektet|the project|insatsen)(?:\s+[^,.]{0,60}?)?\s+(?:har\s+|has been\s+|was\s+)?(?:genomförts|genomfördes|carried out|implemented)\s+(?:av|by)\s+(.+)$/iu;
// "Projektet leds av …" names a person as often as an organisation: only an organisation counts.
const LED_BY = /(?:Projektet|Insatsen)\s+(?:har\s+)?(?:leds|leddes|letts)\s+av\s+(.+)$|The project (?:is|was|has been) led by\s+(.+)$/iu;
const OWNER_BEFORE: RegExp[] = [
  // "Region Jämtland Härjedalen (lead beneficiary)", "… by Region X as lead beneficiary together with …"
  /(?:^|(?:by|av|of|for|för)\s+)([\p{Lu}][^()]+?)\s+\((?:lead beneficiary|lead partner|project owner|projektägare|stödmottagare|huvudsökande)\)/u,
  /(?:by|av|with|med)\s+([\p{Lu}][^()]+?)\s+(?:as|som)\s+(?:the\s+)?(?:lead beneficiary|lead partner|project owner|projektägare|stödmottagare|huvudsökande)(?![\p{L}])/u,
  // "Bygdeenergi Halland, som Studieförbundet Vuxenskolan Halland drev från oktober 2019 …"
  /,\s*som\s+([\p{Lu}][^,()]+?)\s+(?:drev|driver|har drivit|ägde|äger|har ägt|genomförde|har genomfört)(?![\p{L}])/u,
  /^(.+?)\s+(?:är|var|har varit|har också varit|blev)\s+(?:projektägare|stödmottagare|huvudman|huvudsökande|projektanordnare|projektets ägare|ägare (?:till|av) projektet|ansvarig för projektet)(?![\p{L}])/iu,
  // "Lönneberga byalag driver sedan hösten 2018 projektet …": a time may stand between verb and object.
  /^(.+?)\s+(?:äger|ägde|har ägt|driver|drev|har drivit|ansvarar för|ansvarade för|har ansvarat för)\s+(?:(?:sedan|sen|från|under)\s+(?:\S+\s+){1,3}?)?projektet(?![\p{L}])/iu,
  // "… commissioned by the project owner, Mid Sweden University (…)", "… av projektägaren, Region X".
  /(?:^|\s)(?:the|its|our)\s+(?:project owner|lead beneficiary|beneficiary),\s+(\p{Lu}.+)$/u,
  /(?:^|\s)(?:projektägaren|stödmottagaren),\s+(\p{Lu}.+)$/u,
  /^(.+?)\s+(?:owned|owns|ran|runs|has run) the project(?![\p{L}])/iu,
  // A cleft: "Det är Region Gotland som äger projektet", "It was Region X that ran the project".
  /^(?:det|it)\s+(?:är|var|har varit|is|was|has been)\s+(.+?)\s+(?:som|that|which|who)\s+(?:(?:äger|ägde|har ägt|driver|drev|har drivit|ansvarar för|ansvarade för|owns|owned|runs|ran|has run|leads|led)\s+(?:\S+\s+){0,2}?(?:projektet|the project)|(?:är|var|har varit|is|was|has been)\s+(?:projektägare|stödmottagare|huvudman|(?:the\s+)?(?:project owner|beneficiary|lead partner)))(?![\p{L}])/iu,
  // An application's applicant: "Gotlands Ullkooperativ ekonomisk förening söker stöd för att …".
  /^(.+?)\s+(?:söker|ansöker om|har sökt|ansöker härmed om|applies for|is applying for|hereby applies for)\s+(?:härmed\s+)?(?:stöd|medel|finansiering|bidrag|projektstöd|funding|support|a grant)(?![\p{L}])/iu,
  /^(.+?)\s+(?:is|was|has been|acted as|served as) (?:the )?(?:project owner|beneficiary|lead partner|lead beneficiary|project promoter)(?![\p{L}])/iu,
  // "Hylte Näringsliv AB har som stödmottagare haft det formella ansvaret för projektet".
  /^(.+?)\s+(?:har|hade|has|had)\s+(?:som|as)\s+(?:projektägare|stödmottagare|huvudman|(?:the\s+)?(?:project owner|beneficiary|lead partner))\s/iu,
];

// "… på uppdrag av Hudiksvalls kommun, som har varit projektägare för …": the name before the relative clause.
const OWNER_RELATIVE =
  /^(.+?),\s+(?:som|which|who)\s+(?:(?:är|var|har varit|is|was|has been)\s+(?:projektägare|stödmottagare|huvudman|projektets ägare|(?:the\s+)?(?:project owner|lead beneficiary|beneficiary|owner of the project))|(?:äger|ägde|har ägt|driver|drev|owns|owned|runs|ran)\s+(?:projektet|the project))(?![\p{L}])/iu;
const BEFORE_NAME = /(?:^|\s)(?:av|by|för|for|från|from|hos|at|till|to|med|with|of)\s+(?=\p{Lu})/gu;

/** The organisation that ends a clause: the whole clause, or what follows one of its prepositions. */
function trailingOrganisation(clause: string): string | null {
  // From the last preposition back: "I samarbete med Ekby kommun" is no name, "University of Gävle" is.
  const starts = [0, ...[...clause.matchAll(BEFORE_NAME)].map((m) => m.index! + m[0].length)].reverse();
  for (const at of starts) {
    const v = cleanOrganisation(clause.slice(at));
    if (v && looksLikeOrganisation(v)) return v;
  }
  return null;
}

// A key before the name ("Finansiärer: Region Dalarna (projektägare)"), and words before a name that are no
// part of it ("Ett brett samarbete Region Gotland är projektägare").
const KEY_BEFORE = /^[\p{L} ]{3,30}:\s+(?=\p{Lu})/u;
const WORDS_BEFORE_NAME = /^(?:\p{L}+\s+)*?\p{Ll}+\s+(?=\p{Lu})/u;

/** The organisation a sentence's subject names: without a key before it, or the words before its name. */
function subjectOrganisation(clause: string): string | null {
  // "Projekt Driva initierades av Drivhusen i …, där Drivhuset i Göteborg var projektägare": the clause's own subject.
  const own = clause.replace(/^.*(?:,\s*|\s)(?:där|varav|medan|where|whereas)\s+(?=\p{Lu})/u, '');
  const v = cleanOrganisation(own.replace(KEY_BEFORE, ''));
  if (!v) return null;
  const name = v.replace(WORDS_BEFORE_NAME, '');
  return name !== v && looksLikeOrganisation(name) && !looksLikeOrganisation(v.slice(0, v.length - name.length)) ? name : v;
}

/** The project owner from labels first, then owner sentences. */
// An owner key that does not name the role: the organisation a form's box is about, which may be a partner's.
const GENERIC_OWNER_KEY = /^(?:organisation|organization|organisationens namn)$/iu;

export function findOwner(labels: LabelHit[], sentences: Sentence[], exclude: string[]): Found<string> | null {
  const banned = new Set(exclude.filter(Boolean).map((e) => e.toLowerCase()));
  // A key that names the role ("Projektägare:") before the bare "Organisation:" of a partner's or reporter's box.
  const ownerLabels = labels.filter((h) => h.field === 'owner');
  const ranked = [
    ...ownerLabels.filter((h) => !GENERIC_OWNER_KEY.test(h.label)),
    ...ownerLabels.filter((h) => GENERIC_OWNER_KEY.test(h.label)),
  ];
  for (const h of ranked) {
    const v = cleanOrganisation(h.value);
    // A table header ("Organisation  Number of interviews") is no owner: a name is org-shaped or in title case, unless
    // the key names the role and a colon or a fact box's cell ends it ("ProjektägareBohusläns Kooperativa sten").
    const sure = h.colon && !GENERIC_OWNER_KEY.test(h.label) && !/\p{L}:\s/u.test(v ?? '');
    if (v && !sure && !looksLikeOrganisation(v) && !v.split(/\s+/).every((w) => w.length < 3 || /^[\p{Lu}\p{N}]/u.test(w))) continue;
    if (v && !banned.has(v.toLowerCase()))
      return {
        value: v,
        page: h.page,
        source: `${h.label}: ${h.value}`,
        confidence: (h.colon ? 0.95 : 0.9) - (GENERIC_OWNER_KEY.test(h.label) ? 0.05 : 0),
      };
  }
  // Research funders' forms name the owning organisation "Coordinator" / "Koordinator", the same word
  // other forms use for a person: an organisation there is the owner.
  for (const h of labels) {
    if (h.field !== 'manager' || !/^(?:coordinator|koordinator|koordinerande organisation|coordinating organisation)$/iu.test(h.label))
      continue;
    const v = cleanOrganisation(h.value);
    if (v && looksLikeOrganisation(v) && !banned.has(v.toLowerCase()))
      return { value: v, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.85 };
  }
  for (const s of sentences) {
    for (const re of OWNER_AFTER) {
      const m = re.exec(s.text);
      const v = m && cleanOrganisation(m[1]!);
      if (v && !banned.has(v.toLowerCase())) return { value: v, page: s.page, source: s.text, confidence: 0.8 };
    }
    for (const re of OWNER_BEFORE) {
      const m = re.exec(s.text);
      const v = m && subjectOrganisation(m[1]!);
      if (v && !banned.has(v.toLowerCase())) return { value: v, page: s.page, source: s.text, confidence: 0.75 };
    }
    const rel = OWNER_RELATIVE.exec(s.text);
    const r = rel && trailingOrganisation(rel[1]!);
    if (r && !banned.has(r.toLowerCase())) return { value: r, page: s.page, source: s.text, confidence: 0.75 };
    const done = CARRIED_OUT.exec(s.text);
    const d = done && cleanOrganisation(done[1]!);
    if (d && looksLikeOrganisation(d) && !banned.has(d.toLowerCase())) return { value: d, page: s.page, source: s.text, confidence: 0.65 };
    const by = RUN_BY.exec(s.text);
    const w = by && cleanOrganisation(by[1]!);
    if (w && looksLikeOrganisation(w) && !banned.has(w.toLowerCase())) return { value: w, page: s.page, source: s.text, confidence: 0.7 };
    const led = LED_BY.exec(s.text);
    const v = led && cleanOrganisation(led[1] ?? led[2]!);
    if (v && looksLikeOrganisation(v) && !banned.has(v.toLowerCase())) return { value: v, page: s.page, source: s.text, confidence: 0.7 };
  }
  return null;
}

// A municipality, region or county board heading a printed line: "Sollefteå kommun – Slutredovisning …",
// "Sollefteå kommun, Näringslivsavdelningen", "Region Jämtland Härjedalen | Lägesrapport", also in capitals.
const PUBLIC_BODY_AT_START =
  /^((?:[\p{Lu}][\p{L}-]+\s+){1,3}(?:kommun|stad)|Region\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?|Länsstyrelsen\s+i\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+län)(?=\s*(?:[–—|·,]|\s-\s|$))/u;
// Any organisation's name opening a printed line before a separator: "Vänerparken Science Park AB | Slutrapport …".
const NAME_BEFORE_SEPARATOR = /^([\p{Lu}][^|·–—,\t]{2,60}?)\s*(?:[|·–—,\t]|\s-\s)\s*(.*)$/u;
// A postal address after the name: "Box 500", "833 24 Strömsund", "Storgatan 22".
const ADDRESS = /(?:^|[|·,]\s*)(?:Box\s+\d+|\d{3}\s?\d{2}\s+\p{Lu}|[\p{Lu}][\p{L}]+(?:gatan|vägen|gränd|torget|plan)\s+\d+)/u;
// A document line under a letterhead: "Slutrapport till …", "Final report to …", "Lägesrapport för år 2021".
const DOCUMENT_LINE =
  /^(?:slutrapport|slutredovisning|lägesrapport|delrapport|mellanrapport|final report|progress report|interim report)(?![\p{L}])/iu;
// The state agencies and EU funds whose templates and logos head forms: never the owner by position alone.
const AGENCY = /(?:verket|myndigheten|rådet|fonden)$|^(?:europeiska|european|eu)(?![\p{L}])/iu;
// A signature: a role line over the organisation's line ("Projektledare" / "Smålands Trähusförening").
const SIGNATURE_ROLE = /^(?:projektledare|projektägare|verksamhetsledare|project manager|project leader|project owner)$/iu;

/** A name in capitals in title case: "REGION SÖRMLAND" → "Region Sörmland", "STRÖMSUNDS KOMMUN" → "Strömsunds kommun". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase())
    .replace(/\s(?:Kommun|Stad|Län|I)(?=\s|$)/gu, (w) => w.toLowerCase());
}

/** The spelling of a name in the running text, when a header prints it in capitals. */
function spelled(name: string, text: string): string {
  if (name !== name.toUpperCase()) return name;
  const re = new RegExp(`(?<![\\p{L}])${escapeRe(name)}(?![\\p{L}])`, 'giu');
  return [...text.matchAll(re)].map((m) => m[0]).find((m) => m !== m.toUpperCase()) ?? titleCase(name);
}

/** The public body opening a line, also when the line prints it in capitals. */
function publicBodyAt(line: string): string | null {
  const m = PUBLIC_BODY_AT_START.exec(line);
  if (m) return m[1]!;
  const caps = /^[\p{Lu}][\p{Lu}\s-]+(?=\s*(?:[–—|·,]|\s-\s|$))/u.exec(line);
  const t = caps && PUBLIC_BODY_AT_START.exec(titleCase(caps[0].trim()));
  return t ? caps![0].trim().slice(0, t[1]!.length) : null;
}

/** A site or a form's key before an address, not the sender: "… från Svenska ESF-rådets projektbank Dnr Postadress: …". */
const NOT_A_LETTERHEAD = /(?<![\p{L}])(?:projektbank(?:en)?|webbplats(?:en)?|databas(?:en)?|Dnr|Diarienummer)(?![\p{L}])/iu;

/**
 * When no label or sentence names the owner of a report the owner wrote itself (not an evaluation), the
 * organisation printed as its letterhead is the owner: a public body at the head of the cover or as the
 * running header of most pages; any organisation whose name heads the cover above the document line
 * ("AquaSense Nordic AB" / "Final report to …"), runs as the header of later pages, stands with its postal
 * address, or signs the report under the project manager's role.
 */
export function ownerFromPrintedHead(pages: string[], exclude: string[], projectName: string | null = null): Found<string> | null {
  const banned = new Set(exclude.filter(Boolean).map((e) => e.toLowerCase()));
  const text = pages.join('\n');
  const pageLines = pages.map((p) =>
    p
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const counts = new Map<string, number>();
  const add = (name: string, weight: number): void => {
    const n = spelled(name.trim(), text);
    counts.set(n, (counts.get(n) ?? 0) + weight);
  };
  const orgAt = (line: string): string | null => {
    const m = NAME_BEFORE_SEPARATOR.exec(line);
    const v = cleanOrganisation(m ? m[1]! : line);
    return v && looksLikeOrganisation(v) && !AGENCY.test(v) && !NOT_A_LETTERHEAD.test(v) ? v : null;
  };
  pageLines.forEach((lines, i) => {
    const head = lines.slice(0, i === 0 ? 5 : 1);
    const foot = i === 0 ? [] : lines.slice(-1);
    for (const line of [...head, ...foot]) {
      const m = publicBodyAt(line);
      if (m) add(m, i === 0 ? 2 : 1);
    }
    // A running header of a later page: the organisation before a separator.
    const top = lines[0];
    // (On page 1 too: a header printed on every page, the cover's included, is still a running header.)
    const sep = top && (i > 0 || pageLines.length > 1) ? NAME_BEFORE_SEPARATOR.exec(top) : null;
    const h = sep && !publicBodyAt(top!) ? orgAt(top!) : null;
    if (h) add(h, 1);
    // A letterhead address, on any page.
    for (const line of lines) {
      const a = NAME_BEFORE_SEPARATOR.exec(line);
      if (!a || !ADDRESS.test(line.slice(a[1]!.length)) || publicBodyAt(line)) continue;
      const v = orgAt(line);
      if (v) add(v, i === 0 ? 2 : 1);
    }
  });
  // The cover's first line, an organisation over the document line.
  const cover = pageLines[0] ?? [];
  const first = cover[0] && !publicBodyAt(cover[0]) ? orgAt(cover[0]) : null;
  if (first && cover[0] === first && cover.slice(1, 3).some((l) => DOCUMENT_LINE.test(l))) add(first, 2);
  // A signature: the role line, then the organisation.
  for (const lines of pageLines) {
    lines.forEach((l, j) => {
      const next = lines[j + 1];
      if (!SIGNATURE_ROLE.test(l) || !next) return;
      const v = orgAt(next);
      if (v && v === next) add(v, 2);
    });
  }
  const pn = projectName ? projectName.toLowerCase() : null;
  const best = [...counts]
    .filter(([n]) => !banned.has(n.toLowerCase()) && !(pn && (pn.includes(n.toLowerCase()) || n.toLowerCase().includes(pn))))
    .sort((a, b) => b[1] - a[1])[0];
  // On the cover, or repeated as a header; never a name met once on a later page.
  if (!best || best[1] < 2) return null;
  return { value: best[0], page: 1, source: `Printed head: ${best[0]}`, confidence: 0.5 };
}

// Words that make a name an organisation's: "Ludvika kommun", "Region Dalarna", "Almi … AB", "Föreningen …"; the
// endings of agencies' names (Skogsstyrelsen, Kriminalvården, Försäkringskassan, Arbetsförmedlingen).
export const ORG_WORD =
  /(?<![\p{L}])(?:kommun|stad|riksorganisation(?:en)?|riksförbund(?:et)?|region(?:en)?|regionförbundet|landsting(?:et)?|länsstyrelsen|AB|HB|KB|ek\.? ?för\.?|ek\. ?fören\.?|ekonomisk förening|hela sverige ska leva|kapellag(?:et)?|kansli(?:et)?|förening(?:en)?|förbund(?:et)?|stiftelse(?:n)?|högskola(?:n)?|(?:för)?skola(?:n)?|gymnasium|universitet(?:et)?|university|college|institut(?:et|e)?|centrum|center|centre|council|municipality|county|agency|board|foundation|association|trust|verket|myndighet(?:en)?|akademi(?:n)?|sällskap(?:et)?|coompanion|almi|science park|vinnova|formas|forte|arvsfonden|leader|byalag(?:et)?|partnerskap(?:et)?|företagarna|nätverk(?:et)?|kluster|klustret|inkubator|kooperativ|samordningsförbund(?:et)?|vänner(?:na)?|klubb(?:en)?|ltd|gmbh|oy|as|asa)(?![\p{L}])|\p{L}+(?:kommun|regionen|verket|klubb(?:en)?|tjänst(?:en)?|förbund(?:et)?|förening(?:en)?|universitet(?:et)?|högskola(?:n)?|skola(?:n)?|institut(?:et)?|sällskap(?:et)?|centret|centrum|center|kluster|klustret|stiftelse(?:n)?|bolag(?:et)?|råd(?:et)?|nämnd(?:en)?|kontor(?:et)?|myndigheten|förvaltning(?:en)?|förvaltningskansli(?:et)?|biblioteket|museet|styrelsen|vården|kassan|ämbetet|inspektionen|förmedlingen)(?![\p{L}])/iu;
// Capitals that are currencies and units, not organisations.
const NOT_ACRONYM = /^(?:EUR|SEK|NOK|DKK|USD|GBP|ISK|KSEK|MSEK|TSEK|MEUR|KR|TKR|MKR|ST|PCS|NR|OBS|CA)$/u;
const ACRONYM = /(?<![\p{L}])[\p{Lu}]{2,}(?![\p{L}])/u;

/** True when a name reads as an organisation's rather than a person's. */
export function looksLikeOrganisation(name: string): boolean {
  return ORG_WORD.test(name) || (ACRONYM.test(name) && !NOT_ACRONYM.test(name.trim()));
}

const EVALUATOR_SENTENCES: RegExp[] = [
  /(?:Utvärderingen|Följeforskningen|Rapporten|Studien|Den externa utvärderingen)\s+(?:har\s+)?(?:genomförts|genomfördes|utförts|utfördes|gjorts|skrivits|tagits fram|författats)\s+av\s+(.+?)(?:\s+på uppdrag.*)?$/iu,
  /(?:This|The) (?:evaluation|report|study) (?:was|has been) (?:carried out|conducted|written|prepared|performed) by\s+(.+?)(?:\s+on behalf.*)?$/iu,
];

/** The evaluator (author of an evaluation), from its label or sentence. */
export function findEvaluator(labels: LabelHit[], sentences: Sentence[]): Found<string> | null {
  for (const h of labels) {
    if (h.field !== 'evaluator') continue;
    const v = cleanOrganisation(h.value);
    if (v) return { value: v, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.9 };
  }
  for (const s of sentences) {
    for (const re of EVALUATOR_SENTENCES) {
      const m = re.exec(s.text);
      const v = m && cleanOrganisation(m[1]!);
      if (v) return { value: v, page: s.page, source: s.text, confidence: 0.75 };
    }
  }
  return null;
}
