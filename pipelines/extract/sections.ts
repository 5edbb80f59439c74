/**
 * Heading detection and section typing. A heading is a short line that is numbered ("3.", "3.1",
 * "III."), in capitals, or one of the known heading words in Swedish or English. Table-of-contents
 * lines ("Lärdomar ........ 12") are recognised and skipped: the body instance is the one that matters.
 */
import type { Line } from './layout.js';
import { labelAt } from './labels.js';
import { WEB_NAVIGATION } from './title.js';
import { wordCount } from './text.js';

/** What a section is about. */
export type SectionKind =
  | 'summary'
  | 'background'
  | 'purpose'
  | 'implementation'
  | 'results'
  | 'lessons'
  | 'conclusions'
  | 'dissemination'
  | 'budget'
  | 'other';

/** A heading and the content lines under it (indices into the document's line list). */
export interface Section {
  kind: SectionKind;
  title: string;
  /** Heading number as written ("3.1"), or null. */
  number: string | null;
  headingIndex: number;
  start: number;
  end: number;
  page: number;
}

// Heading words per kind, folded to lower case. A heading matches when it is one of these, or one of
// these followed by a connective ("Resultat och effekter", "Spridning av resultat").
const LEXICON: [SectionKind, string[]][] = [
  [
    'lessons',
    [
      'lärdomar',
      'erfarenheter',
      'erfarenheter och lärdomar',
      'lärdomar och utmaningar',
      'slutsatser och lärdomar',
      'reflektioner',
      'lärande',
      'vad har vi lärt oss',
      'vad hade kunnat göras bättre',
      'vad hade eventuellt kunnat göras bättre',
      'framgångsfaktorer',
      'hinder',
      'utmaningar',
      'lessons learned',
      'lessons learnt',
      'lessons',
      'learnings',
      'what worked',
      'what did we learn',
      'erfarenhetsåterföring',
      'implementering och lärande',
      'rekommendationer och lärdomar',
      'lärdomar och rekommendationer',
      'detta tar vi med oss',
      'det här tar vi med oss',
      'vad tar vi med oss',
      'what we take with us',
      'what we take away',
      'experiences',
      'experiences and lessons',
      'lessons and experiences',
      'förbättringsområden',
      'areas for improvement',
    ],
  ],
  [
    'conclusions',
    [
      'slutsatser',
      'slutsatser och rekommendationer',
      'diskussion',
      'rekommendationer',
      'förslag',
      'conclusions',
      'recommendations',
      'conclusions and recommendations',
      'slutord',
      'avslutande reflektioner',
      'sammanfattande slutsatser',
      'analys och slutsatser',
      'discussion',
      'key findings and recommendations',
      'utvecklingsområden',
    ],
  ],
  [
    'summary',
    [
      'sammanfattning',
      'kort sammanfattning',
      'projektet i korthet',
      'sammandrag',
      'summary',
      'executive summary',
      'abstract',
      'sammanfattning av projektet',
    ],
  ],
  ['background', ['bakgrund', 'problembeskrivning', 'utgångsläge', 'projektidé', 'background', 'inledning', 'introduction']],
  [
    'purpose',
    [
      'syfte',
      'syfte och mål',
      'mål',
      'målsättning',
      'förväntade resultat',
      'purpose',
      'objectives',
      'purpose and objectives',
      'aim',
      'aims',
      'projektets syfte',
      'mål och syfte',
      'syfte och målgrupp',
    ],
  ],
  [
    'implementation',
    [
      'genomförande',
      'aktiviteter',
      'genomförda aktiviteter',
      'arbetssätt',
      'projektorganisation',
      'activities',
      'implementation',
      'project organisation',
      'project organization',
      'organisation',
      'metod',
      'method',
      'projektets genomförande',
    ],
  ],
  [
    'results',
    [
      'resultat',
      'resultat och effekter',
      'måluppfyllelse',
      'effekter',
      'förväntade effekter på sikt',
      'results',
      'impact',
      'results and effects',
      'outcomes',
      'uppnådda resultat',
    ],
  ],
  [
    'dissemination',
    [
      'spridning',
      'resultatspridning',
      'kommunikation',
      'dissemination',
      'spridning av resultat',
      'kommunikation och spridning',
      'communication',
    ],
  ],
  [
    'budget',
    [
      'budget',
      'ekonomi',
      'kostnader',
      'finansiering',
      'medfinansiering',
      'finances',
      'ekonomisk redovisning',
      'ekonomisk uppföljning',
      'budget och finansiering',
      'financing',
    ],
  ],
  // Sections that close a report and end the one before them: what happens next, thanks, contacts, annexes.
  [
    'other',
    [
      'implementering',
      'fortsatt arbete',
      'det fortsatta arbetet',
      'nästa steg',
      'framtiden',
      'efter projektet',
      'efter projekttiden',
      'planerade aktiviteter',
      'kommande aktiviteter',
      'tack',
      'tackord',
      'kontakt',
      'kontaktuppgifter',
      'kontaktperson',
      'bilagor',
      'bilaga',
      'intygande',
      'underskrift',
      'referenser',
      'källor',
      'next steps',
      'future work',
      'the way forward',
      'acknowledgements',
      'acknowledgments',
      'contact',
      'contacts',
      'annexes',
      'annex',
      'appendix',
      'references',
      'plans for the next reporting period',
      'planned activities',
      'sustainability after the project',
      'innehåll',
      'innehållsförteckning',
      'contents',
      'table of contents',
    ],
  ],
];

