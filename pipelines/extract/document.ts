/**
 * The document model every field reads: content lines, each with its role (title, heading, label, fact box,
 * list item, table row, caption, web chrome, table of contents, paragraph), the page furniture that was set
 * aside (running headers and footers, page numbers, form codes) with its role, sections, labels, and the
 * running text split into sentences (each with its page).
 */
import { BULLET, CELL_GAP, dropTitleHeaders, furnitureLines, joinLines, pageLines, type Line } from './layout.js';
import { fieldOfKey, findLabels, type LabelHit } from './labels.js';
import type { Sentence } from './organisations.js';
import { findSections, type Heading, type Section } from './sections.js';
import { quickSentences } from './text.js';
import { coverTitleLines, SECTION_HEADING, WEB_NAVIGATION } from './title.js';

/** What a line is in its document. */
export type LineRole = 'title' | 'heading' | 'toc' | 'label' | 'factbox' | 'list-item' | 'table-row' | 'caption' | 'chrome' | 'paragraph';

/** What a line set aside as page furniture was. */
export type FurnitureRole = 'running-header' | 'page-number' | 'form-code' | 'related-content';

/** Everything the field extractors need, computed once per report. */
export interface DocView {
  /** The role of each content line (same index as `lines`). */
  roles: LineRole[];
  /** Heading level of heading lines ("3.1" is level 2; unnumbered headings level 1). */
  levels: Map<number, number>;
  /** Lines set aside as page furniture (and a web page's list of other items), with what they were. */
  furniture: (Line & { role: FurnitureRole })[];
  lines: Line[];
  /** Lines of page 1 after furniture removal. */
  cover: Line[];
  sections: Section[];
  headingAt: Map<number, Heading>;
  labels: LabelHit[];
  sentences: Sentence[];
  /**
   * A viewer's transcript of a report (a web page that gives each page as one paragraph led by its number): the
   * lines that open its pages, each with its text without the page number. Empty for other documents.
   */
  transcriptPages: Map<number, string>;
}

