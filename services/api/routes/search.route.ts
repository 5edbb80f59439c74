import { Router, type Response } from 'express';
import type { SearchResponse } from 'meilisearch';
import type { IndexKind, IndexQuery } from '../../../shared/clients/search-index.js';
import { toCsv } from '../../../shared/csv.js';
import type { LessonSearchDocument, ReportSearchDocument } from '../../../pipelines/index/to-search-document.js';
import type { ApiDeps } from '../deps.js';
import {
  assertSingleValued,
  buildFilters,
  buildSort,
  facetAttributes,
  renameFacets,
  searchQuerySchema,
  type SearchQuery,
} from './query-params.js';

/** Columns of the reports CSV export; stable: new columns are only ever added at the end. */
export const REPORT_CSV_COLUMNS = [
  'id',
  'projectName',
  'documentType',
  'language',
  'owner',
  'diaryNumber',
  'periodStart',
  'periodEnd',
  'budgetTotalSek',
  'budgetGrantedSek',
  'county',
  'municipalities',
  'funders',
  'programme',
  'projectManager',
  'themes',
  'lessonsLearned',
] as const;

/** Columns of the lessons CSV export; stable as above. */
export const LESSON_CSV_COLUMNS = [
  'id',
  'reportId',
  'position',
  'text',
  'projectName',
  'owner',
  'county',
  'municipalities',
  'periodStart',
  'periodEnd',
  'documentType',
  'themes',
  'programme',
] as const;

type Formatted = Record<string, unknown>;

/** The report fields an API client sees (no body text, no internal timestamps). */
export function reportView(h: ReportSearchDocument) {
  return {
    id: h.id,
    projectName: h.projectName,
    documentType: h.documentType,
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

function reportHit(h: ReportSearchDocument & { _formatted?: Formatted }) {
  const fmt = h._formatted ?? {};
  return {
    ...reportView(h),
    highlight: {
      projectName: fmt.projectName ?? h.projectName,
      owner: fmt.owner ?? h.owner,
      summary: fmt.summary ?? h.summary,
      lessonsLearned: ((fmt.lessonsLearned as string[] | undefined) ?? []).filter((l) => l.includes('<mark>')),
      body: fmt.body ?? null,
    },
  };
}

function lessonHit(h: LessonSearchDocument & { _formatted?: Formatted }) {
  const fmt = h._formatted ?? {};
  return {
    id: h.id,
    text: h.text,
    position: h.position,
    highlight: { text: fmt.text ?? h.text, projectName: fmt.projectName ?? h.projectName, owner: fmt.owner ?? h.owner },
    report: {
      id: h.reportId,
      projectName: h.projectName,
      owner: h.owner,
      county: h.county,
      municipalities: h.municipalities,
      period: { start: h.periodStart, end: h.periodEnd },
      documentType: h.documentType,
      themes: h.themes,
      programme: h.programme,
    },
  };
}

function sendCsv(res: Response, name: string, columns: readonly string[], rows: Record<string, unknown>[]): void {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
  res.send(`\uFEFF${toCsv(columns, rows)}`);
}

/** The index query for validated parameters. */
export function toIndexQuery(p: SearchQuery): IndexQuery {
  return {
    q: p.q,
    filter: buildFilters(p),
    limit: p.limit,
    offset: p.offset,
    sort: buildSort(p.sort),
    facets: facetAttributes(p.facets),
  };
}

/** Shapes a Meilisearch response the way the API answers (shared by the single and batch endpoints). */
export function shapeResult(kind: IndexKind, p: SearchQuery, result: SearchResponse<Record<string, unknown>>) {
  const hits =
    kind === 'reports'
      ? result.hits.map((h) => reportHit(h as unknown as ReportSearchDocument))
      : result.hits.map((h) => lessonHit(h as unknown as LessonSearchDocument));
  return {
    hits,
    total: result.estimatedTotalHits ?? result.totalHits ?? result.hits.length,
    limit: p.limit,
    offset: p.offset,
    ...(p.facets?.length ? { facets: renameFacets(p.facets, result.facetDistribution) } : {}),
    processingTimeMs: result.processingTimeMs,
  };
}

/** `GET /search` (reports) and `GET /lessons` (one hit per lesson, with its report's context). */
export function searchRouter(deps: ApiDeps): Router {
  const router = Router();
  for (const [path, kind] of [
    ['/search', 'reports'],
    ['/lessons', 'lessons'],
  ] as const) {
    router.get(path, async (req, res) => {
      assertSingleValued(req.query as Record<string, unknown>);
      const p = searchQuerySchema.parse(req.query);
      const result = await deps.search.search<Record<string, unknown>>(kind, toIndexQuery(p));
      if (p.format === 'csv') {
        const rows = result.hits;
        return kind === 'reports'
          ? sendCsv(res, 'lardom-reports', REPORT_CSV_COLUMNS, rows)
          : sendCsv(res, 'lardom-lessons', LESSON_CSV_COLUMNS, rows);
      }
      res.json(shapeResult(kind, p, result));
    });
  }
  return router;
}