const PHRASE_KIND = new Map<string, SectionKind>();
for (const [kind, words] of LEXICON) for (const w of words) PHRASE_KIND.set(w, kind);
const CONNECTIVE = /^(?:och|samt|av|för|i|inom|från|under|and|of|for|in|from|&)$/;

// "3.", "3.1", "3.1.2", "III.", "A." heading numbers.
const NUMBERING = /^(?:(\d{1,2}(?:\.\d{1,2})*)\.?|([IVX]{1,5})\.|([A-H])\.)\s+(?=\S)/;
// "Lärdomar ........ 12", "Lärdomar … 12", "3.2 Lärdomar 12": table-of-contents lines.
const TOC_LEADER = /(?:\.{3,}|…+|(?:\. ){3,}|_{3,})\s*\d{1,3}$/;

/** Strips heading numbering; returns the number and the rest. */
export function stripNumbering(s: string): { number: string | null; text: string } {
  const m = NUMBERING.exec(s);
  if (!m) return { number: null, text: s.trim() };
  return { number: m[1] ?? m[2] ?? m[3] ?? null, text: s.slice(m[0].length).trim() };
}

/** A heading without the words that only say how far along it is: "Lessons so far", "Preliminära slutsatser". */
function qualified(t: string): string {
  return (
    t
      .replace(/\s+(?:so far|to date|hittills|i korthet|in brief|in short)$/u, '')
      .replace(/^(?:preliminära|preliminary|initial|inledande|early|tentative)\s+(?=\S)/u, '')
      .trim() || t
  );
}