/** Builds the view of a report from its page texts. */
export function buildView(pages: string[]): DocView {
  let paged = pageLines(pages);
  paged = dropTitleHeaders(paged, paged[0]?.[0]?.text ?? null);
  const all = joinLines(paged);
  // A web page's list of other items ("Relaterade nyheter", "Läs också") ends its own content: what follows is
  // about other projects. Only on short documents (a report's section of that name is its own).
  const related = all.length && all[all.length - 1]!.page <= RELATED_PAGES_MAX ? all.findIndex((l) => RELATED.test(l.text.trim())) : -1;
  const lines = related > 0 ? all.slice(0, related) : all;
  const relatedLines = related > 0 ? all.slice(related).map((l) => ({ ...l, role: 'related-content' as const })) : [];
  const { sections, headingAt } = findSections(lines);
  // A heading such as "Project organisation" is not the label "Project" with a value.
  // "Kontaktperson" or "1.1 Applicant organisation" alone on a line over its value on a form's first pages is
  // a field, not a heading.
  const found = findLabels(lines);
  // "Organisation:" over its value between other keys with colons ("Project manager:" / "Hans Pahlin" /
  // "Organisation:" / "Lungsjöns Fritidsförening" / "Projektnummer:"): a fact box's key, whatever a heading says.
  const colonKeys = new Set(found.filter((h) => h.colon && lines[h.lineIndex]!.text.trim().endsWith(':')).map((h) => h.lineIndex));
  const inColonBox = (i: number) => colonKeys.has(i) && (colonKeys.has(i - 2) || colonKeys.has(i + 2));
  const labels = found.filter(
    (h) =>
      !headingAt.has(h.lineIndex) ||
      (inColonBox(h.lineIndex) && !!h.value && !headingAt.has(h.lineIndex + 1)) ||
      (h.page <= 2 &&
        // "Total finansiering" over "1 100 249 kr" is a money key even where it reads as a budget heading;
        // "Finansiering" over "LONA, Knivsta kommun, Upplandsstiftelsen och …" a funders key over a list of names.
        (headingAt.get(h.lineIndex)!.kind === 'other' ||
          (h.field === 'total' && /^\d[\d\s.,]*\s*(?:kr|kronor|SEK)$/iu.test(h.value.trim())) ||
          (h.field === 'funders' && /^\p{Lu}[^.!?:\d]{1,60},\s*\p{Lu}[^.!?:\d]{1,160}$/u.test(h.value.trim()))) &&
        !!h.value &&
        !headingAt.has(h.lineIndex + 1) &&
        lines[h.lineIndex]!.text.trim()
          .replace(/^\d{1,2}(?:\.\d{1,2})+\s+/u, '')
          .replace(/\s*\([^()]*\)/u, '')
          .replace(/:$/, '')
          .toLowerCase() === h.label.toLowerCase()),
  );
  const labelLines = new Set(labels.map((l) => l.lineIndex));
  const chrome = chromeLines(lines);
  // The cover is page 1 without the rest of a download line's title wrapped onto the lines under it.
  const cover = lines.filter((l, i) => l.page === 1 && !(chrome.has(i) && !isChrome(l.text)));
  // Title lines read as titles: no sentence inside them, and not run on by the line below.
  const title: Line[] = [];
  for (const l of coverTitleLines(cover)) {
    const i = lines.indexOf(l);
    const [prev, next] = [lines[i - 1], lines[i + 1]?.text ?? ''];
    // A page's skip links above its title run on into nothing ("Gå till sidans meny Gå till sidans innehåll").
    const runsOn =
      !!prev && !title.includes(prev) && !SKIP_LINKS.test(prev.text.trim()) && prev.text.length >= 40 && /[\p{L}\d,]$/u.test(prev.text);
    // A long line of ten words or more, with a verb, that runs on into another such line, or into a line
    // ending its sentence, is the text's first sentence, wrapped ("Oxford Research har genomfört en löpande utvärdering av ERUF-projektet Grow" /
    // "International Southern Sweden under åren 2015-2018. …").
    const long = (t: string) => t.length >= 65 && t.split(/\s+/).length >= 10;
    const wrappedSentence =
      long(l.text) && FINITE_VERB.test(l.text) && /[\p{L}\d,]$/u.test(l.text) && (long(next) || /\p{L}[.!?](?:\s|$)/u.test(next));
    // A shorter line with a verb that breaks at a preposition and goes on in lower case is a sentence's start
    // ("Överhogdals byalag har beviljats projektstöd för" / "överhogdalsbonaderna med budskap …").
    const openSentence = FINITE_VERB.test(l.text) && BREAKS_AT_FUNCTION_WORD.test(l.text) && /^\p{Ll}/u.test(next);
    if (
      !runsOn &&
      !wrappedSentence &&
      !openSentence &&
      !/\p{L}[.!?]\s+\p{Lu}/u.test(l.text) &&
      !(/^\p{Ll}/u.test(next) && l.text.length >= 60)
    )
      title.push(l);
  }
  // A title line stands alone: it never runs on into the sentence under it.
  const transcriptPages = transcriptPageStarts(lines);
  const sentences = runningSentences(lines, headingAt, labelLines, new Set(title.map((l) => lines.indexOf(l))), transcriptPages);
  const roles = lineRoles(lines, headingAt, labels, title).map((r, i) => (chrome.has(i) ? 'chrome' : r));
  const levels = new Map([...headingAt].map(([i, h]) => [i, h.number ? h.number.split('.').filter(Boolean).length : 1]));
  return {
    lines,
    roles,
    levels,
    furniture: [...furnitureLines(pages), ...relatedLines],
    cover,
    sections,
    headingAt,
    labels,
    sentences,
    transcriptPages,
  };
}

const SKIP_LINKS = /^(?:gå (?:direkt )?till (?:sidans\s+)?(?:meny(?:n)?|(?:huvud)?innehåll(?:et)?|sök(?:fältet)?)\s*)+$/iu;
// Verbs that make a line a sentence rather than a cover's title, names and date run together.
const BREAKS_AT_FUNCTION_WORD = /\s(?:för|i|på|av|med|till|om|inom|och|att|som|en|ett|the|of|in|for|with|to|on|and|a|an)$/iu;
const FINITE_VERB = /(?<![\p{L}])(?:är|var|har|hade|blir|blev|ska|skall|kan|kommer|is|was|are|were|has|have|had|will)(?![\p{L}])/u;

const RELATED =
  /^(?:Relaterade (?:nyheter|artiklar|sidor|projekt|länkar)|Relaterat|Läs (?:också|även|mer om)|Fler nyheter|Andra nyheter|Senaste nyheter(?:na)?|Fler artiklar|Se även|Related (?:news|articles|posts|projects|content)|More news|Other news|You may also like|Read also)\s*:?$/iu;
const RELATED_PAGES_MAX = 3;

