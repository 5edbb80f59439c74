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
function looksLikeSubheading(s: string): boolean {
  return wordCount(s) <= 6 && /^[\p{Lu}]/u.test(s) && !/[.!?:;,]$/.test(s);
}

// A sentence that introduces a list or is a form prompt, not a lesson.
const NOT_LESSON = /(?::$|\?$|^(?:se |see )|^(?:tabell|figur|table|figure|bild|källa|source)\b)/iu;

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
  for (const raw of lines) {
    const line = raw.trim();
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
    if (looksLikeSubheading(line) && !prose.length) continue;
    prose.push(line);
  }
  flushProse(); flushItem();
  return items
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => wordCount(s) >= 4 && !NOT_LESSON.test(s));
}

/** Extracts lessons from the lessons sections, else from conclusions/recommendations. */
export function findLessons(lines: Line[], sections: Section[]): LessonsResult {
  const lessonSecs = sections.filter((s) => s.kind === 'lessons');
  const chosen = lessonSecs.length ? lessonSecs : sections.filter((s) => s.kind === 'conclusions');
  const lessons: string[] = [];
  let page: number | null = null;
  for (const sec of chosen) {
    const items = itemsFromLines(lines.slice(sec.start, sec.end).map((l) => l.text));
    if (items.length && page === null) page = sec.page;
    for (const it of items) if (!lessons.includes(it)) lessons.push(it);
  }
  return { lessons, page, heading: chosen[0]?.title ?? null };
}