/** Classifies a heading text (numbering already stripped) by the known heading words, or null. */
export function headingKind(text: string): SectionKind | null {
  const t = qualified(
    text
      .toLowerCase()
      .replace(/[:?!.]+$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (PHRASE_KIND.has(t)) return PHRASE_KIND.get(t)!;
  const words = t.split(' ');
  if (words.length > 7) return null;
  // Longest known phrase at the start, then a connective: "Resultat och effekter", "Lärdomar från projektet".
  for (let n = Math.min(words.length - 1, 5); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const kind = PHRASE_KIND.get(head);
    if (kind && CONNECTIVE.test(words[n]!)) {
      // "Budget och lärdomar" is about lessons too; a lessons word anywhere wins, and "Summary of
      // recommendations" is about recommendations.
      return /lärdom|lessons|learn|erfarenhet/.test(t)
        ? 'lessons'
        : /rekommendation|recommendation|slutsats|conclusion/.test(t)
          ? 'conclusions'
          : kind;
    }
  }
  return null;
}

// Heading words found anywhere in a short heading: "Viktiga lärdomar", "Key learnings", "Projektets
// ekonomi". Lessons first, so "Goda exempel och lärdomar" is about lessons.
const STEMS: [SectionKind, RegExp][] = [
  [
    'lessons',
    /lärdom|lärt oss|lärde oss|lessons?(?![\p{L}])|learn(?:ing|t|ed)|erfarenhet|reflektion|framgångsfaktor|medskick|vad gick (?:bra|mindre bra|sämre)|vad fungerade|what (?:went|worked|did not work|didn't work)|takeaways|take-aways/u,
  ],
  ['conclusions', /slutsats|rekommendation|conclusion|recommendation/u],
  ['summary', /sammanfatt|summering|summary/u],
  ['budget', /ekonomi|budget|kostnad|finansiering|finances|financial/u],
  ['results', /resultat|effekter|måluppfyllelse|results|outcomes/u],
  ['dissemination', /spridning|dissemination/u],
  ['background', /bakgrund|background/u],
];
const FUNCTION_END =
  /(?<![\p{L}])(?:och|eller|med|i|av|för|på|till|om|att|som|en|ett|den|det|är|var|har|the|and|or|of|to|in|for|with|a|an|is|was)$/iu;

/** Classifies a short heading by the heading words it contains; `next` guards against wrapped prose. */
function headingByStem(text: string, next?: string): SectionKind | null {
  const t = qualified(
    text
      .toLowerCase()
      .replace(/[:?!]+$/, '')
      .trim(),
  );
  if (wordCount(t) > 6 || /[.,;]$/.test(text) || /\d/.test(t) || FUNCTION_END.test(t) || labelAt(text)) return null;
  if (next && /^\p{Ll}/u.test(next.trim())) return null;
  // The heading word leads or closes the heading: "Viktiga lärdomar", "Lärdomar inför framtiden", not
  // "Sökande Ekonomiska föreningen Leader Sjuhärad".
  const words = t.split(/\s+/);
  const ends = words.length === 1 ? words[0]! : `${words[0]} ${words[words.length - 1]}`;
  // Question-like headings are read whole: "What did not work", "Vad fungerade mindre bra".
  // "Hittills har vi lärt oss", "What we have learned so far": a lessons verb anywhere in a short heading.
  if (/lärt oss|lärde oss|(?:we|vi) (?:have )?(?:learned|learnt)/u.test(t)) return 'lessons';
  const probe = /^(?:what|vad|hur|how|det här|detta|this is|here is)\s/u.test(t) ? t : ends;
  for (const [kind, re] of STEMS) if (re.test(probe)) return kind;
  return null;
}

// Form prompts stay in print-outs of online forms: "Vad hade eventuellt kunnat göras bättre?".
const YES_NO_START =
  /^(?:har|hade|är|var|finns|fanns|kommer|blev|fick|kan|ska|skulle|do|does|did|has|have|had|is|are|was|were|will|can)\s/i;
const PROMPT_START = /^(?:vad|hur|vilka|vilken|beskriv|redogör|ge en|what|how|which|describe|please describe)\b/i;
function promptKind(text: string): SectionKind | null {
  if (!PROMPT_START.test(text) || wordCount(text) > 25 || !/[?.:]$/.test(text)) return null;
  const t = text.toLowerCase();
  if (
    /lärt|lärdom|bättre|erfarenhet|lessons|learn|annorlunda|differently|gick (?:bra|mindre bra|sämre|dåligt)|went (?:well|wrong)|worked/.test(
      t,
    )
  )
    return 'lessons';
  if (/sammanfatt|summar/.test(t)) return 'summary';
  if (/sprid|dissemin/.test(t)) return 'dissemination';
  if (/resultat|uppnå|results|achiev/.test(t)) return 'results';
  return null;
}

/** Heading seen on a line, or null for ordinary content. */
export interface Heading {
  kind: SectionKind;
  number: string | null;
  title: string;
  toc: boolean;
}

/** Decides whether one line is a heading (and of which kind). `next` is the following line, if any. */
export function detectHeading(line: string, next?: string): Heading | null {
  const raw = line.trim();
  if (!raw || raw.length > 110) return null;
  const toc = TOC_LEADER.test(raw);
  const body = toc
    ? raw
        .replace(TOC_LEADER, '')
        .replace(/[\s.…_]+$/, '')
        .trim()
    : raw;
  const { number, text } = stripNumbering(body);
  if (!text || !/^[\p{Lu}\p{Lt}]/u.test(text)) return null;
  // Labels are not headings: "Budget: 4,85 mkr", "Syfte: att stärka …".
  if (/:\s*\S/.test(text)) return null;
  // A line that introduces the lessons below it: "Under eftermiddagen samlade vi deltagarnas viktigaste
  // lärdomar från projektet:", "The main lessons were the following:".
  if (/:$/.test(text) && wordCount(text) <= 20 && /lärdom|erfarenhet|lessons|learn(?:ing|t|ed)|medskick|takeaways/iu.test(text))
    return { kind: 'lessons', number, title: text, toc };
  // A sentence is no heading ("Kontaktperson för projektet har varit Lisa Thorén."), unless it is a form
  // prompt ("Beskriv de viktigaste lärdomarna från projektet.").
  if (/[.!]$/.test(text) && wordCount(text) > 4) {
    const asked = promptKind(text);
    return asked ? { kind: asked, number: stripNumbering(body).number, title: text, toc } : null;
  }
  // A line that ends in a function word is wrapped prose: "Erfarenheter från tidigare projekt visar att".
  if (FUNCTION_END.test(text.replace(/[:?!]+$/, ''))) return null;
  // "Lessons learned – what worked and what did not", "What worked – and what did not": the part
  // before a dash carries the heading word.
  const lead = text.split(/\s[–—-]\s|\s*\(/)[0]!;
  const known =
    headingKind(text) ??
    (lead !== text ? headingKind(lead) : null) ??
    headingByStem(text, next) ??
    (lead !== text ? headingByStem(lead, next) : null);
  if (known) return { kind: known, number, title: text, toc };
  const prompt = promptKind(text);
  if (prompt) return { kind: prompt, number, title: text, toc };
  // Any other form question on its own line ("Har projektet lett till bestående förändringar?") ends
  // the answer before it.
  if (/\?$/.test(text) && wordCount(text) <= 20 && (PROMPT_START.test(text) || YES_NO_START.test(text)))
    return { kind: 'other', number, title: text, toc };
  if (/[.,;]$/.test(text) || wordCount(text) > 10) return null;
  // Numbered lines that read like titles: "4. Projektets organisation" (not "1. Det är viktigt att …").
  // A number broken over the line end ("… blev ca 12" / "000 kr, vilket …") is wrapped prose too.
  if (
    number &&
    wordCount(text) <= 8 &&
    !/^\d/.test(text) &&
    (!next || !(/^\p{Ll}/u.test(next) || (/\d$/.test(text) && /^\d/.test(next.trim()))))
  )
    return { kind: 'other', number, title: text, toc };
  // Headings in capitals: "GENOMFÖRANDE".
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && wordCount(text) <= 8) return { kind: 'other', number, title: text, toc };
  return null;
}

/** True when heading `child` ("3.2") sits under heading `parent` ("3"). */
function isSubHeading(parent: string | null, child: string | null): boolean {
  return !!parent && !!child && child.startsWith(`${parent}.`);
}

// An entry of a table of contents inside a line: "Deltagarna förväntningar...1 Avsikt med".
const TOC_ENTRY = /(?:\.{3,}|…+)\s*\d{1,3}(?:\s|$)/u;

/**
 * True when a heading-like line goes on a table of contents run together in lines above it, on the same page,
 * that did not end a sentence ("… Nyttja/Kontakt... 7" / "Samverkan … Strategisk kompetensutveckling/lärdomar" /
 * "Reflektion och bedömning"): the contents' last entries, not the start of a section.
 */
function intoContents(lines: Line[], i: number): boolean {
  const [prev, before] = [lines[i - 1], lines[i - 2]];
  // An entry that ends with its page number is whole: what follows it is the body ("2. Lärdomar ........ 3" / "1. Sammanfattning").
  if (!prev || prev.page !== lines[i]!.page || /[.!?:]$|\d$/u.test(prev.text)) return false;
  if (TOC_ENTRY.test(prev.text) || (!!before && before.page === prev.page && TOC_ENTRY.test(before.text))) return true;
  // A contents list without leaders run on from its head: "2 Innehåll 1. Sammanfattning Projektets bakgrund …" /
  // "Projektansats Målsättningar …" / "Utvärderingen Slutsatser, resultat och rekommendationer".
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const l = lines[k]!;
    if (l.page !== lines[i]!.page || (k < i - 1 && /[.!?:]$/u.test(l.text))) return false;
    if (TOC_HEAD.test(l.text)) return true;
  }
  return false;
}
const TOC_HEAD =
  /(?<![\p{L}])(?:Innehåll|INNEHÅLL|Innehållsförteckning|INNEHÅLLSFÖRTECKNING|Contents|CONTENTS|Table of contents)\s+(?:\d{1,2}\.?\s+)?\p{Lu}/u;

// A short line that ends no sentence: a heading, or an entry of a list of headings.
const SHORT_LINE = (l: Line | undefined, page: number) =>
  !!l && l.page === page && wordCount(l.text) <= 6 && !/[.!?:;,]$/u.test(l.text.trim());

/**
 * True when a heading stands in a run of four or more short lines, with one before it and one after it: a news
 * item's subheadings listed at its top ("Inte vanligt" / "Jobbar bättre i lä" / "Nyttiga erfarenheter" / "Alla kan
 * bli vinnare"), not the start of a section.
 */
function inHeadingList(lines: Line[], i: number): boolean {
  const page = lines[i]!.page;
  let a = i;
  let b = i;
  while (a > 0 && SHORT_LINE(lines[a - 1], page)) a--;
  while (b + 1 < lines.length && SHORT_LINE(lines[b + 1], page)) b++;
  return a < i && b > i && b - a + 1 >= 4;
}

/** Finds the sections of a document; TOC lines are marked so they never open a section. */
export function findSections(lines: Line[]): { sections: Section[]; headingAt: Map<number, Heading> } {
  const headingAt = new Map<number, Heading>();
  lines.forEach((l, i) => {
    const h = detectHeading(l.text, lines[i + 1]?.text);
    // The document's first line, of five words or more, is its title: "Learning from innovation management pilot
    // initiatives" names a project, not a lessons section. So is a subtitle in the first lines, before any running
    // text: "LEDA för smartare välfärd" / "Lärdomar av ett annorlunda förändringsledningsprogram".
    const titleBlock =
      i === 0 ||
      (i <= 2 &&
        lines
          .slice(0, i)
          .every(
            (p) =>
              /^\p{Lu}/u.test(p.text.trim()) &&
              !WEB_NAVIGATION.test(p.text.trim()) &&
              !/[.!?]$/u.test(p.text.trim()) &&
              wordCount(p.text) <= 10,
          ));
    if (h && titleBlock && h.kind !== 'other' && wordCount(l.text) >= 5) {
      headingAt.set(i, { ...h, kind: 'other' });
      return;
    }
    if (h) headingAt.set(i, intoContents(lines, i) || (h.kind !== 'other' && inHeadingList(lines, i)) ? { ...h, toc: true } : h);
  });
  // A line that names a section kind but then only has another heading right after it, twice or more
  // in a row, is a TOC without leaders; keep only the body headings.
  const idx = [...headingAt.keys()].sort((a, b) => a - b);
  const sections: Section[] = [];
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const h = headingAt.get(i)!;
    if (h.toc) continue;
    let end = lines.length;
    for (let j = k + 1; j < idx.length; j++) {
      const hj = headingAt.get(idx[j]!)!;
      // A table of contents after a section (a summary page before the contents) ends it.
      if (hj.toc) {
        if (idx[j]! > i + 1) {
          end = idx[j]!;
          break;
        }
        continue;
      }
      // "8.1 Framgångsfaktorer" under "8. Lärdomar" stays inside the lessons section.
      if (hj.kind === 'other' && isSubHeading(h.number, hj.number)) continue;
      end = idx[j]!;
      break;
    }
    sections.push({ kind: h.kind, title: h.title, number: h.number, headingIndex: i, start: i + 1, end, page: lines[i]!.page });
  }
  // Sections with no content before the next heading are TOC entries or empty form fields.
  return { sections: sections.filter((s) => s.end > s.start || s.end === lines.length), headingAt };
}

/** The body sections of one kind, longest first when the same kind appears more than once. */
export function sectionsOf(sections: Section[], kind: SectionKind): Section[] {
  return sections.filter((s) => s.kind === kind && s.end > s.start);
}
