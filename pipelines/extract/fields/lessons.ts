/**
 * Lessons learned: item by item from the lessons, conclusions and recommendations sections the model found
 * (lessons.ts). A short document with no such section (a web page, a news item, a short evaluation) gives the
 * sentences that state a lesson in so many words (rule table). A short key before a lesson ("Pandemin: …", "Vad
 * vi lärt oss och hur det syns: …") is the item's label, not part of it, and a lesson given twice is one.
 */
import type { DocView } from '../document.js';
import { BULLET } from '../layout.js';
import { findLessons, itemsFromLines, type LessonsResult } from '../lessons.js';
import { hits } from '../rules/engine.js';
import { LESSON_LIST_RULES, LESSON_RULES, NOT_A_LESSON_RULES } from '../rules/index.js';
import { splitSentences } from '../nlp.js';
import { endsSentence, fold } from '../text.js';
import { ruleCandidates, vetoed } from './collect.js';

// Prose lessons are read from documents this short only: longer ones have sections for them.
const PROSE_PAGES_MAX = 3;
const PROSE_MAX = 10;
const ITEM_KEY = /^[\p{Lu}][\p{L}-]*(?:\s[\p{L}-]+){0,7}:\s+(?=[\p{Lu}])/u;

// A quote, as news items write them ("– Det har varit en styrka att … Det handlar inte bara om …, säger Samuel
// Karlström"): someone's words, a lesson sentence by sentence; the sentence that says who spoke is the attribution,
// not a lesson. (A quote of one sentence stays whole.)
const SAID = /,\s+(?:säger|sa|sade|berättar|menar|konstaterar|understryker|says|said|explains)\s+\p{L}/u;

function unquoted(lesson: string): string[] {
  if (!SAID.test(lesson)) return [lesson];
  const sentences = splitSentences(lesson);
  return sentences.length > 1 ? sentences.filter((x) => !SAID.test(x)) : [lesson];
}

/** Each lesson once, without a short key before it ("Erfarenheter: Vi har lärt oss …" and the same sentence again). */
function unkeyed(lessons: string[]): string[] {
  const seen = new Set<string>();
  return lessons
    .flatMap(unquoted)
    .map((l) => l.replace(ITEM_KEY, ''))
    .filter((l) => {
      const k = fold(l);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

export function chooseLessons(view: DocView): LessonsResult {
  const found = findLessons(view.lines, view.sections);
  if (found.lessons.length) return { ...found, lessons: unkeyed(found.lessons) };
  const hasSection = view.sections.some((s) => s.kind === 'lessons' || s.kind === 'conclusions');
  if (hasSection) return found;
  const listed = listLedLessons(view);
  if (view.lines.some((l) => l.page > PROSE_PAGES_MAX)) {
    return listed.length ? { lessons: unkeyed(listed.map((l) => l.text)), page: listed[0]!.page, heading: null } : found;
  }
  const seen = new Set<string>(listed.map((l) => l.text));
  const order = new Map(view.sentences.map((s, i) => [s.text.trim(), i]));
  const prose = ruleCandidates(view, LESSON_RULES)
    .filter((c) => !vetoed(NOT_A_LESSON_RULES, c.value) && !seen.has(c.value) && seen.add(c.value))
    .map((c) => ({ text: c.value, page: c.page, at: order.get(c.value) ?? 0 }));
  if (!prose.length && !listed.length) return found;
  const all = [...listed, ...prose].sort((a, b) => a.at - b.at).slice(0, PROSE_MAX + listed.length);
  return { lessons: unkeyed(all.map((l) => l.text)), page: all[0]!.page, heading: null };
}

// How far back a list's introducing sentence may begin, in lines, and how many items one list gives at most.
const INTRO_LINES = 3;
const LIST_MAX = 12;

/**
 * The items of each list that a sentence introduces as findings, conclusions, recommendations or lessons
 * ("Rapporten visar bland annat att:" over its bullets), with their page and where they stand among the
 * sentences (for ordering beside prose lessons).
 */
function listLedLessons(view: DocView): { text: string; page: number; at: number }[] {
  const out: { text: string; page: number; at: number }[] = [];
  const { lines } = view;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text.trimEnd().endsWith(':') || BULLET.test(line.text.trim()) || !BULLET.test(lines[i + 1]!.text.trim())) continue;
    // The sentence that ends on this line, begun on up to two lines before it.
    const before = lines.slice(Math.max(0, i - INTRO_LINES + 1), i + 1).filter((l) => l.page === line.page);
    const joined = before.map((l) => l.text.trim()).join(' ');
    const intro = joined.split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u).pop() ?? joined;
    if (!LESSON_LIST_RULES.some((r) => hits(r, intro).length)) continue;
    // The list: its items and their wrapped lines, up to the first line of prose after an item has ended.
    const texts: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!.text.trim();
      const item = BULLET.test(t);
      if (!item && !(texts.length && (!endsSentence(texts[texts.length - 1]!) || /^\p{Ll}/u.test(t)))) break;
      texts.push(t);
    }
    const at = view.sentences.findIndex((s) => s.page === line.page && s.text.includes(intro.slice(0, 40)));
    for (const text of itemsFromLines(texts).slice(0, LIST_MAX)) {
      if (!vetoed(NOT_A_LESSON_RULES, text)) out.push({ text, page: line.page, at: at + 0.5 });
    }
  }
  return out;
}