// "Figur 3.", "Bild:", "Tabell 2 –", "Foto: …": captions of figures, tables and pictures.
const CAPTION = /^(?:figur|bild|tabell|diagram|karta|foto|fotograf|figure|table|photo|image|map)\s*\d*(?:[.:–—-]|\s+\d)/iu;
// Lines a web page carries around its content: image files, logo and flag alt texts, dates of publishing,
// sharing and navigation links, cookie notices.
const CHROME =
  /^(?:\S+\.(?:png|jpe?g|gif|svg|webp)|.{0,60}\b(?:logotyp|logotype|logo|loggor?|flagga|flag)\b.{0,80}|(?:senast (?:uppdaterad|ändrad)|publicerad(?:es)?(?: den)?|uppdaterad|last updated|published|posted)\b.{0,40}|läs mer.{0,40}|read more.{0,40}|dela(?: sidan)?|share(?: this)?|skriv ut|print|tillbaka|back|till toppen|cookies?.{0,120}|(?:hem|home)(?:\s*[›>/|]\s*\S.{0,80})?)$/iu;
// A blog's name as a page's top line: "Finsam blogg".
const BLOG_NAME = /^\S.{0,40}\s(?:blogg|blog)$/iu;

// A web page's cookie or browser notice opens with its heading ("Kakor", "Om cookies") or its first sentence ("Vi
// använder oss av kakor (cookies) för att …", "På Boverket.se används cookies …", "Från den 12 maj 2021 fungerar inte
// vår webbplats med din nuvarande webbläsare …"); it runs on to the end of its paragraph.
const COOKIE_HEADING = /^(?:om\s+)?(?:kakor|cookies?|kakor\s*\(cookies\)|cookie-?inställningar|cookie settings)$/iu;
const COOKIE_NOTICE =
  /^(?:.{0,60}?(?<![\p{L}])(?:använder|används|uses|use)\s+(?:oss\s+av\s+)?(?:kakor|cookies)(?![\p{L}])|(?:kakor|cookies)\s+används|.{0,40}?fungerar\s+inte\s+(?:vår|denna|den här)\s+webbplats|.{0,40}?(?:your|this)\s+browser\s+is\s+(?:not supported|out of date|outdated))/iu;
/** True when a line opens a cookie or browser notice (a cheap test first: most lines have none of its words). */
const opensNotice = (t: string): boolean => /kakor|cookie|webbplats|browser/iu.test(t) && COOKIE_NOTICE.test(t);
// The notice's paragraph ends at a line that ends a sentence well short of the text's width; never later than this.
const COOKIE_NOTICE_MAX_LINES = 12;

/** The lines that are web-page chrome, a download line's title wrapped onto the next lines included. */
function chromeLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  const width = lines.reduce((w, l) => Math.max(w, l.text.length), 0);
  let quoteOpen = false;
  let cookieLines = 0;
  // A notice's sentence that fills its line still ends the notice where a heading follows it ("Hemsidan använder
  // cookies. Läs om … här." over "Frivillighetskuren").
  const headingNext = (i: number): boolean => {
    const next = lines[i + 1]?.text.trim() ?? '';
    return /^\p{Lu}/u.test(next) && next.length < 0.6 * width && next.split(/\s+/).length <= 8 && !/[.!?:,;]$/u.test(next);
  };
  const endsNotice = (l: Line, i: number): boolean => /[.!]$/u.test(l.text.trimEnd()) && (l.text.length < 0.8 * width || headingNext(i));
  lines.forEach((l, i) => {
    if (cookieLines > 0) {
      out.add(i);
      cookieLines = endsNotice(l, i) ? 0 : cookieLines - 1;
    } else if (quoteOpen) {
      out.add(i);
      quoteOpen = !l.text.includes('"');
    } else if (opensNotice(l.text.trim()) || (COOKIE_HEADING.test(l.text.trim()) && opensNotice(lines[i + 1]?.text.trim() ?? ''))) {
      out.add(i);
      const ends = opensNotice(l.text.trim()) && endsNotice(l, i);
      cookieLines = ends ? 0 : COOKIE_NOTICE_MAX_LINES;
    } else if (isChrome(l.text)) {
      out.add(i);
      quoteOpen = opensWrappedDownloadTitle(l.text);
    }
  });
  return out;
}

/** True when a viewer's download line quotes a title that goes on to the next line ('Download "Slutrapport. X …'). */
export function opensWrappedDownloadTitle(text: string): boolean {
  return /^Download\s+"[^"]*$/u.test(text);
}

/** True when a line is web-page chrome: an image file, a logo's alt text, a publishing date, a navigation link. */
export function isChrome(text: string): boolean {
  // A navigation entry may stand in a list: "• No results found".
  const t = text.trim().replace(/^[•·▪►]\s*/u, '');
  return CHROME.test(t) || WEB_NAVIGATION.test(t) || (t.length <= 48 && BLOG_NAME.test(t));
}

