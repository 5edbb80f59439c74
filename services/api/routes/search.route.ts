import { Router } from 'express';
import { AppError } from '../../../shared/errors.js';
import { cmp, eq } from '../../../shared/search/filter.js';
import type { ApiDeps } from '../deps.js';
import { searchQuerySchema, type SearchQuery } from './search.schema.js';

/** Turns validated parameters into Meilisearch filters; every user value passes through `eq`'s escaping. */
export function buildReportFilters(p: SearchQuery): string[] {
  const f: string[] = [];
  if (p.owner) f.push(eq('owner', p.owner));
  if (p.county) f.push(eq('county', p.county));
  if (p.municipality) f.push(eq('municipalities', p.municipality));
  if (p.documentType) f.push(eq('documentType', p.documentType));
  // A year range matches projects active at any time in it: started by its end, ended after its start.
  if (p.yearFrom !== undefined) f.push(cmp('endYear', '>=', p.yearFrom));
  if (p.yearTo !== undefined) f.push(cmp('startYear', '<=', p.yearTo));
  if (p.budgetMin !== undefined) f.push(cmp('budgetTotalSek', '>=', p.budgetMin));
  if (p.budgetMax !== undefined) f.push(cmp('budgetTotalSek', '<=', p.budgetMax));
  return f;
}

/** `GET /search`: full-text search over reports with filters, highlighted snippets and paging. */
export function searchRouter(deps: ApiDeps): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    for (const [k, v] of Object.entries(req.query)) {
      if (typeof v !== 'string') throw new AppError('bad_request', `Invalid parameter "${k}": give it once, as plain text.`);
    }
    const params = searchQuerySchema.parse(req.query);
    const result = await deps.search.searchReports({
      q: params.q,
      filter: buildReportFilters(params),
      limit: params.limit,
      offset: params.offset,
    });
    res.json({
      hits: result.hits.map((h) => {
        const fmt = (h._formatted ?? {}) as Record<string, unknown>;
        return {
          id: h.id,
          projectName: h.projectName,
          documentType: h.documentType,
          language: h.language,
          owner: h.owner,
          county: h.county,
          municipalities: h.municipalities,
          period: { start: h.periodStart, end: h.periodEnd },
          budget: { totalSek: h.budgetTotalSek, grantedSek: h.budgetGrantedSek },
          themes: h.themes,
          lessonsLearned: h.lessonsLearned,
          highlight: {
            projectName: fmt.projectName ?? h.projectName,
            owner: fmt.owner ?? h.owner,
            summary: fmt.summary ?? h.summary,
            lessonsLearned: (fmt.lessonsLearned as string[] | undefined)?.filter((l) => l.includes('<mark>')) ?? [],
            body: fmt.body ?? null,
          },
        };
      }),
      total: result.estimatedTotalHits ?? result.totalHits ?? result.hits.length,
      limit: params.limit,
      offset: params.offset,
      processingTimeMs: result.processingTimeMs,
    });
  });
  return router;
}
