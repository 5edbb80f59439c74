import type { Settings } from 'meilisearch';
import { STOP_WORDS, SYNONYMS } from './swedish-search.js';

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

// No `localizedAttributes`: Meilisearch detects the language of each field itself. Declaring
// Swedish keeps å/ä/ö as letters of their own in the index, while synonyms (and queries typed
// without them, "Vaxjo") are folded to a/o, so "tourism" never found "besöksnäring", "evaluation"
// never found "utvärdering", and "Vaxjo" missed the Swedish Växjö report. `npm run eval:search` measures it.
const COMMON: Settings = {
  displayedAttributes: ['*'],
  localizedAttributes: [],
  stopWords: STOP_WORDS,
  synonyms: SYNONYMS,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
};

/**
 * Reports: the project's name, its lessons and its owner count most (attribute order sets their
 * weight under the `attribute` rule); the body text is last, so a word in a title beats one on page 40.
 */
export const REPORTS_SETTINGS: Settings = {
  ...COMMON,
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
  sortableAttributes: ['budgetTotalSek', 'budgetGrantedSek', 'periodStartTs', 'periodEndTs', 'indexedAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};

/** Lessons: one document per lesson; the lesson text first, then its report's name and owner. */
export const LESSONS_SETTINGS: Settings = {
  ...COMMON,
  searchableAttributes: ['text', 'projectName', 'owner', 'themes', 'municipalities', 'county'],
  filterableAttributes: ['id', ...SHARED_FILTERABLE],
  sortableAttributes: ['budgetTotalSek', 'periodStartTs', 'periodEndTs', 'position'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};