/** Gives every content line its role. */
function lineRoles(lines: Line[], headingAt: Map<number, Heading>, labels: LabelHit[], title: Line[]): LineRole[] {
  const labelAtLine = new Set(labels.map((l) => l.lineIndex));
  const titleLines = new Set(title);
  // A fact box: three or more labels close together.
  const factbox = new Set<number>();
  const sorted = [...labelAtLine].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]! - sorted[j]! <= 3) j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) factbox.add(sorted[k]!);
    i = j;
  }
  return lines.map((l, i) => {
    if (titleLines.has(l)) return 'title';
    const h = headingAt.get(i);
    if (h) return h.toc ? 'toc' : 'heading';
    if (factbox.has(i)) return 'factbox';
    if (labelAtLine.has(i)) return 'label';
    if (BULLET.test(l.text)) return 'list-item';
    if (isChrome(l.text)) return 'chrome';
    if (CAPTION.test(l.text)) return 'caption';
    if (l.text.includes(CELL_GAP) && /\d/.test(l.text)) return 'table-row';
    return 'paragraph';
  });
}

// A section heading run into the start of a transcript's page: "Förord Under åren drev …", "1. Inledning Projektet …".
const RUN_IN_HEADING =
  /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:Förord|Sammanfattning|Inledning|Bakgrund|Syfte|Resultat|Slutsatser|Slutsats|Summary|Introduction|Background|Preface|Conclusions?)\s+(?=\p{Lu})/u;

/**
 * The lines that open a page of a transcript: a web page that gives each page of a report as one paragraph led by
 * its number ("1 Slutrapport för projektet …", "2 Innehållsförteckning …"). A line opens a page when its number is
 * the next one and the line before it ended its paragraph (the wrapper would have put this line's first word on it).
 * Maps each such line to its text without the page number and a run-in heading.
 */
function transcriptPageStarts(lines: Line[]): Map<number, string> {
  const out = new Map<number, string>();
  const width = lines.reduce((w, l) => Math.max(w, l.text.length), 0);
  if (width < 40) return out;
  let next = 1;
  for (let i = 0; i < lines.length && i < 4000; i++) {
    // A page with no text is its number alone ("4"): the next page is the one after it.
    if (out.size && lines[i]!.text.trim() === String(next)) {
      next++;
      continue;
    }
    const m = /^(\d{1,3})\s+(\S.*)$/u.exec(lines[i]!.text);
    // Or that number was set aside as a page number: one page may be skipped once the transcript has shown two.
    if (!m || (Number(m[1]) !== next && !(out.size >= 2 && Number(m[1]) === next + 1))) continue;
    const prev = lines[i - 1]?.text ?? '';
    const firstWord = m[1]!.length;
    if (i > 0 && prev.length + 1 + firstWord + 1 + (m[2]!.split(/\s/u)[0]?.length ?? 0) <= width) {
      // "2 2 Förord Under åren …": the printed page number after the transcript's, then a heading run in.
      const rest = m[2]!.replace(new RegExp(`^${m[1]}\\s+(?=\\S)`, 'u'), '').replace(RUN_IN_HEADING, '');
      out.set(i, rest);
      next = Number(m[1]) + 1;
    }
  }
  // One number at the start of a line is no page: a transcript has its pages 1 and 2 at least, or its page 1 comes
  // right under the viewer's "Transkript".
  const [only] = out.keys();
  const underViewer =
    out.size === 1 && only !== undefined && only > 0 && /^(?:transkript|transcript)$/iu.test(lines[only - 1]!.text.trim());
  return out.size >= 2 || underViewer ? out : new Map();
}

/**
 * Each page's text width in characters: the length its longer lines reach (the 80th percentile), on pages with
 * enough lines of running text to tell; 0 where it cannot be told.
 */
