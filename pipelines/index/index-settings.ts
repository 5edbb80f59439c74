import type { Settings } from 'meilisearch';
import { SYNONYMS } from './swedish-search.js';
import type { LessonSearchDocument, ReportSearchDocument } from './to-search-document.js';

// Attributes both indexes filter and facet on, so one filter builder serves reports and lessons.
const SHARED_FILTERABLE = [
  'reportId',
  'owner',
  'county',
  'municipalities',
  'documentType',
  'language',
  'themes',
  'programme',
  'years',
  'startYear',
  'endYear',
  'periodStartTs',
  'periodEndTs',
  'budgetTotalSek',
  'budgetGrantedSek',
];

// Language. Every text is indexed once, and folded: it is read with the English pipeline, which folds å/ä/ö to
// a/o, as Meilisearch always folds synonyms ("besoksnaring"), and so are queries (`locales` in
// shared/clients/search-index.ts): with or without diacritics typed, a query and its synonyms match, and highlights
// land on the Swedish words. Declaring the running text Swedish kept å/ä/ö apart and needed a second, folded copy of
// it (`folded.<field>`): the body twice in the index.
// `npm run eval:search -- --extended`, nDCG@10 / recall@10 over 105 queries (then the 41 typed without diacritics):
//   swe+eng running text with folded copies (before)     0.907 / 0.852   0.933 / 0.879
//   no localized attributes (Meilisearch detects)        0.906 / 0.852   0.930 / 0.876
//   eng on every attribute, one copy (this)              0.906 / 0.852   0.930 / 0.876
// (The 58 judged queries alone, before the relevance work: no localized attributes 0.925 / 0.870 and 0.928 / 0.878
// without diacritics; swe+eng with folded copies the same; swe+eng without copies 0.855 / 0.797 and 0.842 / 0.802.)
const COMMON: Settings = {
  // No stop words here: they are left out of queries by the API (prepareQuery in swedish-search.ts), so that
  // synonym phrases holding one ("letter of intent", "access to capital") still fire.
  stopWords: [],
  synonyms: SYNONYMS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
  localizedAttributes: [{ locales: ['eng'], attributePatterns: ['*'] }],
};

// What searches and document reads may return: every field of the search document but the body text, which is
// searched and never shown. Written as a record so that a field added to the document type and missing here fails
// the type check.
const REPORT_FIELDS: Record<Exclude<keyof ReportSearchDocument, 'body'>, true> = {
  id: true,
  reportId: true,
  version: true,
  originalName: true,
  projectName: true,
  documentType: true,
  language: true,
  owner: true,
  diaryNumber: true,
  periodStart: true,
  periodEnd: true,
  startYear: true,
  endYear: true,
  years: true,
  periodStartTs: true,
  periodEndTs: true,
  budgetTotalSek: true,
  budgetGrantedSek: true,
  county: true,
  municipalities: true,
  funders: true,
  programme: true,
  projectManager: true,
  lessonsLearned: true,
  lessonsPage: true,
  themes: true,
  summary: true,
  pageCount: true,
  correctedFields: true,
  indexedAt: true,
};
const LESSON_FIELDS: Record<keyof LessonSearchDocument, true> = {
  id: true,
  reportId: true,
  position: true,
  text: true,
  page: true,
  projectName: true,
  owner: true,
  county: true,
  municipalities: true,
  documentType: true,
  language: true,
  themes: true,
  programme: true,
  periodStart: true,
  periodEnd: true,
  startYear: true,
  endYear: true,
  years: true,
  periodStartTs: true,
  periodEndTs: true,
  budgetTotalSek: true,
  budgetGrantedSek: true,
};

/** The stored fields of each index (what searches and document reads return). */
export const DISPLAYED_FIELDS = { reports: Object.keys(REPORT_FIELDS), lessons: Object.keys(LESSON_FIELDS) };

/**
 * Reports: the project's name, its lessons and its owner count most (attribute order sets their
 * weight under the `attribute` rule); the body text is last, so a word in a title beats one on page 40.
 */
export const REPORTS_SETTINGS: Settings = {
  ...COMMON,
  displayedAttributes: DISPLAYED_FIELDS.reports,
  searchableAttributes: [
    'projectName',
    'lessonsLearned',
    'owner',
    'summary',
    'themes',
    'municipalities',
    'county',
    'programme',
    'funders',
    'projectManager',
    'diaryNumber',
    'originalName',
    'body',
  ],
  filterableAttributes: ['id', 'funders', ...SHARED_FILTERABLE],
  // `id` orders exports (shared/clients/search-index.ts, scan).
  sortableAttributes: ['budgetTotalSek', 'budgetGrantedSek', 'periodStartTs', 'periodEndTs', 'indexedAt', 'id'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};

/** Lessons: one document per lesson; the lesson text first, then its report's name and owner. */
export const LESSONS_SETTINGS: Settings = {
  ...COMMON,
  displayedAttributes: DISPLAYED_FIELDS.lessons,
  searchableAttributes: ['text', 'projectName', 'owner', 'themes', 'municipalities', 'county'],
  filterableAttributes: ['id', 'position', ...SHARED_FILTERABLE],
  // `reportId` and `position` order exports (and page them): each report's lessons together, in the report's order.
  sortableAttributes: ['budgetTotalSek', 'periodStartTs', 'periodEndTs', 'position', 'reportId'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};
