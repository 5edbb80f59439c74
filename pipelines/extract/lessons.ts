/**
 * Lessons learned: one string per lesson, from the lessons section (or, failing that, the
 * conclusions/recommendations section). Items come from bullets, dashes or numbered lists with their
 * wrapped lines re-joined, or from prose split into sentences. Form prompts, headings and list
 * introductions ("Följande lärdomar kan dras:") are not lessons.
 */
import type { Line } from './layout.js';
import { BULLET } from './layout.js';
import { splitSentences } from './nlp.js';
import type { Section } from './sections.js';
import { wordCount } from './text.js';

/** Lessons with the page of the first one. */
export interface LessonsResult {
  lessons: string[];
  page: number | null;
  heading: string | null;
}

// Lines that look like an unmarked sub-heading inside a section: short, capitalised, no end punctuation.
// Narrow columns wrap sentences into short lines too ("Tankesmedjor med näringsliv och"), so a line
// ending in a function word, or followed by a lower-case continuation, is not a sub-heading.
function looksLikeSubheading(s: string, next: string | undefined): boolean {
  if (wordCount(s) > 6 || !/^[\p{Lu}]/u.test(s) || /[.!?:;,]$/.test(s)) return false;
  if (/(?<![\p{L}])(?:och|eller|med|i|av|för|på|till|om|att|som|en|ett|den|det|the|and|or|of|to|in|for|with|a|an)$/iu.test(s)) return false;
  return !next || !/^\p{Ll}/u.test(next);
}

// A sentence that introduces a list or is a form prompt, not a lesson.
const NOT_LESSON = /(?::$|\?$|^(?:se |see )|^(?:tabell|figur|table|figure|bild|källa|source)\b)/iu;
// Thanks, contact details and signatures that follow a lessons section are not lessons.
const NOT_LESSON_CONTENT = /(?<![\p{L}])(?:(?:vi|jag|we|i)\s+(?:vill\s+|would like to\s+)?(?:tacka|tackar|thank)|vill tacka|would like to thank|submitted by|inlämnad av)(?![\p{L}])|@|\+\d{2}\s?\d|(?<!\d)0\d{1,3}-\d{2,}|,\s*(?:projektledare|processledare|project manager|project leader)(?:,|$)/iu;

/** Splits the content lines of a section into lessons. */
export function itemsFromLines(lines: string[]): string[] {
  const items: string[] = [];
  let prose: string[] = [];
  let current: string | null = null;
  const flushProse = (): void => {
    if (prose.length) items.push(...splitSentences(prose.join(' ')));
    prose = [];
  };
  const flushItem = (): void => {
    if (current !== null) items.push(current.trim());
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const marker = BULLET.exec(line);
    if (marker) {
      flushProse(); flushItem();
      current = line.slice(marker[0].length);
      continue;
    }
    if (current !== null) {
      // A wrapped line continues the item until the item has ended with a full stop.
      if (!/[.!?]$/.test(current) || /^\p{Ll}/u.test(line)) { current += ` ${line}`; continue; }
      flushItem();
    }
    // A form prompt ("Vad hade kunnat göras bättre?") or an unmarked sub-heading after a finished
    // sentence ("Framgångsfaktorer") separates lessons and is not one itself.
    const proseEnded = !prose.length || /[.!?:]$/.test(prose[prose.length - 1]!);
    if (proseEnded && (looksLikeSubheading(line, lines[i + 1]?.trim()) || /\?$/.test(line))) { flushProse(); continue; }
    prose.push(line);
  }
  flushProse(); flushItem();
  return items
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => wordCount(s) >= 4 && !NOT_LESSON.test(s) && !NOT_LESSON_CONTENT.test(s));
}

/** The list items of a section (bullets, dashes, numbers, with their wrapped lines), or [] when it has none. */
function listItemsOnly(texts: string[]): string[] {
  const out: string[] = [];
  let inItem = false;
  for (const t of texts) {
    if (BULLET.test(t.trim())) { out.push(t); inItem = true; continue; }
    // A wrapped line continues the item; prose after the list's last full stop ends it.
    if (inItem && out.length && (!/[.!?]$/.test(out[out.length - 1]!) || /^\p{Ll}/u.test(t.trim()))) { out.push(t); continue; }
    inItem = false;
  }
  return out.length ? itemsFromLines(out) : [];
}

/** Extracts lessons from the lessons sections, else from conclusions/recommendations. */
export function findLessons(lines: Line[], sections: Section[]): LessonsResult {
  const lessonSecs = sections.filter((s) => s.kind === 'lessons');
  const chosen = lessonSecs.length ? lessonSecs : sections.filter((s) => s.kind === 'conclusions');
  const lessons: string[] = [];
  let page: number | null = null;
  for (const sec of chosen) {
    const texts = lines.slice(sec.start, sec.end).map((l) => l.text);
    // Conclusions and recommendations of an evaluation: where they are a list, the prose around it is
    // the evaluator's assessment ("Vår samlade bedömning är att …"), not lessons.
    const listed = sec.kind === 'conclusions' ? listItemsOnly(texts) : null;
    const items = listed?.length ? listed : itemsFromLines(texts);
    if (items.length && page === null) page = sec.page;
    for (const it of items) if (!lessons.includes(it)) lessons.push(it);
  }
  return { lessons, page, heading: chosen[0]?.title ?? null };
}
