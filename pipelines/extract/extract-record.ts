/**
 * Pure extraction of a report's metadata from its page texts (see EXTRACTION.md). No I/O: every
 * value carries provenance (page, snippet, confidence); what cannot be found is null or [].
 */
import type { ExtractedRecord, ParsedDocument, Provenance } from '../../shared/types/record.js';
import { findBudget } from './budget.js';
import { buildView } from './document.js';
import { type Candidate, type Choice, choose, finderCandidate } from './choice.js';
import { chooseCounty } from './fields/county.js';
import { chooseDocumentType } from './fields/document-type.js';
import { chooseLessons } from './fields/lessons.js';
import { chooseOwner } from './fields/owner.js';
import { choosePeriod } from './fields/period.js';
import { chooseProjectName, spelledOut } from './fields/project-name.js';
import { NAME_MODEL_MIN, rankNames } from './model/name-model.js';
import { findGeography } from './geography.js';
import { findDiaryNumber } from './identifiers.js';
import { detectLanguage } from './language.js';
import { findListing, type ListingEntry } from './listing.js';
import { chooseFunders } from './fields/funders.js';
import { chooseProgramme } from './fields/programme.js';
import { findEvaluator, type Found } from './organisations.js';
import { findManager } from './people.js';
import { municipalityOfOrganisation, normaliseCounty } from './places.js';
import { findProjectPeriod } from './project-period.js';
import { sectionsOf } from './sections.js';
import { fold, snippet, wordCount } from './text.js';
import {
  VERIFIED_FIELDS,
  VERIFY_MIN,
  type VerifiedField,
  type VerifyContext,
  COVER_PAGE_LINES,
  outsideTraining,
  verifyContext,
  verifyFeatures,
  verifyProbability,
} from './model/verify-model.js';
import { classifyThemes } from './themes.js';
import { coverTitleLines, findProjectName } from './title.js';

const SUMMARY_MAX = 2000;
const THEME_MIN_WORDS = 25;
const THEME_FALLBACK_CHARS = 3000;

/** A record with, for each field, the choice that settled it (what `extract --why` prints). */
export interface Explained {
  record: ExtractedRecord;
  choices: Choice<unknown>[];
  /** The second reading of each chosen value (model/verify-model.ts): its features, its probability, and whether it was withheld. */
  checks: Check[];
}

export interface Check {
  field: VerifiedField;
  features: string[];
  p: number;
  withheld: boolean;
}

/** Extracts the record for one parsed report. */
export function extractRecord(doc: ParsedDocument): ExtractedRecord {
  return explainRecord(doc).record;
}

/**
 * Extracts the record and keeps every field's choice: the document model first, then for each field its
 * candidates and one choice (choice.ts).
 */
