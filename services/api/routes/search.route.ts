import { Router, type Response } from 'express';
import type { SearchResponse } from 'meilisearch';
import type { IndexKind, IndexQuery } from '../../../shared/clients/search-index.js';
import { parseReportId } from '../../../shared/archive.js';
import type { DocumentType } from '../../../shared/types/record.js';
import { csvLine, UTF8_BOM } from '../../../shared/csv.js';
import { columnNames, exportFields, rowValues } from '../export/columns.js';
import type { LessonSearchDocument, ReportSearchDocument } from '../../../pipelines/index/to-search-document.js';
import type { ApiDeps } from '../deps.js';
import type { LinkSigner, OriginalLink } from '../signed-links.js';
import type { FacetValues, LessonBody, LessonHit, LessonResults, ReportBody, ReportHit, ReportResults } from './responses.schema.js';
import {
  activeFacets,
  assertSingleValued,
  buildFilters,
  buildSort,
  facetAttributes,
  facetNameSchema,
  FACETS,
  facetSearchQuerySchema,
  renameFacets,
  searchQuerySchema,
  type SearchQuery,
} from './query-params.js';

type Formatted = Record<string, unknown>;

/** The report fields an API client sees (no body text, no internal timestamps). */
export function reportView(h: ReportSearchDocument): ReportBody {
  return {
    id: h.id,
    projectName: h.projectName,
    documentType: h.documentType as DocumentType,
    language: h.language,
    owner: h.owner,
    diaryNumber: h.diaryNumber,
    county: h.county,
    municipalities: h.municipalities,
    period: { start: h.periodStart, end: h.periodEnd },
    budget: { totalSek: h.budgetTotalSek, grantedSek: h.budgetGrantedSek },
    funders: h.funders,
    programme: h.programme,
    projectManager: h.projectManager,
    themes: h.themes,
    summary: h.summary,
    lessonsLearned: h.lessonsLearned,
    correctedFields: h.correctedFields ?? [],
  };
}

// Meilisearch's formatted copy of a text field (the words found marked), or the field itself.
const formatted = (fmt: Formatted, key: string, fallback: string | null): string | null =>
  typeof fmt[key] === 'string' ? (fmt[key] as string) : fallback;

function reportHit(h: ReportSearchDocument & { _formatted?: Formatted }): ReportHit {
  const fmt = h._formatted ?? {};
  return {
    ...reportView(h),
    highlight: {
      projectName: formatted(fmt, 'projectName', h.projectName),
      owner: formatted(fmt, 'owner', h.owner),
      summary: formatted(fmt, 'summary', h.summary),
      lessonsLearned: ((fmt.lessonsLearned as string[] | undefined) ?? []).filter((l) => l.includes('<mark>')),
    },
  };
}

/** A lesson as an API client sees it: its text, place and page, and its report's context. */
export function lessonView(h: LessonSearchDocument): LessonBody {
  return {
    id: h.id,
    text: h.text,
    position: h.position,
    page: h.page ?? null,
    report: {
      id: h.reportId,
      projectName: h.projectName,
      owner: h.owner,
      county: h.county,
      municipalities: h.municipalities,
      period: { start: h.periodStart, end: h.periodEnd },
      documentType: h.documentType as DocumentType,
      themes: h.themes,
      programme: h.programme,
    },
  };
}

function lessonHit(h: LessonSearchDocument & { _formatted?: Formatted }, link: (documentId: string) => OriginalLink): LessonHit {
  const fmt = h._formatted ?? {};
  return {
    ...lessonView(h),
    highlight: {
      text: formatted(fmt, 'text', h.text)!,
      projectName: formatted(fmt, 'projectName', h.projectName),
      owner: formatted(fmt, 'owner', h.owner),
    },
    // The report's original (a listed project's is its listing's), by a link a plain <a href> can open.
    originalUrl: link(parseReportId(h.reportId)?.documentId ?? h.reportId).url,
  };
}

/**
 * Sends a search's answer as JSON without an ETag: the answer differs at every request (processingTimeMs), so a
 * validator never matches, and making one copied and hashed the whole body (tens of kB) for each search.
 */
export function sendJson(res: Response, body: unknown): void {
  const json = JSON.stringify(body);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(json));
  res.end(json);
}

