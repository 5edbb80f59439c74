import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.js';
import type { ApiDeps } from '../deps.js';
import { exportFields } from '../export/columns.js';
import { writeCsv, writeJsonl, writeXlsx, type Pages } from '../export/writers.js';
import { assertSingleValued, buildFilters, exportQuerySchema, parseSort, searchQuerySchema, type ExportFormat } from './query-params.js';
import type { LinkSigner } from '../signed-links.js';
import type { BatchResults } from './responses.schema.js';
import { runSearches, sendJson, shapeResult } from './search.route.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** Yields `first` (already read) and then the rest of `pages`. */
async function* withFirst(first: IteratorResult<Record<string, unknown>[]>, pages: AsyncGenerator<Record<string, unknown>[]>): Pages {
  if (first.done) return;
  yield first.value;
  yield* pages;
}

/**
 * `GET /export`: every report or lesson that matches a search (words, filters, sort), streamed as CSV,
 * Excel or JSON Lines with the columns of services/api/export/columns.ts. `GET /export.jsonl` is the
 * same with JSON Lines (reports unless `index` says otherwise).
 */
export function exportRouter(deps: ApiDeps): Router {
  const router = Router();

  const handle = async (req: Request, res: Response, only?: ExportFormat) => {
    const query = req.query as Record<string, unknown>;
    assertSingleValued(query);
    const p = exportQuerySchema.parse(only && query.format === undefined ? { ...query, format: only } : query);
    if (only && p.format !== only)
      throw new AppError('bad_request', `Invalid parameter "format": this address gives ${only}; use /export for others.`);
    const pages = deps.search.scan<Record<string, unknown>>(p.index, {
      q: p.q,
      filter: buildFilters(p),
      sort: parseSort(p.sort),
      fields: exportFields(p.index),
      pageSize: deps.config.exportPageSize,
    });
    // The first page is read before anything is sent, so a refused filter or an unavailable Meilisearch
    // answers with its error status rather than a cut-off file.
    const first = await pages.next();
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('content-type', CONTENT_TYPES[p.format]);
    res.setHeader('content-disposition', `attachment; filename="lardom-${p.index}-${day}.${p.format}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    if (req.method === 'HEAD') {
      await pages.return(undefined);
      res.end();
      return;
    }
    const all = withFirst(first, pages);
    try {
      if (p.format === 'csv') await writeCsv(res, p.index, all, { delimiter: p.delimiter ?? 'semicolon', bom: p.bom !== 'false' });
      else if (p.format === 'xlsx') await writeXlsx(res, p.index, all);
      else await writeJsonl(res, p.index, all);
    } catch (err) {
      // The file has begun, so no error status can be sent: the transfer is cut off instead, which the
      // client sees as an incomplete download rather than a shorter file.
      (req.log ?? deps.log).error({ err }, 'export failed part-way');
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  };

  router.get('/export', (req, res) => handle(req, res));
  router.get('/export.jsonl', (req, res) => handle(req, res, 'jsonl'));
  return router;
}

const batchSchema = z.strictObject({
  queries: z
    .array(z.looseObject({ index: z.enum(['reports', 'lessons']).default('reports') }))
    .min(1)
    .max(50),
});

/** `POST /batch-search`: up to 50 searches (reports or lessons) with filters, answered in one response. */
export function batchRouter(deps: ApiDeps, links: LinkSigner): Router {
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
    const results = await runSearches(
      deps,
      parsed.map(({ index, p }) => ({ kind: index, p })),
    );
    const link = await links.linker();
    const bodies = parsed.map(({ index, p }, i) => ({ index, ...shapeResult(index, p, results[i]!, link) }));
    sendJson(res, { results: bodies } as BatchResults);
  });
  return router;
}
