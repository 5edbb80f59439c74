/**
 * Lessons learned: item by item from the lessons, conclusions and recommendations sections the model found
 * (lessons.ts). A short document with no such section (a web page, a news item, a short evaluation) gives the
 * sentences that state a lesson in so many words (rule table). A short key before a lesson ("Pandemin: …", "Vad
 * vi lärt oss och hur det syns: …") is the item's label, not part of it, and a lesson given twice is one.
 */
import type { DocView } from '../document.js';
import { BULLET } from '../layout.js';
import { findLessons, itemsFromLines, type LessonsResult, notALesson } from '../lessons.js';
import { hits } from '../rules/engine.js';
import { FINDINGS_END_RULES, FINDINGS_RULES, LESSON_LIST_RULES, LESSON_RULES, NOT_A_LESSON_RULES } from '../rules/index.js';
import { splitSentences } from '../nlp.js';
import { endsSentence, fold } from '../text.js';
import { ruleCandidates, vetoed } from './collect.js';
import type { LinearModel } from '../model/linear.js';
import { LESSON_MODEL, LESSON_MODEL_MAX, lessonProbabilities, takenSentences } from '../model/lesson-model.js';

// Prose lessons are read from documents this short only: longer ones have sections for them.
const PROSE_PAGES_MAX = 3;
const PROSE_MAX = 10;
const ITEM_KEY = /^[\p{Lu}][\p{L}-]*(?:\s[\p{L}-]+){0,7}:\s+(?=[\p{Lu}])/u;
// A number or a dash that marks an item in running text ("(2) Partnerskapet bör …", "3) Slutsatsen är …", "- Utökningen
// …"), with the introduction before the first item ("Lärdomar från avvecklingen av IOP: (1) Kunskap om …"): the
// item's mark, not part of it.
const ITEM_MARK = /^(?:[^:•–-]{3,80}:\s*(?=\(1\)|1\)))?(?:\(\d{1,2}\)|\d{1,2}\)|[-–•])\s+(?=[\p{Lu}\d])/u;
const unmarked = (s: string): string => s.replace(ITEM_MARK, '');

// A quote, as news items write them ("– Det har varit en styrka att … Det handlar inte bara om …, säger Samuel
// Karlström"): someone's words, a lesson sentence by sentence; the sentence that says who spoke is the attribution,
// not a lesson. (A quote of one sentence stays whole.)
const SAID = /,\s+(?:säger|sa|sade|berättar|menar|konstaterar|understryker|says|said|explains)\s+\p{L}/u;

function unquoted(lesson: string): string[] {
  if (!SAID.test(lesson)) return [lesson];
  const sentences = splitSentences(lesson);
  return sentences.length > 1 ? sentences.filter((x) => !SAID.test(x)) : [lesson];
}

// Items numbered in one run of text: "Key success factors identified are: 1) Wide local involvement …; 2) Enthusiastic …".
const RUN_ON_NUMBER = /;\s+\d{1,2}\)\s+(?=\p{Lu})/u;
// The text's last words cut off in a word ("2) Enthustiastic project m"): no item.
const CUT_IN_A_WORD = /\s\p{Ll}{1,2}$/u;

/** Items numbered in one run of text, one by one; a last one cut off in a word is left out. */
function numberedApart(lesson: string): string[] {
  const parts = lesson.split(RUN_ON_NUMBER);
  return parts.length > 1 ? parts.filter((p, i) => !(i === parts.length - 1 && CUT_IN_A_WORD.test(p))) : [lesson];
}

