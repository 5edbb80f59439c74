/**
 * Lessons learned: one string per lesson, from the lessons section (or, failing that, the
 * conclusions/recommendations section). Items come from bullets, dashes or numbered lists with their
 * wrapped lines re-joined, or from prose split into sentences. Form prompts, headings and list
 * introductions ("Följande lärdomar kan dras:") are not lessons.
 */
import type { Line } from './layout.js';
import { BULLET } from './layout.js';
import { splitSentences } from './nlp.js';
import { firstHit } from './rules/engine.js';
import { LESSON_INTRO_RULES, NOT_A_LESSON_ITEM_RULES, SIGNATURE_RULES } from './rules/lessons.rules.js';
import type { Section } from './sections.js';
import { endsSentence, wordCount } from './text.js';

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

// What is no lesson although a lessons section holds it (thanks, contacts, plans, the evaluator's assessment,
// purposes, prompts): a table of rows with their examples (rules/lessons.rules.ts).
export const notALesson = (s: string): boolean => wordCount(s) < 4 || NOT_A_LESSON_ITEM_RULES.some((r) => firstHit(r, s) !== null);
const isIntro = (s: string): boolean => LESSON_INTRO_RULES.some((r) => firstHit(r, s) !== null);
const isSignature = (s: string): boolean => SIGNATURE_RULES.some((r) => firstHit(r, s) !== null);

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
      flushProse();
      flushItem();
      current = line.slice(marker[0].length);
      continue;
    }
    if (current !== null) {
      // A wrapped line continues the item until the item has ended with a full stop.
      if (!endsSentence(current) || /^\p{Ll}/u.test(line)) {
        current += ` ${line}`;
        continue;
      }
      flushItem();
    }
    // A form prompt ("Vad hade kunnat göras bättre?") or an unmarked sub-heading after a finished
    // sentence ("Framgångsfaktorer") separates lessons and is not one itself.
    const proseEnded = !prose.length || /[.!?:]$/.test(prose[prose.length - 1]!);
    if (proseEnded && (looksLikeSubheading(line, lines[i + 1]?.trim()) || /\?$/.test(line))) {
      flushProse();
      continue;
    }
    prose.push(line);
  }
  flushProse();
  flushItem();
  return items.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => !notALesson(s) && !isIntro(s));
}

/**
 * Lessons written as short paragraphs of their own, each a lesson with its reason ("Det lönade sig att …
 * Inga sträckor behövde ändras i efterhand."): a paragraph ends on a line that ends a sentence well short
 * of the column. Null unless the section is two or more such paragraphs of at most three sentences and no
 * list; one paragraph of prose is split into sentences instead.
 */
