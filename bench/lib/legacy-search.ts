// The search index as it was before the lean index, kept here so that the query bench can measure it side by side
// with the current one in the same run, on the same Meilisearch and the same reports:
// - the running text declared Swedish or English (Meilisearch then keeps å/ä/ö) and indexed a second time, folded,
//   under `folded.<field>` (so the body twice), with the stop words in the index settings;
// - every stored field returned with each hit (the body too) and the body highlighted and cropped for every hit.
// Only the bench uses it.
import type { Settings } from 'meilisearch';
import { LESSONS_SETTINGS, REPORTS_SETTINGS } from '../../pipelines/index/index-settings.js';
import { foldDiacritics, STOP_WORDS } from '../../pipelines/index/swedish-search.js';
import { toLessonDocuments, type ReportSearchDocument } from '../../pipelines/index/to-search-document.js';

const FOLDED = 'folded';
const TEXT_FIELDS = { reports: ['projectName', 'lessonsLearned', 'summary', 'body'], lessons: ['text', 'projectName'] } as const;

function withFolded(attributes: readonly string[], textFields: readonly string[]): string[] {
  return attributes.flatMap((a) => (textFields.includes(a) ? [a, `${FOLDED}.${a}`] : [a]));
}

/** The index settings of the earlier index. */
export const LEGACY_SETTINGS: Record<'reports' | 'lessons', Settings> = {
  reports: {
    ...REPORTS_SETTINGS,
    stopWords: STOP_WORDS,
    localizedAttributes: [{ locales: ['swe', 'eng'], attributePatterns: [...TEXT_FIELDS.reports] }],
    displayedAttributes: [...(REPORTS_SETTINGS.displayedAttributes ?? []), 'body'],
    searchableAttributes: withFolded(REPORTS_SETTINGS.searchableAttributes ?? [], TEXT_FIELDS.reports),
  },
  lessons: {
    ...LESSONS_SETTINGS,
    stopWords: STOP_WORDS,
    localizedAttributes: [{ locales: ['swe', 'eng'], attributePatterns: [...TEXT_FIELDS.lessons] }],
    searchableAttributes: withFolded(LESSONS_SETTINGS.searchableAttributes ?? [], TEXT_FIELDS.lessons),
  },
};

function folded<T extends object>(doc: T, fields: readonly string[]): T & { folded: Record<string, unknown> } {
  const copy: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (doc as Record<string, unknown>)[f];
    if (typeof v === 'string') copy[f] = foldDiacritics(v);
    else if (Array.isArray(v)) copy[f] = v.map((x: unknown) => (typeof x === 'string' ? foldDiacritics(x) : x));
  }
  return { ...doc, [FOLDED]: copy };
}

/** The documents the earlier index held for these reports: each with folded copies of its running text. */
export function legacyDocuments(docs: ReportSearchDocument[]): { reports: object[]; lessons: object[] } {
  return {
    reports: docs.map((d) => folded(d, TEXT_FIELDS.reports)),
    lessons: docs.flatMap(toLessonDocuments).map((l) => folded(l, TEXT_FIELDS.lessons)),
  };
}

/**
 * A search request the API makes today, as the earlier API made it against the earlier index: every field returned,
 * the body highlighted and cropped, in the legacy index `uid(index)`. Multi-search bodies are rewritten query by query.
 */
export function legacyRequest(body: string, uid: (indexUid: string) => string): string {
  const one = (q: Record<string, unknown>): Record<string, unknown> => {
    const reports = typeof q.indexUid === 'string' ? !q.indexUid.endsWith('lessons') : true;
    return {
      ...q,
      ...(typeof q.indexUid === 'string' ? { indexUid: uid(q.indexUid) } : {}),
      attributesToRetrieve: ['*'],
      ...(reports
        ? {
            attributesToHighlight: ['projectName', 'owner', 'summary', 'lessonsLearned'],
            attributesToCrop: ['summary', 'body'],
            cropLength: 40,
          }
        : {}),
    };
  };
  const parsed = JSON.parse(body) as Record<string, unknown> & { queries?: Record<string, unknown>[] };
  return JSON.stringify(parsed.queries ? { ...parsed, queries: parsed.queries.map(one) } : one(parsed));
}
