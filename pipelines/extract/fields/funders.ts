/**
 * Who pays for the project. Candidates: the funders finder (labels, funding sentences, financing tables in
 * funders.ts) and the rule table's sentences and keys ("finansierades av …", "med stöd från …", "beviljats
 * stöd ur …", "3 706 566 kr från …", "Funding from Vinnova"). Funders are a set: the names of every trusted
 * candidate, each once.
 */
import { type Candidate, type Choice, chooseUnion, finderCandidate } from '../choice.js';
import type { DocView } from '../document.js';
import { findFunders, orgShaped, shortFormOf, tidy, withoutBareUnion } from '../funders.js';
import { FUNDER_RULES } from '../rules/index.js';
import { funderNames } from '../rules/funders.rules.js';
import { fold } from '../text.js';
import { ruleCandidates } from './collect.js';

/**
 * A payer's name as lists give it: "Tillväxtverket beviljat" loses the verb, "X liksom Y" is two names; a
 * string with digits or of many words is a run of text, not a name.
 */
function tidyNames(names: string[]): string[] {
  return names
    .flatMap((n) => n.split(/\s+liksom\s+|\s+as well as\s+/u))
    .flatMap(splitRunTogether)
    .map((n) =>
      n
        .replace(/\s+(?:beviljat|beviljade|har|hade|är|var|med|som|samt|och|via|genom|has|had|is|was|and|through)$/u, '')
        // "Tillväxtverket strukturfondsstöd", "Uppsala BIO*": the kind of money or a footnote mark after the name.
        .replace(/\s+\p{L}*(?:stöd|medel|bidrag)$|\*+$/u, '')
        // "EU:s strukturfondspengar": money from a fund, not a payer's name.
        .replace(/^.*(?:fonds?pengar|fondsmedel)$/u, '')
        // "Delegationen för Hållbara Städer Projekt nummer": the next key of a form.
        .replace(/\s+(?:Projekt\s*nummer|Projektnummer|Diarienummer|Dnr|Journalnummer|Ärende(?:nummer|\s+ID)?)$/iu, '')
        // "Leader Södermanlands styrelse", "Tillväxtverkets styrelse": the board that decided is its organisation's.
        .replace(/^(\p{Lu}.*?\p{L})s\s+(?:styrelse|LAG-grupp|LAG-styrelse|LAG|beslutsgrupp|board)$/u, '$1')
        .trim(),
    )
    .filter(
      (n) =>
        n &&
        !/\d/.test(n) &&
        n.split(/\s+/).length <= 7 &&
        // Words of a sentence or a form, not a payer: "Projektet finansierades i huvudsak", "Project ID".
        !/^(?:Planned|Projektmedel|Innehåll|Contents|Projektet|Project ID)(?![\p{L}])/u.test(n) &&
        !notAPayer(n),
    );
}

// A time, not a payer: "This week" (a news page's section), "förra året".
const TIME_PHRASE = /^(?:this|last|next|denna|detta|förra|nästa|i)\s+(?:week|month|year|vecka|veckan|månad|månaden|år|året)$/iu;
// A photo's credit ("Foto: Leif Andersson Tillväxtverket"): the photographer's employer pays for nothing.
const CREDIT = /^(?:foto|photo|bild|illustration|fotograf|photographer)\s*:/iu;
// A verb of a clause the list ran into ("Mölndal stad valdes ut", "Region X fick"): no payer's name.
const CLAUSE_VERB =
  /(?<![\p{L}])(?:valdes|utsågs|fick|får|gav|ger|blev|beviljades|ansökte|ansöker|startade|startar|driver|drev|leder|ledde|received|receives|gave|gives|was|were|became)(?![\p{L}])/iu;
const FUNCTION_WORD = /^(?:FÖR|OCH|AV|TILL|I|PÅ|MED|OM|OF|FOR|AND|THE|TO|IN|ON)$/u;

/**
 * A string a list of payers caught that is no organisation's name: a time, a photo credit, a clause, or a slogan
 * printed in capitals ("KUNSKAP FÖR LANDETS FRAMTID", a university's motto beside its logo) whose words, written
 * in ordinary case, are not shaped as an organisation's name.
 */
