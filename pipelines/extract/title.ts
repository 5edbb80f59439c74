/**
 * The project's name: from a name label ("Projektnamn", "Project name"), else the cover title with
 * document words removed ("Slutrapport:", "Utvärdering av projektet …", "Final report –"), else the
 * PDF's own title metadata, cleaned the same way.
 */
import type { Line } from './layout.js';
import type { LabelHit } from './labels.js';
import { labelAt } from './labels.js';
import type { Found } from './organisations.js';
import { cleanValue, wordCount } from './text.js';

// Document words that precede or follow a name on covers and running headers.
const DOC_WORDS = '(?:slutrapport(?:en)?|slutredovisning|lägesrapport(?:\\s+(?:nr\\.?\\s*)?\\d+)?|delrapport(?:\\s+\\d+)?|mellanrapport|rapport|utvärdering(?:srapport)?|slututvärdering|halvtidsutvärdering|extern utvärdering|följeforskning(?:srapport)?|slutrapport från följeforskningen|projektbeskrivning|projektplan|ansökan|final report|final evaluation|evaluation report|evaluation|mid-term evaluation|progress report|interim report|project description|project plan|application)';
const PREFIX = new RegExp(`^${DOC_WORDS}(?:\\s+(?:för|av|of|for|från|från|om|on))?(?:\\s+(?:projektet|the project|project))?\\s*[:–—\\-|]?\\s*`, 'iu');
const SUFFIX = new RegExp(`\\s*[:–—\\-|,]\\s*${DOC_WORDS}(?:\\s+\\d{4})?\\s*$`, 'iu');
/** A line that only names the kind of document: "Slutrapport", "Lägesrapport 3", "Final report". */
export const DOC_WORD_LINE = new RegExp(`^${DOC_WORDS}(?:\\s+\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)?$`, 'iu');

/** Strips document words from a title: "Utvärdering av projektet Karlstad växer" → "Karlstad växer". */
export function cleanTitle(s: string): string | null {
  let t = cleanValue(s);
  for (let k = 0; k < 2; k++) t = t.replace(PREFIX, '').replace(SUFFIX, '').trim();
  t = t.replace(/^["'«»“”]+|["'«»“”]+$/g, '').trim();
  if (!t || DOC_WORD_LINE.test(t) || wordCount(t) > 16) return null;
  return t;
}

// Cover lines that are not part of the title: a date ("Juni 2019", "2019-06-30"), or an author,
// evaluator or publisher line ("Ramböll Management Consulting", "Ludvika kommun").
const NOT_TITLE = /^(?:(?:\p{L}+\s+)?\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{1,2}\s+\p{L}+\s+\d{4})$|(?:\sAB|\skommun|\sstad|Consulting|Research|Advisory|Society|universitet|högskola|University|\slän)$/iu;
// A cover title wraps onto a second line only when the first line is long.
const WRAP_WIDTH = 25;

/** The leading title lines of the cover (before the document word, fact box, author or date). */
export function coverTitleLines(cover: Line[], author: string | null = null): Line[] {
  const out: Line[] = [];
  for (const l of cover) {
    if (labelAt(l.text) && /:/.test(l.text)) break;
    if (DOC_WORD_LINE.test(l.text)) { if (out.length) break; continue; }
    if (labelAt(l.text)) break;
    // "Utvärdering av projektet" alone on the first line: the name follows on the next.
    const onlyDocWords = out.length > 0 && cleanTitle(out.map((x) => x.text).join(' ')) === null;
    if (out.length && !onlyDocWords && (NOT_TITLE.test(l.text) || (author && l.text.includes(author)) || out[out.length - 1]!.text.length < WRAP_WIDTH)) break;
    out.push(l);
    if (out.length >= 3 || /[.!?]$/.test(l.text)) break;
  }
  return out;
}

/** The project name. */
export function findProjectName(labels: LabelHit[], cover: Line[], pdfTitle: string | null, author: string | null = null): Found<string> | null {
  const label = labels.find((h) => h.field === 'projectName');
  if (label) {
    const v = cleanTitle(label.value);
    if (v) return { value: v, page: label.page, source: `${label.label}: ${label.value}`, confidence: 0.95 };
  }
  const titleLines = coverTitleLines(cover, author);
  if (titleLines.length) {
    const v = cleanTitle(titleLines.map((l) => l.text).join(' '));
    if (v) return { value: v, page: 1, source: titleLines.map((l) => l.text).join(' '), confidence: 0.8 };
  }
  if (pdfTitle) {
    const v = cleanTitle(pdfTitle);
    if (v) return { value: v, page: 1, source: `PDF title: ${pdfTitle}`, confidence: 0.5 };
  }
  return null;
}
