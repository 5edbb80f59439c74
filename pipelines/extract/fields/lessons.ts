/**
 * Lessons learned: item by item from the lessons, conclusions and recommendations sections the model found
 * (lessons.ts). A short document with no such section (a web page, a news item, a short evaluation) gives the
 * sentences that state a lesson in so many words (rule table). A short key before a lesson ("Pandemin: …")
 * is the item's label, not part of it.
 */
import type { DocView } from '../document.js';
import { findLessons, type LessonsResult } from '../lessons.js';
import { LESSON_RULES, NOT_A_LESSON_RULES } from '../rules/index.js';
import { ruleCandidates, vetoed } from './collect.js';

// Prose lessons are read from documents this short only: longer ones have sections for them.
const PROSE_PAGES_MAX = 3;
const PROSE_MAX = 10;
const ITEM_KEY = /^[\p{Lu}][\p{L}-]*(?:\s[\p{L}-]+){0,2}:\s+(?=[\p{Lu}])/u;

export function chooseLessons(view: DocView): LessonsResult {
  const found = findLessons(view.lines, view.sections);
  if (found.lessons.length) return { ...found, lessons: found.lessons.map((l) => l.replace(ITEM_KEY, '')) };
  const hasSection = view.sections.some((s) => s.kind === 'lessons' || s.kind === 'conclusions');
  if (hasSection || view.lines.some((l) => l.page > PROSE_PAGES_MAX)) return found;
  const seen = new Set<string>();
  const prose = ruleCandidates(view, LESSON_RULES).filter(
    (c) => !vetoed(NOT_A_LESSON_RULES, c.value) && !seen.has(c.value) && seen.add(c.value),
  );
  if (!prose.length) return found;
  const order = new Map(view.sentences.map((s, i) => [s.text.trim(), i]));
  prose.sort((a, b) => (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0));
  return { lessons: prose.slice(0, PROSE_MAX).map((c) => c.value), page: prose[0]!.page, heading: null };
}
