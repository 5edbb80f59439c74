import { Router } from 'express';
import { z } from 'zod';
import { parseReportId } from '../../../shared/archive.js';
import { AppError } from '../../../shared/errors.js';
import { eq } from '../../../shared/search/filter.js';
import { queryTerms, rankSimilar } from '../../../pipelines/index/similarity.js';
import type { ReportSearchDocument } from '../../../pipelines/index/to-search-document.js';
import type { ApiDeps } from '../deps.js';
import { assertSingleValued } from './query-params.js';
import type { CompareResult, SimilarResults } from './responses.schema.js';
import { reportView } from './search.route.js';

const CANDIDATES = 120;

/** Whole months from start to end, both included ("2015-02" to "2016-11" = 22); null when either is unknown. */
export function durationMonths(start: string | null, end: string | null): number | null {
  const a = start && /^(\d{4})-(\d{2})/.exec(start);
  const b = end && /^(\d{4})-(\d{2})/.exec(end);
  if (!a || !b) return null;
  const months = (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2])) + 1;
  return months > 0 ? months : null;
}

const COMPARED = [
  ['owner', (r: ReportSearchDocument) => r.owner],
  ['documentType', (r: ReportSearchDocument) => r.documentType],
  ['period.start', (r: ReportSearchDocument) => r.periodStart],
  ['period.end', (r: ReportSearchDocument) => r.periodEnd],
  ['period.months', (r: ReportSearchDocument) => durationMonths(r.periodStart, r.periodEnd)],
  ['budget.totalSek', (r: ReportSearchDocument) => r.budgetTotalSek],
  ['budget.grantedSek', (r: ReportSearchDocument) => r.budgetGrantedSek],
  ['county', (r: ReportSearchDocument) => r.county],
  ['municipalities', (r: ReportSearchDocument) => [...r.municipalities].sort().join('|')],
  ['themes', (r: ReportSearchDocument) => [...r.themes].sort().join('|')],
  ['programme', (r: ReportSearchDocument) => r.programme],
] as const;

async function candidatesFor(deps: ApiDeps, target: ReportSearchDocument): Promise<ReportSearchDocument[]> {
  const notSelf = `NOT ${eq('id', target.id)}`;
  const [byText, byTheme] = await Promise.all([
    deps.search.search<Record<string, unknown>>('reports', {
      q: queryTerms(target).join(' '),
      filter: [notSelf],
      limit: CANDIDATES,
      offset: 0,
      matchingStrategy: 'last',
      attributesToRetrieve: ['*'],
    }),
    target.themes.length
      ? deps.search.search<Record<string, unknown>>('reports', {
          q: '',
          filter: [notSelf, target.themes.map((t) => eq('themes', t)).join(' OR ')],
          limit: CANDIDATES / 2,
          offset: 0,
        })
      : Promise.resolve({ hits: [] as Record<string, unknown>[] }),
  ]);
  const seen = new Map<string, ReportSearchDocument>();
  for (const h of [...byText.hits, ...byTheme.hits]) seen.set(h.id as string, h as unknown as ReportSearchDocument);
  return [...seen.values()];
}

/** `GET /projects/:id/similar` and `GET /compare`. */
export function projectsRouter(deps: ApiDeps): Router {
  const router = Router();

  router.get('/projects/:id/similar', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, []);
    const { limit } = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) }).parse(req.query);
    const id = String(req.params.id);
    const target = parseReportId(id) ? await deps.search.getReport(id) : null;
    if (!target) throw new AppError('not_found', 'Unknown report id.');
    const matches = rankSimilar(target, await candidatesFor(deps, target), limit);
    res.json({
      id,
      hits: matches.map((m) => ({ ...reportView(m.report), score: m.score, reason: m.reason })),
    } satisfies SimilarResults);
  });

  router.get('/compare', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, []);
    const { ids } = z
      .strictObject({
        ids: z
          .string()
          .transform((v) => [
            ...new Set(
              v
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            ),
          ])
          .pipe(
            z
              .array(
                z
                  .string()
                  .refine(
                    (id) => !!parseReportId(id),
                    'each id is a report id (a document id, or a listed project\'s "<document id>-<n>")',
                  ),
              )
              .min(2)
              .max(5),
          ),
      })
      .parse(req.query);
    const reports = await deps.search.getReports(ids);
    const missing = ids.filter((id) => !reports.some((r) => r.id === id));
    if (missing.length) throw new AppError('not_found', `Unknown report ids: ${missing.join(', ')}`);
    const differing = COMPARED.filter(([, get]) => new Set(reports.map((r) => JSON.stringify(get(r) ?? null))).size > 1).map(
      ([name]) => name,
    );
    res.json({
      ids,
      reports: reports.map((r) => ({
        ...reportView(r),
        period: { start: r.periodStart, end: r.periodEnd, months: durationMonths(r.periodStart, r.periodEnd) },
      })),
      differing,
    } satisfies CompareResult);
  });

  return router;
}