// One page of hits as CSV, with the export's columns (comma-separated, as it has always been).
function sendCsv(res: Response, kind: IndexKind, rows: Record<string, unknown>[]): void {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="lardom-${kind}.csv"`);
  res.send(UTF8_BOM + csvLine(columnNames(kind)) + rows.map((r) => csvLine(rowValues(kind, r))).join(''));
}

// The stored fields a hit shows (reportView, lessonView): Meilisearch returns only these, never the body text or
// internal timestamps. Meilisearch repeats every field it returns in the hit's formatted copy, so a field the answer
// does not show is left out rather than read, sent and parsed twice for every hit.
const SHOWN: Record<IndexKind, string[]> = {
  reports: [
    ...['id', 'projectName', 'documentType', 'language', 'owner', 'diaryNumber', 'county', 'municipalities', 'periodStart'],
    ...['periodEnd', 'budgetTotalSek', 'budgetGrantedSek', 'funders', 'programme', 'projectManager', 'themes', 'summary'],
    ...['lessonsLearned', 'correctedFields'],
  ],
  lessons: [
    ...['id', 'text', 'position', 'page', 'reportId', 'projectName', 'owner', 'county', 'municipalities', 'periodStart'],
    ...['periodEnd', 'documentType', 'themes', 'programme'],
  ],
};

// A page of hits as CSV also needs the export's columns.
const RETRIEVED: Record<'json' | 'csv', Record<IndexKind, string[]>> = {
  json: SHOWN,
  csv: {
    reports: [...new Set([...SHOWN.reports, ...exportFields('reports')])],
    lessons: [...new Set([...SHOWN.lessons, ...exportFields('lessons')])],
  },
};

/** The index query for validated parameters. */
export function toIndexQuery(p: SearchQuery, kind: IndexKind): IndexQuery {
  return {
    q: p.q,
    attributesToRetrieve: RETRIEVED[p.format][kind],
    filter: buildFilters(p),
    limit: p.limit,
    offset: p.offset,
    page: p.page,
    sort: buildSort(p.sort),
    facets: facetAttributes(p.facets),
  };
}

/**
 * The index queries of one search: the search itself, then, for each facet asked for whose own filter is active,
 * that facet's counts under every other filter (no hits). So the values not chosen keep their counts and several
 * can be combined (county=A&county=B), as in disjunctive faceting.
 */
export function toIndexQueries(p: SearchQuery, kind: IndexKind): IndexQuery[] {
  const main = toIndexQuery(p, kind);
  if (p.format === 'csv') return [main];
  return [main, ...activeFacets(p).map((f) => ({ q: p.q, filter: buildFilters(p, f), limit: 0, offset: 0, facets: [FACETS[f]] }))];
}

/** The answer to `toIndexQueries`: the search's response, each active facet's counts taken from its own query. */
export function withFacetCounts(
  p: SearchQuery,
  [main, ...counts]: SearchResponse<Record<string, unknown>>[],
): SearchResponse<Record<string, unknown>> {
  if (!main) throw new Error('no search response');
  if (!counts.length) return main;
  const dist = { ...main.facetDistribution };
  activeFacets(p).forEach((f, i) => {
    dist[FACETS[f]] = counts[i]?.facetDistribution?.[FACETS[f]] ?? {};
  });
  return { ...main, facetDistribution: dist };
}

/** Runs several searches (with their facet counts) in one round trip; answers in the order asked. */
export async function runSearches(
  deps: ApiDeps,
  searches: { kind: IndexKind; p: SearchQuery }[],
): Promise<SearchResponse<Record<string, unknown>>[]> {
  const groups = searches.map(({ kind, p }) => toIndexQueries(p, kind).map((query) => ({ kind, query })));
  const results = await deps.search.multiSearch(groups.flat());
  let at = 0;
  return searches.map(({ p }, i) => {
    const n = groups[i]!.length;
    at += n;
    return withFacetCounts(p, results.slice(at - n, at));
  });
}

/**
 * Shapes a Meilisearch response the way the API answers (shared by the single and batch endpoints); `link` gives a
 * lesson's link to its original.
 */
export function shapeResult(
  kind: IndexKind,
  p: SearchQuery,
  result: SearchResponse<Record<string, unknown>>,
  link: (documentId: string) => OriginalLink,
): ReportResults | LessonResults {
  const hits =
    kind === 'reports'
      ? result.hits.map((h) => reportHit(h as unknown as ReportSearchDocument))
      : result.hits.map((h) => lessonHit(h as unknown as LessonSearchDocument, link));
  return {
    hits,
    total: result.totalHits ?? result.estimatedTotalHits ?? result.hits.length,
    limit: p.limit,
    ...(p.page
      ? { offset: (p.page - 1) * p.limit, page: p.page, totalPages: result.totalPages ?? 0, totalExact: true }
      : { offset: p.offset, totalExact: false }),
    ...(p.facets?.length ? { facets: renameFacets(p.facets, result.facetDistribution) } : {}),
    processingTimeMs: result.processingTimeMs,
  } as ReportResults | LessonResults;
}

/** `GET /search` (reports) and `GET /lessons` (one hit per lesson, with its report's context). */
export function searchRouter(deps: ApiDeps, links: LinkSigner): Router {
  const router = Router();
  for (const [path, kind] of [
    ['/search', 'reports'],
    ['/lessons', 'lessons'],
  ] as const) {
    router.get(path, async (req, res) => {
      assertSingleValued(req.query as Record<string, unknown>);
      const p = searchQuerySchema.parse(req.query);
      const [result] = await runSearches(deps, [{ kind, p }]);
      if (!result) throw new Error('no search response');
      if (p.format === 'csv') return sendCsv(res, kind, result.hits);
      sendJson(res, shapeResult(kind, p, result, await links.linker()));
    });
  }
  // The values of one facet that begin with some text, counted as the search's facet counts are.
  router.get('/facets/:facet/search', async (req, res) => {
    const facet = facetNameSchema.parse(req.params.facet);
    assertSingleValued(req.query as Record<string, unknown>);
    const p = facetSearchQuerySchema.parse(req.query);
    const values = await deps.search.searchFacetValues(p.index, {
      attribute: FACETS[facet],
      facetQuery: p.facetQuery,
      q: p.q,
      filter: buildFilters(p, facet),
    });
    res.json({ facet, facetQuery: p.facetQuery, values } satisfies FacetValues);
  });
  return router;
}
