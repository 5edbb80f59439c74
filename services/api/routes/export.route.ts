import { once } from 'node:events';
import { Router } from 'express';
import { z } from 'zod';
import type { ReportSearchDocument } from '../../../pipelines/index/to-search-document.js';
import type { ApiDeps } from '../deps.js';
import { assertSingleValued, searchQuerySchema } from './query-params.js';
import { reportView, shapeResult, toIndexQuery } from './search.route.js';

/** `GET /export.jsonl`: every report, one JSON object per line, streamed for bulk pulls. */
export function exportRouter(deps: ApiDeps): Router {
  const router = Router();

  router.get('/export.jsonl', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, []);
    z.strictObject({}).parse(req.query);
    res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="lardom-reports.jsonl"');
    for await (const page of deps.search.allDocuments<ReportSearchDocument>('reports')) {
      for (const doc of page) {
        // Respect back-pressure: a slow client must not make the server buffer the whole archive.
        if (!res.write(`${JSON.stringify(reportView(doc))}\n`)) await once(res, 'drain');
      }
      if (res.destroyed) return;
    }
    res.end();
  });

  return router;
}

const batchSchema = z.strictObject({
  queries: z
    .array(z.looseObject({ index: z.enum(['reports', 'lessons']).default('reports') }))
    .min(1)
    .max(50),
});

/** `POST /batch-search`: up to 50 searches (reports or lessons) with filters, answered in one response. */
export function batchRouter(deps: ApiDeps): Router {
  const router = Router();
  router.post('/batch-search', async (req, res) => {
    const { queries } = batchSchema.parse(req.body);
    const parsed = queries.map(({ index, ...rest }, i) => {
      const r = searchQuerySchema.safeParse(rest);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        throw new z.ZodError([{ ...issue, path: ['queries', i, ...issue.path] }]);
      }
      return { index, p: r.data };
    });
    const results = await deps.search.multiSearch(parsed.map(({ index, p }) => ({ kind: index, query: toIndexQuery(p) })));
    const bodies = parsed.map(({ index, p }, i) => ({ index, ...shapeResult(index, p, results[i]!) }));
    res.json({ results: bodies });
  });
  return router;
}
