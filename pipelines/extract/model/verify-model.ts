/**
 * A second reading of each field's chosen value: a classifier trained on the labelled real texts tells, from how the
 * value was found (its rule, its source and line role, the candidates it beat or agreed with, the kind of document)
 * and what it looks like (its length, its shape, how often the text repeats it), how likely it is to be right.
 * Where that is low the field says null: a wrong value is worse than none. The rules still find every value; the
 * model only withholds the ones that kind of evidence has given wrongly before (`npm run train:verify`).
 */
import type { Choice } from '../choice.js';
import verifyModelJson from '../data/verify.model.json' with { type: 'json' };
import { NOT_A_NAME } from '../fields/project-name.js';
import { fold } from '../text.js';
import { type LinearModel, predict } from './linear.js';

/** The fields the model may withhold: each one's value can be found wrongly by a rule that fits another text. */
export const VERIFIED_FIELDS = [
  'projectName',
  'owner',
  'diaryNumber',
  'period',
  'budget.totalSek',
  'budget.grantedSek',
  'county',
  'municipalities',
  'funders',
  'programme',
  'projectManager',
] as const;
export type VerifiedField = (typeof VERIFIED_FIELDS)[number];

/**
 * The least probability of being right at which a value is kept, by field. Chosen with each batch of the real texts
 * left out of the training in turn (`npm run train:verify -- --held-out --by-field`, over the values extractors gave
 * on arrival, and the report texts). Funders: over the 2,937 values given on arrival up to the fifth session of
 * 2026-12-05, below 0.3 the model's doubts were right 39 times and wrong 22 (below 0.4 63 and 39, below 0.5 85 and
 * 67); over the 37 batches that arrived with the last four extractors alone, 13 and 4 (below 0.4 20 and 9): the
 * lists of payers given on arrival are wrong 44 % of the time, and the ones it doubts most are mostly wrong (over the
 * 3,217 values up to the session of 2026-12-06: 37 and 23 below 0.3; over the batches since z142 alone 12 and 3; over the
 * 3,636 up to its second session: 43 and 21; over the 3,837 up to its third: 44 and 24; over the 4,058 up to its
 * fourth: 43 and 24; over the 4,253 up to its fifth: 46 and 24; over the 4,396 up to its sixth: 42 and 21; over the 4,537 up to its seventh: 43 and 18; over the 4,674 up to the session of 2026-12-07: 45 and 15; over the 4,944 up to its second session: 45 and 16; over the 5,189 up to its third: 44 and 18; over the 5,441 up to its fourth: 46 and 19; over the 5,686 up to its fifth: 53 and 15; over the 5,918 up to its sixth: 53 and 20; over the 6,171 up to its seventh: 53 and 18; over the 6,416 up to the first session of 2026-12-08: 51 and 20). So the
 * funders below 0.3 are withheld (a wrong value is worse than none). For no other field are its doubts right clearly
 * more often than wrong (owner and municipalities about as often; the others seldom doubted at all), and they are not
 * withheld (0). The project's name, once withheld below 0.3 (53 wrong names against 16 right), is read by the name
 * ranker (name-model.ts), which weighs all of a text's candidates and not only the one the rules chose.
 */
export const VERIFY_MIN: Readonly<Record<VerifiedField, number>> = {
  projectName: 0,
  owner: 0,
  diaryNumber: 0,
  period: 0,
  'budget.totalSek': 0,
  'budget.grantedSek': 0,
  county: 0,
  municipalities: 0,
  funders: 0.3,
  programme: 0,
  projectManager: 0,
};

/** What the model reads about the whole document. */
export interface VerifyContext {
  documentType: string | null;
  language: string;
  pages: number;
  /** The document's text, folded (for how often it repeats a value). */
  body: string;
  /** The same text as written (for whether a name is also written as a common word), and the page furniture's text, folded. */
  raw: string;
  chrome: string;
  /** How many lines a fact box or key holds, and whether the text is a viewer's transcript. */
  keyed: number;
  transcript: boolean;
  /** Lines of the first page, page furniture set aside (web chrome, running heads), and the first page's opening lines. */
  firstPageLines: number;
  furniture: number;
  opening: string[];
  /** Every line of the text, folded: where a name stands alone on a line (a heading, a fact box's value). */
  lineSet: Set<string>;
}