export function notAPayer(name: string): boolean {
  if (TIME_PHRASE.test(name) || CREDIT.test(name) || CLAUSE_VERB.test(name)) return true;
  const words = name.split(/\s+/u);
  if (words.length >= 3 && name === name.toUpperCase() && words.some((w) => FUNCTION_WORD.test(w))) {
    const ordinary = words
      .map((w, i) => (i > 0 && FUNCTION_WORD.test(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()))
      .join(' ');
    return !orgShaped(ordinary);
  }
  return false;
}

// Where one organisation's name ends and the next begins in a list printed without separators.
const NAME_HEAD = /\s+(?=(?:Region|Högskolan|Coompanion|Länsstyrelsen|Leader|Landstinget|Stiftelsen|Föreningen)\s+\p{Lu})/u;
const NAME_TAIL = /(?<=(?:[Uu]niversitet|[Kk]ommun|AB|[Ff]örening|[Ff]örbund|[Vv]erket))\s+(?=\p{Lu})/u;

/** "Region Värmland Karlstad Universitet Värmlandskooperativen Region Dalarna": names a list lost its commas between. */
function splitRunTogether(name: string): string[] {
  if (name.split(/\s+/).length <= 4) return [name];
  return name
    .split(NAME_HEAD)
    .flatMap((p) => p.split(NAME_TAIL))
    .flatMap((p) => {
      // "Region Värmland Karlstad …": a region takes one word, the rest begins the next name.
      const m = /^(Region\s+\p{Lu}[\p{L}-]+)\s+(\p{Lu}.*)$/u.exec(p);
      return m && !/^(?:län|Härjedalen)(?:\s|$)/u.test(m[2]!) ? [m[1]!, m[2]!] : [p];
    })
    .map((p) => p.trim())
    .filter(Boolean);
}

/** "Tillväxtverket/Europeiska regionala utvecklingsfonden": two payers written as one. */
function splitSlashed(names: string[], context: string): string[] {
  return names.flatMap((n) => (/\S\/\S/.test(n) && !/\d/.test(n) ? funderNames(n, context) : [n]));
}

// A grant's label that names its fund: "Beviljat ESF-stöd: 8 637 514 kr", "ERUF-stöd", "Beviljade regionalfondsmedel".
// The fund is written out in the document's language.
// Each fund: how a grant's label names it, its name in either language, and how a funders list names it.
const FUNDS: { label: RegExp; sv: string; en: string; named: RegExp }[] = [
  {
    label: /(?<![\p{L}])ESF\+(?![\p{L}])/u,
    sv: 'Europeiska socialfonden plus',
    en: 'European Social Fund Plus',
    named: /ESF\+|socialfonden plus|social fund plus/iu,
  },
  {
    label: /(?<![\p{L}])ESF(?![\p{L}+])|socialfond/iu,
    sv: 'Europeiska socialfonden',
    en: 'European Social Fund',
    named: /(?<![\p{L}])ESF(?![\p{L}])|socialfond|social fund/iu,
  },
  {
    label: /(?<![\p{L}])(?:ERUF|ERDF)(?![\p{L}])|regionalfond/iu,
    sv: 'Europeiska regionala utvecklingsfonden',
    en: 'European Regional Development Fund',
    named: /ERUF|ERDF|regionalfond|regionala utvecklingsfond|regional development fund/iu,
  },
  // "EU-stöd: 1 785 000 SEK", "EU contribution: 3 772 603", "EU budget €2.5M": the union, where no fund of it is listed.
  {
    label: /^(?:beviljat\s+)?EU(?:-stöd|-bidrag|-medel|\s+(?:contribution|budget|funding|grant|support))/iu,
    sv: 'EU',
    en: 'EU',
    named: /(?<![\p{L}])EU(?![\p{L}])|fond|fund|Europeiska unionen|European Union/iu,
  },
];

function fundOfGrantLabel(view: DocView, language: string): Candidate<string[]>[] {
  return view.labels
    .filter((h) => h.field === 'granted' && h.value && /\d/.test(h.value))
    .flatMap((h) => {
      const fund = FUNDS.find((f) => f.label.test(h.label));
      if (!fund) return [];
      return [
        {
          field: 'funders',
          value: [language === 'en' ? fund.en : fund.sv],
          rule: 'funders.fund-of-grant-label',
          source: 'label',
          page: h.page,
          line: h.lineIndex,
          role: 'label',
          evidence: `${h.label}: ${h.value}`,
          confidence: 0.85,
        } satisfies Candidate<string[]>,
      ];
    })
    .slice(0, 1);
}

/**
 * The names of a rule's list shaped as an organisation's or a fund's; in a list of two or more such names, a proper
 * name among them is a payer's name too ("från Naturvårdsverket, Nutek och Västra Götalandsregionen", "av Miljöfordon
 * Sverige, Coompanion Kalmar län, Hela Sverige Kalmar län, Länsstyrelsen Kalmar län och Region Kalmar län").
 */
function payers(names: string[]): string[] {
  const shaped = names.filter(orgShaped);
  if (shaped.length < 2) return shaped;
  return names.filter((n) => orgShaped(n) || /^\p{Lu}[\p{L}-]{2,}(?:\s+(?:\p{Lu}[\p{L}-]+|län)){0,3}$/u.test(n));
}

/** A one-word name that ends a longer name in the list, in any case: "Arvsfonden" of "Allmänna arvsfonden". */
function lastWordOf(short: string, name: string): boolean {
  return !/\s/u.test(short) && /\s/u.test(name) && fold(name).endsWith(` ${fold(short)}`);
}

/**
 * The finder's list where it has one (it weighs labels, sentences and tables together); otherwise the union of
 * the rule table's lists, of names shaped as an organisation's or a fund's.
 */
export function chooseFunders(view: DocView, owner: string | null, language = 'sv'): Choice<string[]> {
  const finder = finderCandidate('funders', 'funders.labels-sentences-tables', findFunders(view, owner));
  const rules = ruleCandidates(view, FUNDER_RULES, { maxSentences: 600 })
    .map((c) => ({ ...c, value: payers(c.value) }))
    .filter((c) => c.value.length);
  const tidied = (cs: Candidate<string[]>[]) =>
    cs.map((c) => ({ ...c, value: tidyNames(splitSlashed(c.value, c.evidence)) })).filter((c) => c.value.length);
  // A finder's list of which no name survives tidying ("Vinnova | SEK 12 807 692") leaves the word to the rules.
  const fromFinder = tidied(finder);
  // A finder's list of one name and the rule table's sentences together: a page often names one payer in its fact
  // box or first sentence and the others in another ("Resten finansieras av …"). A longer list from the finder is
  // taken as the whole: sentences elsewhere name programmes, partners and other projects' money.
  const finderNames = new Set(fromFinder.flatMap((c) => c.value.map(fold)));
  // The rest of the money named in the sentence after ("Resterande 40% kommer från EU:s Regionalfond") completes a list.
  // A list the text itself calls the others ("Övriga medfinansiärer är …", "Other co-financiers: …") leaves the payers
  // named before it to the sentences.
  const others = fromFinder.some((c) => OTHERS.test(c.evidence.trim()));
  const rest = rules.filter(
    (c) =>
      (c.rule === 'funders.money-comes-from' && REST.test(c.evidence.trim())) || (others && !/^(?:Övriga|Other)/iu.test(c.evidence.trim())),
  );
  const listed = finderNames.size > 1 ? [...fromFinder, ...tidied(rest)] : [...fromFinder, ...tidied(rules)];
  // The fund a grant's label names joins the list unless the list names that fund already (in either language).
  const named = (name: string) => FUNDS.find((f) => f.sv === name || f.en === name)?.named;
  const funds = fundOfGrantLabel(view, language).filter((c) => !listed.some((l) => l.value.some((v) => named(c.value[0]!)?.test(v))));
  const candidates: Candidate<string[]>[] = [...listed, ...tidied(funds)];
  const choice = chooseUnion('funders', candidates, {
    name: 'finder-and-rules',
    key: fold,
    // "ISOF" beside "Institutet för språk och folkminnen": a short form of a name in the list is that name; so is its
    // last word ("Arvsfonden" beside "Allmänna arvsfonden").
    merge: (names) => withoutBareUnion(tidy(names)).filter((n, _, all) => !all.some((o) => shortFormOf(n, o) || lastWordOf(n, o))),
  });
  if (finderNames.size > 1)
    for (const c of rules) if (!rest.includes(c)) choice.passedOver.push({ candidate: c, why: 'the finder has a list' });
  return choice;
}
const REST = /^(?:resterande|övriga|resten|the remaining|the rest)(?![\p{L}])/iu;
const OTHERS = /^(?:övriga|andra|other)\s+(?:med|del|co-?)?(?:finansiärer|finansiärerna|funders|financiers|co-?financiers)(?![\p{L}])/iu;