export function explainRecord(doc: ParsedDocument, opts: { inListing?: boolean; ownerModel?: boolean; verify?: boolean } = {}): Explained {
  const view = buildView(doc.pages);
  const provenance: Record<string, Provenance> = {};
  const warnings: string[] = [];
  const choices: Choice<unknown>[] = [];
  const settle = <T>(field: string, c: Choice<T>): T | null => {
    choices.push(c as Choice<unknown>);
    if (c.value === null || !c.chosen) return null;
    provenance[field] = provenanceOf(c.chosen, c.confidence);
    return c.value;
  };
  // Fields whose finder weighs its own evidence: its one candidate, then the same choice (threshold) as any field.
  const note = <T>(field: string, f: Found<T> | null): T | null =>
    settle(field, choose(field, finderCandidate(field, `${field}.finder`, f)));

  const pdfTitle = doc.info?.title ?? null;
  const projectName = settle(
    'projectName',
    chooseProjectName(view, findProjectName(view.labels, view.cover, pdfTitle, doc.info?.author ?? null, doc.pages)),
  );
  const documentType = settle('documentType', chooseDocumentType(view, pdfTitle, doc.pages));
  const lang = detectLanguage(
    view.lines
      .map((l) => l.text)
      .join(' ')
      .slice(0, 20000),
  );
  provenance.language = { page: 1, snippet: '', confidence: lang.confidence };

  const evaluator = findEvaluator(view.labels, view.sentences);
  // The owner is never the evaluator, nor the PDF's author when that author wrote an evaluation.
  const authorIsEvaluator = documentType === 'evaluation' ? (doc.info?.author ?? '') : '';
  const owner = settle(
    'owner',
    chooseOwner(view, doc.pages, {
      banned: [evaluator?.value ?? '', authorIsEvaluator],
      evaluation: documentType === 'evaluation',
      projectName,
      model: opts.ownerModel,
    }),
  );
  if (!owner) warnings.push('No project owner found.');
  const diaryNumber = note('diaryNumber', findDiaryNumber(view.labels, view.sentences, doc.pages));
  const period = settle('period', choosePeriod(view, findProjectPeriod(view.labels, view.sentences))) ?? { start: null, end: null };
  const budget = findBudget(view.labels, view.sentences, view.lines);
  warnings.push(...budget.warnings);
  const totalSek = note('budget.totalSek', budget.total);
  const grantedSek = note('budget.grantedSek', budget.granted);
  const funders = settle('funders', chooseFunders(view, owner, lang.value)) ?? [];
  const programme = settle('programme', chooseProgramme(view, doc.pages));
  // An evaluation's PDF author is its evaluator, never the project's manager.
  const projectManager = note(
    'projectManager',
    findManager(view.labels, view.sentences, view.lines, authorIsEvaluator ? [authorIsEvaluator] : [], documentType === 'evaluation'),
  );

  // Organisations whose names contain place names that are not the project's places.
  const nonPlaceOrgs = [owner, ...funders].filter((o): o is string => !!o && !municipalityOfOrganisation(o) && !normaliseCounty(o));
  const geo = findGeography({
    lines: view.lines,
    labels: view.labels,
    projectName,
    coverTitle: coverTitleLines(view.cover, doc.info?.author ?? null)
      .map((l) => l.text)
      .join(' '),
    owner,
    masks: [evaluator?.value ?? null, programme, doc.info?.author ?? null, ...nonPlaceOrgs],
    funders,
  });
  const municipalities = note('municipalities', geo.municipalities) ?? [];
  const county = settle('county', chooseCounty(view, geo.county));

  const lessons = chooseLessons(view, undefined, { evaluation: documentType === 'evaluation' });
  if (lessons.lessons.length && lessons.page)
    provenance.lessonsLearned = { page: lessons.page, snippet: snippet(lessons.heading ?? lessons.lessons[0]!), confidence: 0.8 };
  if (!lessons.lessons.length && documentType !== 'project_description') warnings.push('No lessons section found.');

  const summarySec = sectionsOf(view.sections, 'summary')[0];
  const summary = summarySec
    ? view.lines
        .slice(summarySec.start, summarySec.end)
        .map((l) => l.text)
        .join(' ')
        .slice(0, SUMMARY_MAX) || null
    : null;
  if (summarySec && summary) provenance.summary = { page: summarySec.page, snippet: snippet(summary), confidence: 0.8 };
  const purpose = sectionsOf(view.sections, 'purpose')
    .map((s) =>
      view.lines
        .slice(s.start, s.end)
        .map((l) => l.text)
        .join(' '),
    )
    .join(' ');
  // Themes from what the project is about: name, summary and purpose; where a report has no such
  // sections (forms, short reports), the opening of its text.
  let aboutText = [projectName ?? '', summary ?? '', purpose].join(' ');
  if (wordCount(aboutText) < THEME_MIN_WORDS)
    aboutText += ` ${view.lines
      .map((l) => l.text)
      .join(' ')
      .slice(0, THEME_FALLBACK_CHARS)}`;
  const themes = classifyThemes(aboutText);

  const record: ExtractedRecord = {
    projectName,
    documentType,
    language: lang.value,
    owner,
    diaryNumber,
    period,
    budget: { totalSek, grantedSek },
    county,
    municipalities,
    funders,
    programme,
    projectManager,
    lessonsLearned: lessons.lessons,
    themes,
    summary,
    provenance,
    warnings,
  };
  const ctx = verifyContext(view, documentType, lang.value, doc.pages.length);
  const checks = verifyChoices(record, choices, ctx, opts.verify !== false);
  if (record.projectName) record.projectName = spelledOut(record.projectName, view);
  const entries = opts.inListing ? null : findListing(view);
  return { record: entries ? asListing(record, doc, entries) : record, choices, checks };
}

/** Where a chosen value was read, as the record keeps it. */
function provenanceOf(chosen: Candidate<unknown>, confidence: number): Provenance {
  return { page: chosen.page, snippet: snippet(chosen.evidence), confidence: Number(confidence.toFixed(2)) };
}

/**
 * Reads each chosen value a second time and, when `withhold`, takes back the ones found more likely wrong than right:
 * the field says null, its provenance goes, and the choice shows why. The verifier (model/verify-model.ts) reads each
 * field's chosen value; the project's name is then ranked again among all its candidates (model/name-model.ts).
 */