function pageWidths(lines: Line[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (const l of lines) {
    const a = byPage.get(l.page) ?? [];
    a.push(l.text.length);
    byPage.set(l.page, a);
  }
  const out = new Map<number, number>();
  for (const [page, lens] of byPage) {
    if (lens.length < 4) continue;
    const sorted = [...lens].sort((a, b) => a - b);
    const w = sorted[Math.floor(0.8 * (sorted.length - 1))]!;
    if (w >= 50) out.set(page, w);
  }
  return out;
}

// A person's role on the line under the name.
const ROLE_UNDER_NAME =
  /^(?:projektledare|projektledaren|biträdande projektledare|delprojektledare|projektkoordinator|projektsamordnare|projektägare|ordförande|verksamhetschef|utvärderare|följeforskare|project manager|project leader|project coordinator|coordinator|chair(?:man|person)?)(?![\p{L}])/iu;

/** A line that ends its paragraph by stopping short: under 0.6 of the page's width, not cut at a hyphen or comma, no key. */
function endsShort(text: string, width: number): boolean {
  const t = text.trim();
  // A fact box's key alone on its line ("Projektledare" / "Agnes Widing") reads on into its value; a sentence that opens
  // with a key's word ("Projektägare i Sverige är Söderhamns kommun") does not.
  return width > 0 && t.length < 0.6 * width && !/[-–—,:;(]$/u.test(t) && !(t.split(/\s+/).length <= 4 && fieldOfKey(t));
}

// A word no sentence ends on: a line that stops on one goes on in the next.
const RUNS_ON =
  /(?<![\p{L}])(?:från|av|och|i|till|med|för|som|är|om|på|att|ur|samt|varav|genom|of|from|and|the|to|by|with|for|in|on|a|an)$/iu;

/** Joins lines into paragraphs (broken at headings, labels and list items) and splits sentences. */
function runningSentences(
  lines: Line[],
  headingAt: Map<number, Heading>,
  standalone: Set<number>,
  titles: Set<number>,
  pageStarts: Map<number, string>,
): Sentence[] {
  const out: Sentence[] = [];
  let para: Line[] = [];
  const flush = (): void => {
    if (!para.length) return;
    let text = '';
    const starts: [number, number][] = [];
    for (const l of para) {
      text += text ? ' ' : '';
      starts.push([text.length, l.page]);
      text += l.text;
    }
    let cursor = 0;
    for (const s of quickSentences(text)) {
      const at = text.indexOf(s, cursor);
      const pos = at >= 0 ? at : cursor;
      cursor = at >= 0 ? at + s.length : cursor;
      let page = para[0]!.page;
      for (const [off, p] of starts) if (off <= pos) page = p;
      const opens = at < 0 ? [] : starts.map(([off]) => off - pos).filter((o) => o > 0 && o < s.length && /\p{Lu}/u.test(s[o]!));
      out.push(opens.length ? { text: s, page, opens } : { text: s, page });
    }
    para = [];
  };
  const chrome = chromeLines(lines);
  const widths = pageWidths(lines);
  lines.forEach((line, i) => {
    // A web page's navigation and viewer lines are no part of a sentence.
    if (chrome.has(i)) {
      flush();
      return;
    }
    const opened = pageStarts.get(i);
    if (opened !== undefined) flush();
    const l = opened !== undefined ? { ...line, text: opened } : line;
    // The title lines are a paragraph of their own: the sentence under them does not run on from them.
    if (titles.has(i) !== titles.has(i - 1)) flush();
    // "Om projektet" alone on its line heads what follows, even where no heading was recognised.
    if (headingAt.has(i) || standalone.has(i) || SECTION_HEADING.test(l.text.trim())) {
      flush();
      if (!standalone.has(i)) return;
      // A label whose value fills the line and stops mid-sentence runs on into the next line: "Budget: … varav 28
      // miljoner är från" / "Arbetsförmedlingen, 25 miljoner från …".
      const width = widths.get(l.page) ?? 0;
      const next = lines[i + 1];
      if (
        width > 0 &&
        l.text.trim().length >= 0.9 * width &&
        (RUNS_ON.test(l.text.trim()) || /^\p{Ll}/u.test(next?.text.trim() ?? '')) &&
        next?.page === l.page &&
        !standalone.has(i + 1) &&
        !headingAt.has(i + 1)
      )
        para.push(l);
      else out.push({ text: l.text, page: l.page });
      return;
    }
    // "… 2019 01 01" / "– 2021 06 30.": a date range broken before its dash goes on, it opens no list item.
    const prev = para[para.length - 1];
    if (BULLET.test(l.text) && !(prev && /\d$/.test(prev.text) && /^[-–—]\s*\d/.test(l.text))) flush();
    // A line that stops well short of the page's text width ended its paragraph, even without a full stop:
    // "… Europa investerar i" / "landsbygdsområden" / "Hushållningssällskapet Halland har fått beviljat stöd …".
    // A role under a name ("Gunnel Sundqvist" / "Projektledare") belongs to it: a signature goes on.
    else if (
      prev &&
      prev.page === l.page &&
      endsShort(prev.text, widths.get(l.page) ?? 0) &&
      /^\p{Lu}/u.test(l.text) &&
      !ROLE_UNDER_NAME.test(l.text)
    )
      flush();
    para.push(l);
  });
  flush();
  return out;
}