// A cover's line that says what kind of document it is: "Slutrapport", "Evaluation report", "Förstudie".
const DOC_KIND_LINE =
  /^(?:slutrapport|slutredovisning|lägesrapport|delrapport|utvärdering|slututvärdering|utvärderingsrapport|förstudie|final report|evaluation report|evaluation|progress report|pre-study|feasibility study)(?:\s|$)/iu;

/** The document-level context of a choice, from its model: shared by the extractor and the tools that read old extractors. */
export function verifyContext(
  view: {
    lines: { text: string; page: number }[];
    labels: unknown[];
    furniture?: { text: string }[];
    transcriptPages?: Map<number, string>;
  },
  documentType: string | null,
  language: string,
  pages: number,
): VerifyContext {
  return {
    documentType,
    language,
    pages,
    body: fold(view.lines.map((l) => l.text).join(' ')),
    raw: view.lines.map((l) => l.text).join(' '),
    chrome: fold((view.furniture ?? []).map((l) => l.text).join(' ')),
    keyed: view.labels.length,
    transcript: (view.transcriptPages?.size ?? 0) > 0,
    firstPageLines: view.lines.filter((l) => l.page === 1).length,
    furniture: view.furniture?.length ?? 0,
    opening: view.lines.slice(0, 6).map((l) => l.text.trim()),
    lineSet: new Set(view.lines.map((l) => fold(l.text))),
  };
}

export const bucket = (n: number, edges: number[]): string => {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
};

/** How often `text` holds `v` (up to 10); never for fewer than three characters. */
function countIn(text: string, v: string): number {
  if (v.length < 3) return 0;
  let n = 0;
  for (let at = text.indexOf(v); at >= 0 && n < 10; at = text.indexOf(v, at + v.length)) n++;
  return n;
}
export const occurrences = (body: string, value: string): number => countIn(body, fold(value));
export const exactOccurrences = (raw: string, value: string): number => countIn(raw, value.trim());