function verifyChoices(record: ExtractedRecord, choices: Choice<unknown>[], ctx: VerifyContext, withhold: boolean): Check[] {
  const checks: Check[] = [];
  for (const choice of choices) {
    const field = choice.field as VerifiedField;
    if (!VERIFIED_FIELDS.includes(field) || choice.value === null || !choice.chosen) continue;
    const features = verifyFeatures(field, choice, ctx);
    const p = verifyProbability(features);
    const withheld = withhold && p < VERIFY_MIN[field] && !outsideTraining(features);
    checks.push({ field, features, p, withheld });
    if (!withheld) continue;
    const why = `withheld: right with probability ${p.toFixed(2)} < ${VERIFY_MIN[field]}`;
    const r = record as unknown as Record<string, unknown>;
    if (field === 'period') record.period = { start: null, end: null };
    else if (field === 'budget.totalSek') record.budget.totalSek = null;
    else if (field === 'budget.grantedSek') record.budget.grantedSek = null;
    else if (field === 'municipalities' || field === 'funders') r[field] = [];
    else r[field] = null;
    delete record.provenance[field];
    choice.passedOver.unshift({ candidate: choice.chosen, why });
    choice.value = null;
    choice.chosen = null;
  }
  const name = choices.find((c) => c.field === 'projectName') as Choice<string> | undefined;
  if (name && withhold) rankProjectName(record, name, ctx);
  return checks;
}

/**
 * The project's name as the name ranker reads it: its most probable candidate, where that probability is at least
 * NAME_MODEL_MIN, else none. A name other than the rules' replaces theirs, and the choice shows why.
 */
function rankProjectName(record: ExtractedRecord, choice: Choice<string>, ctx: VerifyContext): void {
  // A report with a cover page of its own keeps the name the rules read off it: the ranker learned from web pages
  // and transcripts, whose first page runs on into the text (as the verifier, outsideTraining).
  if (choice.value !== null && ctx.firstPageLines <= COVER_PAGE_LINES) return;
  // Where the rules give no name, the ranker gives none either: held out, the names it found among the candidates the
  // rules found too weak were right 3 times and wrong 2 (and one was a fact box's heading, "project info").
  if (choice.value === null) return;
  const top = rankNames(choice, ctx)[0];
  if (!top) return;
  const withheld = top.p < NAME_MODEL_MIN;
  // Where the ranker and the rules differ only in a name's wording (the rules give the fullest of names that agree),
  // the ranker's stands: held out, the rules' fuller wording was wrong more often than right.
  if (!withheld && choice.value !== null && fold(top.value) === fold(choice.value)) return;
  if (choice.chosen) {
    const why = withheld
      ? `withheld: the most probable name, "${top.value}", is right with probability ${top.p.toFixed(2)} < ${NAME_MODEL_MIN}`
      : `ranked below "${top.value}" (${top.p.toFixed(2)})`;
    choice.passedOver.unshift({ candidate: choice.chosen, why });
  }
  if (withheld) {
    record.projectName = null;
    delete record.provenance.projectName;
    choice.value = null;
    choice.chosen = null;
    return;
  }
  const chosen = { ...top.from, value: top.value };
  choice.passedOver = choice.passedOver.filter((p) => p.candidate !== top.from);
  choice.chosen = chosen;
  choice.value = top.value;
  choice.confidence = top.p;
  record.projectName = top.value;
  record.provenance.projectName = provenanceOf(chosen, top.p);
}

// Fields that belong to one project: a listing's own record leaves them to its projects.
const PROJECT_FIELDS = [
  'projectName',
  'owner',
  'diaryNumber',
  'period',
  'budget.totalSek',
  'budget.grantedSek',
  'projectManager',
  'county',
  'municipalities',
];

/** A listing's record: one record per listed project (its entry's text read on its own); the page itself is `other`. */
function asListing(record: ExtractedRecord, doc: ParsedDocument, entries: ListingEntry[]): ExtractedRecord {
  const projects = entries.map((e) => {
    const sub = explainRecord(
      {
        pages: [e.lines.map((l) => l.text).join('\n')],
        info: { title: null, author: null, creator: null, producer: null },
        format: doc.format,
      },
      { inListing: true },
    ).record;
    // Provenance in the shared source: the entry's page of the listing.
    for (const p of Object.values(sub.provenance)) p.page = e.page;
    // The entry's own words are what the project's record is searched by.
    const text = e.lines.map((l) => l.text).join(' ');
    return { ...sub, summary: sub.summary ?? (text.slice(0, SUMMARY_MAX) || null) };
  });
  const provenance = Object.fromEntries(Object.entries(record.provenance).filter(([k]) => !PROJECT_FIELDS.includes(k)));
  return {
    ...record,
    projectName: null,
    documentType: 'other',
    owner: null,
    diaryNumber: null,
    period: { start: null, end: null },
    budget: { totalSek: null, grantedSek: null },
    county: null,
    municipalities: [],
    projectManager: null,
    provenance,
    warnings: [...record.warnings, `Lists ${projects.length} projects, each with a record of its own.`],
    projects,
  };
}
