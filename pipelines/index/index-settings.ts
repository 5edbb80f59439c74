import type { Settings } from 'meilisearch';
import { FOLDED, SYNONYMS, TEXT_FIELDS } from './swedish-search.js';
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

// Language. The running text (TEXT_FIELDS) is declared Swedish or English (one rule, both locales:
// Meilisearch tells them apart per field), so Swedish text keeps å, ä and ö as letters of their own.
// Synonyms are always stored folded ("besoksnaring") and people often type "Vaxjo", so the same
// text is indexed once more without diacritics (`folded.<field>`, right after its field), and
// queries are read as English, which folds them (`locales` in shared/clients/search-index.ts): with
// or without diacritics typed, a query and its synonyms match the folded copy, and highlights land
// on the Swedish words. Names and labels (owner, places, themes) are indexed once, folded.
// `npm run eval:search`, nDCG@10 / recall@10 (then with `-- --no-diacritics`):
//   no localized attributes                            0.925 / 0.870   0.928 / 0.878
//   swe+eng on every field                             0.860 / 0.796   0.775 / 0.745
//   … queries read as eng                              0.819 / 0.763   0.775 / 0.745
//   swe+eng on the running text only                   0.855 / 0.797   0.842 / 0.802
//   … with folded copies, queries detected swe/eng     0.897 / 0.840   0.928 / 0.878
//   … with folded copies, queries read as eng (this)   0.925 / 0.870   0.928 / 0.878
// Listing both spellings in the synonyms changes nothing: Meilisearch stores the same folded synonyms.
// No stop words here: they are left out of queries by the API (queryWithoutStopWords in swedish-search.ts), so
// that synonym phrases holding one ("letter of intent", "access to capital") still fire.
const COMMON: Settings = {
  stopWords: [],
  synonyms: SYNONYMS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
};

/** Searchable attributes with the folded copy of each running-text field right after it. */
function withFolded(attributes: string[], textFields: readonly string[]): string[] {
  return attributes.flatMap((a) => (textFields.includes(a) ? [a, `${FOLDED}.${a}`] : [a]));
}

function localized(textFields: readonly string[]): Settings['localizedAttributes'] {
  return [{ locales: ['swe', 'eng'], attributePatterns: [...textFields] }];
}

// What searches return: every field of the search document, never the folded copies. Written as a
// record so that a field added to the document type and missing here fails the type check.
const REPORT_FIELDS: Record<keyof ReportSearchDocument, true> = {
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
  body: true,
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
  localizedAttributes: localized(TEXT_FIELDS.reports),
  searchableAttributes: withFolded(
    [
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
    TEXT_FIELDS.reports,
  ),
  filterableAttributes: ['id', 'funders', ...SHARED_FILTERABLE],
  // `id` orders exports (shared/clients/search-index.ts, scan).
  sortableAttributes: ['budgetTotalSek', 'budgetGrantedSek', 'periodStartTs', 'periodEndTs', 'indexedAt', 'id'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};

/** Lessons: one document per lesson; the lesson text first, then its report's name and owner. */
export const LESSONS_SETTINGS: Settings = {
  ...COMMON,
  displayedAttributes: DISPLAYED_FIELDS.lessons,
  localizedAttributes: localized(TEXT_FIELDS.lessons),
  searchableAttributes: withFolded(['text', 'projectName', 'owner', 'themes', 'municipalities', 'county'], TEXT_FIELDS.lessons),
  filterableAttributes: ['id', 'position', ...SHARED_FILTERABLE],
  // `reportId` and `position` order exports (and page them): each report's lessons together, in the report's order.
  sortableAttributes: ['budgetTotalSek', 'periodStartTs', 'periodEndTs', 'position', 'reportId'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};