/** The shape of one name: its words, capitals, digits and the kind of organisation or place its last word says. */
export function nameShape(v: string): string[] {
  const words = v.trim().split(/\s+/u);
  const last = fold(words[words.length - 1] ?? '');
  const out = [`words:${bucket(words.length, [1, 2, 3, 5, 8])}`];
  if (/\d/u.test(v)) out.push('digit');
  if (v === v.toUpperCase() && /\p{Lu}{2}/u.test(v)) out.push('caps');
  if (/^\p{Ll}/u.test(v)) out.push('lower-start');
  if (/[.!?]$/u.test(v)) out.push('stop-end');
  if (/[,;:()"”“]/u.test(v)) out.push('punct');
  if (/(?:kommun|region|län|förening|föreningen|förbund|ab|verket|universitet|högskola|stiftelse|sällskapet|styrelsen)$/u.test(last))
    out.push('org-end');
  if (/^(?:projekt|project)/iu.test(v)) out.push('project-word');
  return out;
}

/** The features of one field's choice. */
export function verifyFeatures(field: VerifiedField, choice: Choice<unknown>, ctx: VerifyContext): string[] {
  const c = choice.chosen;
  if (!c || choice.value === null) return [];
  const agreeing = choice.passedOver.filter((p) => p.why === 'agrees with the chosen one' || p.why === 'joined to the chosen list');
  const beaten = choice.passedOver.filter((p) => p.why.startsWith('less trusted'));
  // Vetoed by the field's policy; a project name's candidates that read as no name at all (a headline, a byline) are
  // not counted: the model learned from choices that did not list them.
  const dropped = choice.passedOver.filter((p) => p.why.startsWith(NOT_A_NAME)).length;
  const vetoed = choice.passedOver.length - agreeing.length - beaten.length - dropped;
  const f = [
    'bias',
    `rule:${c.rule}`,
    `source:${c.source}`,
    `role:${c.role}`,
    `rule&role:${c.rule}&${c.role}`,
    `page:${bucket(c.page, [1, 3])}`,
    `confidence:${bucket(choice.confidence, [0.6, 0.7, 0.8, 0.9])}`,
    `agreeing:${bucket(new Set(agreeing.map((p) => p.candidate.source)).size, [0, 1])}`,
    `beaten:${bucket(beaten.length, [0, 1, 3])}`,
    `vetoed:${bucket(vetoed, [0, 2])}`,
    `doc:${ctx.documentType ?? 'none'}`,
    `rule&doc:${c.rule}&${ctx.documentType ?? 'none'}`,
    `lang:${ctx.language}`,
    `pages:${bucket(ctx.pages, [1, 3, 10])}`,
    `keyed:${bucket(ctx.keyed, [0, 2, 6])}`,
    ctx.transcript ? 'transcript' : 'laid-out',
    `first-page-lines:${bucket(ctx.firstPageLines, [3, 8, 20, 40])}`,
    `furniture:${bucket(ctx.furniture, [0, 3, 10])}`,
    ctx.opening.some((l) => DOC_KIND_LINE.test(l)) ? 'kind-line-at-start' : 'no-kind-line-at-start',
  ];
  const v = choice.value;
  if (typeof v === 'string') {
    f.push(...nameShape(v));
    const folded = occurrences(ctx.body, v);
    f.push(`repeated:${bucket(folded, [0, 1, 2, 4])}`);
    // Written elsewhere in lower case too: a common word ("Data", "Boende"), not a name.
    if (folded > exactOccurrences(ctx.raw, v)) f.push('also-lower-case');
    // Among the page's furniture (a web page's menus, cookie notes, a viewer's buttons).
    if (fold(v).length >= 3 && ctx.chrome.includes(fold(v))) f.push('in-furniture');
  } else if (typeof v === 'number') {
    f.push(`magnitude:${bucket(Math.log10(Math.max(1, v)), [4, 5, 6, 7, 8])}`);
    if (v % 1000 !== 0) f.push('uneven');
  } else if (Array.isArray(v)) {
    f.push(`items:${bucket(v.length, [1, 2, 4])}`);
    const repeated = v.map((x) => occurrences(ctx.body, String(x)));
    f.push(`least-repeated:${bucket(Math.min(...repeated), [0, 1, 2])}`);
    for (const x of v) for (const s of nameShape(String(x))) f.push(`item-${s}`);
  } else if (v && typeof v === 'object') {
    const p = v as { start?: string | null; end?: string | null };
    f.push(`start:${p.start ? p.start.length : 0}`, `end:${p.end ? p.end.length : 0}`);
  }
  return [...new Set(f)].map((x) => `${field}|${x}`);
}

export const VERIFY_MODEL = verifyModelJson as LinearModel;

// A first page of this many lines or fewer is a cover of its own (a title, the document's kind, a date).
export const COVER_PAGE_LINES = 3;

/**
 * True for values unlike any the model learned from, which it does not withhold:
 * - a report with a cover page of its own: the real texts it learned from are web pages and transcripts, whose first
 *   page runs on into the text, and a cover that holds little more than the title is the plainest evidence there is;
 * - a value found by a rule the model has no record of (a rule written after the values it learned from were given):
 *   its doubt would come from the document alone, not from how that rule has done on texts it had not seen.
 */
export function outsideTraining(features: string[], model: LinearModel = VERIFY_MODEL): boolean {
  if (features.some((f) => f.endsWith(`|first-page-lines:<=${COVER_PAGE_LINES}`))) return true;
  const rule = features.find((f) => f.includes('|rule:'));
  return !!rule && !model.weights[rule];
}

/** The model's probability that the chosen value is right. */
export function verifyProbability(features: string[], model: LinearModel = VERIFY_MODEL): number {
  return features.length ? (predict(model, features).get('right') ?? 0) : 1;
}