function paragraphLessons(texts: string[]): string[] | null {
  const lines = texts.map((t) => t.trim()).filter(Boolean);
  if (lines.length < 3 || lines.some((l) => BULLET.test(l))) return null;
  // The column's width: a long line, not the longest (a line re-joined across a hyphen break runs longer).
  const lengths = lines
    .map((l) => l.length)
    .sort((a, b) => a - b)
    .slice(0, -1);
  const width = lengths[Math.floor(lengths.length * 0.75)]!;
  const paras: string[][] = [[]];
  lines.forEach((l, i) => {
    paras[paras.length - 1]!.push(l);
    const next = lines[i + 1];
    if (next && endsSentence(l) && l.length < width * 0.7 && /^\p{Lu}/u.test(next)) paras.push([]);
  });
  // A recommendation's short title paragraph ("Koppla analys och handling tätt.") belongs to the
  // explanation after it.
  for (let i = paras.length - 2; i >= 0; i--) {
    const t = paras[i]!.join(' ');
    if (paras[i]!.length === 1 && wordCount(t) <= 7 && splitSentences(t).length === 1 && paras[i + 1]!.length) {
      paras[i + 1] = [...paras[i]!, ...paras[i + 1]!];
      paras.splice(i, 1);
    }
  }
  // A closing signature ("Sätila 2019-12-05 Bertil Johansson") and an introducing sentence ("När vi ser
  // tillbaka finns det flera saker vi tar med oss.") are no lesson paragraphs.
  const texts2 = paras
    .filter((p) => p.length)
    .map((p) => p.join(' ').replace(/\s+/g, ' ').trim())
    .map((p) => {
      const ss = splitSentences(p);
      return ss.length > 1 && isIntro(ss[0]!) ? ss.slice(1).join(' ') : p;
    })
    .filter((p) => !isSignature(p));
  // Each paragraph a lesson and its reason: at most three sentences, and at least two paragraphs of more
  // than one (paragraphs of one sentence each read the same either way).
  // A paragraph that names a lesson inside it ("… En annan lärdom är att …") holds several lessons.
  if (
    texts2.some((p) =>
      splitSentences(p)
        .slice(1)
        .some((x) => LESSON_OPENER.test(x)),
    )
  )
    return null;
  const counts = texts2.map((p) => splitSentences(p).length);
  if (texts2.length < 2 || counts.some((n) => n > 3) || counts.filter((n) => n >= 2).length < 2) return null;
  // Every paragraph must read as a lesson; a closing signature line breaks the pattern.
  const kept = texts2.filter((p) => !notALesson(p));
  return kept.length >= 2 ? kept : null;
}

const LESSON_OPENER =
  /^(?:en (?:annan|ytterligare|tredje|sista) (?:lärdom|erfarenhet)|(?:vi|jag) har (?:också )?lärt|vi lärde|(?:ytterligare|också) en lärdom|another (?:lesson|learning)|we (?:also )?learn(?:ed|t)|a (?:further|second|third|final) lesson|lärdomen är|the lesson is)(?![\p{L}])/iu;
/** The list items of a section (bullets, dashes, numbers, with their wrapped lines), or [] when it has none. */
function listItemsOnly(texts: string[]): string[] {
  const out: string[] = [];
  let inItem = false;
  for (const t of texts) {
    if (BULLET.test(t.trim())) {
      out.push(t);
      inItem = true;
      continue;
    }
    // A wrapped line continues the item; prose after the list's last full stop ends it.
    if (inItem && out.length && (!endsSentence(out[out.length - 1]!) || /^\p{Ll}/u.test(t.trim()))) {
      out.push(t);
      continue;
    }
    inItem = false;
  }
  return out.length ? itemsFromLines(out) : [];
}

/** Extracts lessons from the lessons sections, else from conclusions/recommendations. */
export function findLessons(lines: Line[], sections: Section[]): LessonsResult {
  const lessonSecs = sections.filter((s) => s.kind === 'lessons');
  // Recommendations are lessons turned forward ("Rekommendationer inför projektets andra hälft"): they
  // count beside a lessons section; conclusions only when there is no lessons section.
  const recommendations = sections.filter((s) => s.kind === 'conclusions' && /rekommendation|recommendation/i.test(s.title));
  const chosen = lessonSecs.length
    ? [...lessonSecs, ...recommendations].sort((a, b) => a.start - b.start)
    : sections.filter((s) => s.kind === 'conclusions');
  const lessons: string[] = [];
  let page: number | null = null;
  for (const sec of chosen) {
    const texts = lines.slice(sec.start, sec.end).map((l) => l.text);
    // Conclusions and recommendations of an evaluation: where they are a list, the prose around it is
    // the evaluator's assessment ("Vår samlade bedömning är att …"), not lessons.
    const listed = sec.kind === 'conclusions' ? listItemsOnly(texts) : null;
    const items = listed?.length ? listed : (paragraphLessons(texts) ?? itemsFromLines(texts));
    if (items.length && page === null) page = sec.page;
    for (const it of items) if (!lessons.includes(it)) lessons.push(it);
  }
  return { lessons, page, heading: chosen[0]?.title ?? null };
}