/** Each lesson once, without a short key before it ("Erfarenheter: Vi har lärt oss …" and the same sentence again). */
function unkeyed(lessons: string[]): string[] {
  const seen = new Set<string>();
  return lessons
    .flatMap(unquoted)
    .flatMap((l) => numberedApart(unmarked(l).replace(ITEM_KEY, '')))
    .filter((l) => {
      const k = fold(l);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/**
 * The lessons the rules find (sections, lists, the sentences that say so), and beside them, in a text without a
 * lessons or conclusions section of its own, the sentences the lesson classifier is sure of (model/lesson-model.ts),
 * each once.
 */
export function chooseLessons(view: DocView, model: LinearModel | null = LESSON_MODEL, opts: { evaluation?: boolean } = {}): LessonsResult {
  const byRules = ruleLessons(view, !!opts.evaluation);
  // A report's own lessons, conclusions or recommendations section says what its lessons are.
  if (!model || hasLessonsSection(view)) return byRules;
  const known = byRules.lessons.map((l) => wordsOf(l));
  const read = lessonProbabilities(view, model);
  const taken = takenSentences(read.map((s) => s.p));
  const added = read
    .filter((s, i) => taken[i] && !notALesson(s.text) && !vetoed(NOT_A_LESSON_RULES, s.text))
    .filter((s) => !known.some((k) => overlaps(k, wordsOf(s.text))))
    .slice(0, LESSON_MODEL_MAX);
  if (!added.length) return byRules;
  return {
    lessons: unkeyed([...byRules.lessons, ...added.map((s) => s.text)]),
    page: byRules.page ?? added[0]!.page,
    heading: byRules.heading,
  };
}

const wordsOf = (s: string): Set<string> =>
  new Set(
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
// One sentence holds most of the other's words: the same lesson, however the rules cut it.
function overlaps(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared >= 0.6 * Math.min(a.size, b.size);
}

const hasLessonsSection = (view: DocView): boolean => view.sections.some((s) => s.kind === 'lessons' || s.kind === 'conclusions');

function ruleLessons(view: DocView, evaluation: boolean): LessonsResult {
  const found = findLessons(view.lines, view.sections);
  if (found.lessons.length) return { ...found, lessons: unkeyed(found.lessons) };
  if (hasLessonsSection(view)) return found;
  const listed = [...listLedLessons(view), ...proseLedLessons(view), ...(evaluation ? evaluationFindings(view) : [])];
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

// How many sentences a lessons introduction leads in running text ("Övriga erfarenheter av projektet: Det finns … Det
// tar tid att …"), at most.
const PROSE_LIST_MAX = 6;
// A numbered heading run into the text ("2. Bakgrund Goda matvanor …"), a line without a full stop (a heading) or a
// contents line ("Intervjuformulär…63") ends what the introduction leads.
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
const DOT_LEADERS = /\.{3,}\s*\d/u;
// In running text an introduction leads lessons when it names them as such; "Utvärderingarna visar att:" there
// leads the project's results ("Reglab has strengthened …").
const PROSE_INTRO =
  /(?<![\p{L}])(?:slutsatser(?:na)?|lärdomar(?:na)?|erfarenheter(?:na)?|rekommendationer(?:na)?|rekommenderar|framgångsfaktorer(?:na)?|lärt oss|conclusions|lessons|learnings|learned|learnt|recommendations|recommends?|success factors)(?![\p{L}])/iu;

/**
 * The sentences that a lessons introduction leads in running text, where a transcript or web page runs its list
 * on as prose: the rest of the introducing sentence after its colon, and the sentences after it, up to a numbered
 * heading, another introduction, a question, the end of the page, or a sentence that is no lesson.
 */
function proseLedLessons(view: DocView): { text: string; page: number; at: number }[] {
  const out: { text: string; page: number; at: number }[] = [];
  const { sentences } = view;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const colon = s.text.indexOf(':');
    if (colon < 0) continue;
    const intro = s.text.slice(0, colon + 1).trim();
    const rest = unmarked(s.text.slice(colon + 1).trim());
    // A list in lines of its own is read by listLedLessons.
    if (!rest && BULLET.test(sentences[k + 1]?.text.trim() ?? '')) continue;
    if (!PROSE_INTRO.test(intro) || DOT_LEADERS.test(s.text) || !LESSON_LIST_RULES.some((r) => hits(r, intro).length)) continue;
    const items: string[] = rest && /^\p{Lu}/u.test(rest) ? [rest] : [];
    // What follows the colon on its own line is what the introduction leads: no lesson there, none after it.
    if (rest && (!items.length || notALesson(rest) || vetoed(NOT_A_LESSON_RULES, rest))) continue;
    for (let j = k + 1; j < sentences.length && items.length < PROSE_LIST_MAX; j++) {
      const t = unmarked(sentences[j]!.text.trim());
      const heading = !/[.!"”]$/u.test(t) || NUMBERED_HEADING.test(t) || DOT_LEADERS.test(t);
      if (sentences[j]!.page !== s.page || heading || /[:?]$/u.test(t) || BULLET.test(t) || notALesson(t)) break;
      items.push(t);
    }
    // A list whose dashes the text ran together ("… från ett flertal håll. - Utvecklingsprojekt stöds av EU. - …"):
    // item by item.
    const split = items.flatMap((t) => t.split(/\s[-–•]\s+(?=\p{Lu})/u));
    for (const text of split) if (!notALesson(text) && !vetoed(NOT_A_LESSON_RULES, text)) out.push({ text, page: s.page, at: k + 0.5 });
    k += items.length;
  }
  return out;
}

// How many sentences an evaluation's findings run to in its summary, at most.
const FINDINGS_MAX = 8;

/**
 * An evaluation's findings in running text (its summary, where the report has no conclusions section): from the
 * sentence that opens them ("Resultatet visar att …") on, up to a sentence that presents the report or its method, a
 * heading, a question, a list, another page, or a sentence that is no lesson.
 */
function evaluationFindings(view: DocView): { text: string; page: number; at: number }[] {
  const { sentences } = view;
  const out: { text: string; page: number; at: number }[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!FINDINGS_RULES.some((r) => hits(r, s.text.trim()).length)) continue;
    let j = k;
    for (; j < sentences.length && j - k < FINDINGS_MAX; j++) {
      const t = sentences[j]!.text.trim();
      const heading = !/[.!"”]$/u.test(t) || NUMBERED_HEADING.test(t) || DOT_LEADERS.test(t);
      // The opening sentence is a finding though it names the evaluation as its subject.
      if (sentences[j]!.page !== s.page || heading || BULLET.test(t) || (j > k && notALesson(t))) break;
      if (FINDINGS_END_RULES.some((r) => hits(r, t).length) || vetoed(NOT_A_LESSON_RULES, t)) break;
      out.push({ text: t, page: s.page, at: j });
    }
    k = j;
  }
  return out;
}
