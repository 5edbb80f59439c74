import { DOCUMENT_TYPES, FACETS } from './routes/query-params.js';
import { columnNames, EXPORT_COLUMNS } from './export/columns.js';
import { ERROR_CODES } from '../../shared/errors.js';
import { THEMES } from '../../shared/types/record.js';
import { LESSON_GROUPS_PATHS, LESSON_GROUPS_SCHEMAS } from './openapi-lesson-groups.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const strs = { type: 'array', items: str };
const nint = { type: ['integer', 'null'] };
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));
const q = (name: string, schema: object, description: string, extra: object = {}) => ({
  name,
  in: 'query',
  schema,
  description,
  ...extra,
});
const many = (name: string, description: string) =>
  q(name, { type: 'array', items: str }, `${description} Repeat the parameter for any of several values.`, {
    style: 'form',
    explode: true,
  });

const FILTERS = [
  many('owner', 'Project owner, exactly as extracted (e.g. "Ludvika kommun").'),
  many('county', 'County, official name (e.g. "Dalarnas län").'),
  many('municipality', 'Municipality, short name (e.g. "Ludvika").'),
  q('documentType', { type: 'array', items: { enum: DOCUMENT_TYPES } }, 'Kind of document.', { style: 'form', explode: true }),
  many('theme', `National priority: ${THEMES.join(', ')}.`),
  many('programme', 'Funding programme.'),
  q(
    'year',
    { type: 'array', items: { type: 'integer' } },
    'Projects active in this year (the year facet). Repeat the parameter for any of several years.',
    { style: 'form', explode: true },
  ),
  q('yearFrom', { type: 'integer' }, 'Projects active in or after this year.'),
  q('yearTo', { type: 'integer' }, 'Projects active in or before this year.'),
  q(
    'activeFrom',
    { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    'Period overlap: projects still running on or after this date.',
  ),
  q('activeTo', { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, 'Period overlap: projects started on or before this date.'),
  q('budgetMin', { type: 'number', minimum: 0 }, 'Total budget at least this many kronor.'),
  q('budgetMax', { type: 'number', minimum: 0 }, 'Total budget at most this many kronor.'),
];
const SEARCH_PARAMS = [
  q('q', str, 'Words to search for (Swedish or English; typos tolerated).'),
  ...FILTERS,
  q(
    'facets',
    str,
    `Comma-separated facets to count: ${Object.keys(FACETS).join(', ')}. A facet whose own filter is given is counted ` +
      'without that filter (under all the others), so its other values keep their counts and can be added (county=A&county=B).',
  ),
  q(
    'sort',
    { type: 'string', pattern: '^(relevance|(budget|start|end)(:(asc|desc))?)$' },
    'relevance (default), budget, start or end, with :asc or :desc (default desc).',
  ),
  q('format', { enum: ['json', 'csv'] }, 'csv returns the hits of this page as CSV with stable columns.'),
  q('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Hits per page.'),
  q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Hits to skip; the total is then an estimate.'),
  q(
    'page',
    { type: 'integer', minimum: 1 },
    'Page of `limit` hits, from 1, instead of offset; the total is then exact. Page × limit at most 10,000.',
  ),
];
const EXPORT_PARAMS = [
  q('index', { enum: ['reports', 'lessons'], default: 'reports' }, 'reports: one row per report; lessons: one row per lesson learned.'),
  q('format', { enum: ['csv', 'xlsx', 'jsonl'], default: 'csv' }, 'CSV, an Excel workbook, or JSON Lines.'),
  q('delimiter', { enum: ['semicolon', 'comma'], default: 'semicolon' }, 'CSV only: `;` (what Excel expects in Swedish settings) or `,`.'),
  q(
    'bom',
    { enum: ['true', 'false'], default: 'true' },
    'CSV only: false leaves out the UTF-8 byte order mark that makes Excel read å, ä, ö right.',
  ),
  q('q', str, 'Words to search for, as in GET /search: every match is exported.'),
  ...FILTERS,
  q(
    'sort',
    { type: 'string', pattern: '^(relevance|(budget|start|end)(:(asc|desc))?)$' },
    'budget, start or end, with :asc or :desc (default desc); documents without the value come last. Otherwise (and with relevance) reports come by id and lessons by report and position.',
  ),
];

/** A Markdown table of an export's columns, for the endpoint's description. */
function columnTable(kind: 'reports' | 'lessons'): string {
  return [
    '| column | kind | meaning |',
    '| --- | --- | --- |',
    ...EXPORT_COLUMNS[kind].map((c) => `| ${c.name} | ${c.kind} | ${c.description.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`),
  ].join('\n');
}

/** The columns of an export as a JSON schema (one row; lists are joined in one cell). */
function rowSchema(kind: 'reports' | 'lessons'): Record<string, unknown> {
  return {
    type: 'object',
    description: `One row of a ${kind} export (CSV header and Excel columns, in this order).`,
    properties: Object.fromEntries(
      EXPORT_COLUMNS[kind].map((c) => [c.name, { type: [c.kind === 'number' ? 'number' : 'string', 'null'], description: c.description }]),
    ),
  };
}

const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-f0-9]{64}(-[1-9][0-9]{0,3})?$' },
  description:
    'Document id: sha256 of the original file. A project that a listing document presents has the id "<document id>-<position>" (read, original and similar; corrections and deletion act on the document).',
};
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const readSecurity = [{}, { bearer: [] }];
const writeSecurity = [{ bearer: [] }];

/** The OpenAPI 3.1 description of every endpoint, served at /api/v1/openapi.json and browsable at /api/docs. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lärdom API',
      version: '1',
      description:
        'Search the lessons learned, owners, periods and budgets of Swedish regional-development project reports. ' +
        'Reads are open unless the server has read keys; writes need a write key, sent as `Authorization: Bearer KEY`.',
    },
    servers: [{ url: '/' }],
    security: readSecurity,
    paths: {
      '/health': {
        get: {
          summary: 'Health of Redis and Meilisearch',
          security: [{}],
          responses: { 200: json(ref('Health')), 503: json(ref('Health'), 'A backing service is down') },
        },
      },
      '/api/v1/documents': {
        post: {
          summary:
            'Upload a report: PDF, Word (.docx), OpenDocument (.odt), web page (.html) or plain text, told apart by content (415 unsupported_type otherwise)',
          security: writeSecurity,
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
                },
              },
            },
          },
          responses: {
            202: json({ type: 'object', properties: { id: str, status: ref('Status'), duplicate: { type: 'boolean' } } }, 'Accepted'),
            ...errors(400, 401, 403, 413, 415, 429, 503),
          },
        },
      },
      '/api/v1/documents/{id}': {
        get: {
          summary: 'Status of a document, and its record once indexed',
          parameters: [idParam],
          responses: { 200: json(ref('DocumentState')), ...errors(401, 404) },
        },
        delete: {
          summary: 'Delete a report and its lessons everywhere',
          security: writeSecurity,
          parameters: [idParam],
          responses: {
            200: json({ type: 'object', properties: { id: str, deleted: { type: 'boolean' } } }),
            ...errors(401, 403, 404, 409),
          },
        },
      },
      '/api/v1/documents/{id}/original': {
        get: {
          summary: 'The original file from the archive (PDF and text inline; Word, OpenDocument and web pages as downloads)',
          parameters: [idParam],
          responses: {
            200: {
              description: 'The original file, with the content type of its kind',
              content: {
                'application/pdf': {},
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {},
                'application/vnd.oasis.opendocument.text': {},
                'text/html': {},
                'text/plain': {},
              },
            },
            ...errors(401, 404),
          },
        },
      },
      '/api/v1/documents/{id}/retry': {
        post: {
          summary:
            'Read a failed document again from its archived original, when it failed on a passing fault (internal, service_unavailable); a bad file (pdf_corrupt, unsupported_type, …) answers 409',
          security: writeSecurity,
          parameters: [idParam],
          responses: {
            202: json({ type: 'object', properties: { id: str, status: ref('Status'), stage: str } }, 'Queued again'),
            ...errors(401, 403, 404, 409, 503),
          },
        },
      },
      '/api/v1/documents/{id}/record': {
        patch: {
          summary: 'Correct extracted fields (kept as manual corrections, indexed at once)',
          security: writeSecurity,
          parameters: [idParam],
          requestBody: { required: true, content: { 'application/json': { schema: ref('Correction') } } },
          responses: {
            200: json({ type: 'object', properties: { id: str, record: ref('Record'), corrections: { type: 'object' } } }),
            ...errors(400, 401, 403, 404, 409),
          },
        },
      },
      '/api/v1/search': {
        get: {
          summary: 'Search reports',
          parameters: SEARCH_PARAMS,
          responses: {
            200: {
              description: 'Hits, total, facets',
              content: {
                'application/json': { schema: ref('ReportResults') },
                'text/csv': {
                  schema: { type: 'string', description: `Columns (those of GET /export): ${columnNames('reports').join(',')}` },
                },
              },
            },
            ...errors(400, 401, 403, 429),
          },
        },
      },
      '/api/v1/lessons': {
        get: {
          summary: 'Search lessons learned across all reports',
          parameters: SEARCH_PARAMS,
          responses: {
            200: {
              description: 'Lessons with their report context',
              content: {
                'application/json': { schema: ref('LessonResults') },
                'text/csv': {
                  schema: { type: 'string', description: `Columns (those of GET /export): ${columnNames('lessons').join(',')}` },
                },
              },
            },
            ...errors(400, 401, 403, 429),
          },
        },
      },
      '/api/v1/facets/{facet}/search': {
        get: {
          summary: "Search a facet's values (e.g. owners beginning with some text), counted as the search's facets are",
          parameters: [
            {
              name: 'facet',
              in: 'path',
              required: true,
              schema: { enum: Object.keys(FACETS) },
              description: 'The facet whose values to search.',
            },
            q(
              'facetQuery',
              str,
              'Text the values are to begin with (any word of them; diacritics optional). Empty: the most frequent values.',
            ),
            q('index', { enum: ['reports', 'lessons'], default: 'reports' }, 'Count reports or lessons.'),
            q('q', str, 'Words of the search whose documents are counted.'),
            ...FILTERS,
          ],
          responses: {
            200: json({
              type: 'object',
              properties: {
                facet: str,
                facetQuery: str,
                values: {
                  type: 'array',
                  description: "At most 100, most frequent first. The facet's own filter is left out, as in the search's facet counts.",
                  items: { type: 'object', properties: { value: str, count: { type: 'integer' } } },
                },
              },
            }),
            ...errors(400, 401, 403, 429),
          },
        },
      },
      '/api/v1/projects/{id}/similar': {
        get: {
          summary: 'Reports on similar projects, with the reason each matched',
          parameters: [idParam, q('limit', { type: 'integer', minimum: 1, maximum: 50, default: 10 }, 'How many.')],
          responses: {
            200: json({ type: 'object', properties: { id: str, hits: { type: 'array', items: ref('SimilarHit') } } }),
            ...errors(400, 401, 404),
          },
        },
      },
      '/api/v1/compare': {
        get: {
          summary: 'Compare 2-5 reports side by side',
          parameters: [q('ids', str, 'Comma-separated document ids (2 to 5).', { required: true })],
          responses: {
            200: json({
              type: 'object',
              properties: {
                ids: strs,
                reports: { type: 'array', items: ref('Report') },
                differing: { ...strs, description: 'Fields whose values differ.' },
              },
            }),
            ...errors(400, 401, 404),
          },
        },
      },
      '/api/v1/export': {
        get: {
          summary: 'Every report or lesson that matches a search, streamed as CSV, Excel or JSON Lines',
          description: [
            'Takes the words, filters and sort of GET /search and GET /lessons and returns every match, not a page:',
            'Meilisearch is read a page at a time (LARDOM_EXPORT_PAGE_SIZE) and the file is written as the client reads it.',
            'The columns are stable: names never change and new ones are only added at the end.',
            'CSV: `;` and a UTF-8 byte order mark by default (Excel in Swedish opens it right), `delimiter=comma` for `,`;',
            'cells are quoted as RFC 4180 asks, and text that a spreadsheet would take for a formula (starting with = + - @,',
            'a tab or a line break) gets a leading apostrophe. Excel: one sheet with a frozen header row; numbers are number',
            "cells, the rest text (never formulas; cut at 32,767 characters, Excel's limit). JSON Lines: each report as",
            'in GET /search, each lesson with its report.',
            '',
            '**Reports** (`index=reports`):',
            '',
            columnTable('reports'),
            '',
            '**Lessons** (`index=lessons`), one row per lesson learned:',
            '',
            columnTable('lessons'),
          ].join('\n'),
          parameters: EXPORT_PARAMS,
          responses: {
            200: {
              description: 'The file, as an attachment (lardom-<index>-<date>.<format>)',
              content: {
                'text/csv': { schema: { type: 'string', description: 'A header row, then one row per report or lesson.' } },
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
                'application/x-ndjson': { schema: { oneOf: [ref('Report'), ref('Lesson')] } },
              },
            },
            ...errors(400, 401, 403, 429, 503),
          },
        },
      },
      '/api/v1/export.jsonl': {
        get: {
          summary: 'GET /export with format=jsonl (every report unless index, words or filters say otherwise)',
          parameters: EXPORT_PARAMS.filter((p) => !['format', 'delimiter', 'bom'].includes(p.name)),
          responses: {
            200: {
              description: 'JSON Lines of Report (or Lesson)',
              content: { 'application/x-ndjson': { schema: { oneOf: [ref('Report'), ref('Lesson')] } } },
            },
            ...errors(400, 401, 403, 429, 503),
          },
        },
      },
      '/api/v1/batch-search': {
        post: {
          summary: 'Up to 50 searches in one request',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['queries'],
                  properties: {
                    queries: {
                      type: 'array',
                      maxItems: 50,
                      items: {
                        type: 'object',
                        description: 'The parameters of GET /search, plus index: reports | lessons.',
                        properties: { index: { enum: ['reports', 'lessons'] }, q: str },
                      },
                    },
                  },
                },
              },
            },
          },
          responses: {
            200: json({ type: 'object', properties: { results: { type: 'array', items: { type: 'object' } } } }),
            ...errors(400, 401, 429),
          },
        },
      },
      '/api/v1/admin/stats': {
        get: {
          summary: 'Documents by status, queue depths, index sizes (admin key)',
          security: writeSecurity,
          responses: { 200: json({ type: 'object' }), ...errors(401, 403) },
        },
      },
      '/api/v1/admin/session': {
        post: {
          summary:
            'Opens the queue dashboard (/admin/queues) in this browser: sets an HttpOnly, SameSite=Strict cookie for it, valid 8 hours (admin key)',
          security: writeSecurity,
          responses: {
            200: json({ type: 'object', properties: { dashboard: str, expiresAt: { type: 'string', format: 'date-time' } } }),
            ...errors(401, 403, 429),
          },
        },
      },
      '/metrics': {
        get: {
          summary:
            'Prometheus metrics: queue depths, job durations and failures per stage, API latency by route, Meilisearch task lag (the metrics key or admin key when LARDOM_METRICS_KEY is set)',
          security: [{}, { bearer: [] }],
          responses: { 200: { description: 'Prometheus text format', content: { 'text/plain': { schema: str } } }, ...errors(401) },
        },
      },
      '/api/v1/openapi.json': { get: { summary: 'This document', security: [{}], responses: { 200: json({ type: 'object' }) } } },
      // Lesson groups: a block of their own (services/api/openapi-lesson-groups.ts).
      ...LESSON_GROUPS_PATHS,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A read, write or admin key.' } },
      responses: Object.fromEntries(
        [400, 401, 403, 404, 409, 413, 415, 429, 503].map((c) => [
          `E${c}`,
          json(
            ref('Error'),
            `Error (${Object.entries(ERROR_CODES)
              .filter(([, v]) => v.httpStatus === c)
              .map(([k]) => k)
              .join(', ')})`,
          ),
        ]),
      ),
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { enum: Object.keys(ERROR_CODES) }, message: str, details: { type: 'object' } },
            },
          },
        },
        Health: {
          type: 'object',
          properties: { status: { enum: ['ok', 'degraded'] }, redis: { enum: ['up', 'down'] }, meilisearch: { enum: ['up', 'down'] } },
        },
        Status: { enum: ['queued', 'processing', 'indexed', 'failed'] },
        Period: { type: 'object', properties: { start: nstr, end: nstr, months: nint } },
        Budget: { type: 'object', properties: { totalSek: nint, grantedSek: nint } },
        Report: {
          type: 'object',
          properties: {
            id: str,
            projectName: nstr,
            documentType: { enum: DOCUMENT_TYPES },
            language: str,
            owner: nstr,
            diaryNumber: nstr,
            county: nstr,
            municipalities: strs,
            period: ref('Period'),
            budget: ref('Budget'),
            funders: strs,
            programme: nstr,
            projectManager: nstr,
            themes: strs,
            summary: nstr,
            lessonsLearned: strs,
            correctedFields: strs,
          },
        },
        Record: { type: 'object', description: 'The extracted record with manual corrections applied, plus provenance per field.' },
        Correction: {
          type: 'object',
          description:
            'Fields to correct: projectName, documentType, language, owner, diaryNumber, period.start, period.end, budget.totalSek, budget.grantedSek, county, municipalities, funders, programme, projectManager, lessonsLearned, themes, summary. Nested period/budget objects are accepted too.',
        },
        DocumentState: {
          type: 'object',
          properties: {
            id: str,
            status: ref('Status'),
            stage: nstr,
            originalName: nstr,
            size: nint,
            error: { type: 'object', properties: { code: str, message: str } },
            record: ref('Record'),
            partOf: { type: 'string', description: 'For a listed project: the id of the document that lists it' },
            position: { type: 'integer', description: 'For a listed project: its place in the listing (1-based)' },
            projects: {
              type: 'array',
              description: 'For a listing: the projects it presents, each a report of its own',
              items: { type: 'object', properties: { id: str, projectName: nstr, owner: nstr, period: { type: 'object' } } },
            },
            source: {
              type: 'object',
              description:
                "What the text was read from: the file's kind, and the pages read by OCR with Tesseract's mean word confidence (0-100)",
              properties: {
                format: { type: 'string', enum: ['pdf', 'docx', 'odt', 'html', 'txt'] },
                ocr: {
                  type: 'object',
                  properties: { pages: { type: 'array', items: { type: 'integer' } }, meanConfidence: { type: 'integer' } },
                },
              },
            },
          },
        },
        ReportResults: {
          type: 'object',
          properties: {
            hits: { type: 'array', items: ref('Report') },
            total: { type: 'integer', description: 'Hits in all: exact with page, an estimate with offset (see totalExact).' },
            totalExact: { type: 'boolean' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            page: { type: 'integer', description: 'With page: the page answered.' },
            totalPages: { type: 'integer', description: 'With page: how many pages of limit hits there are.' },
            facets: { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } } },
          },
        },
        Lesson: {
          type: 'object',
          properties: {
            id: str,
            text: str,
            position: { type: 'integer' },
            page: { ...nint, description: 'Page of the report its lessons were read from (where the first one is).' },
            report: ref('Report'),
          },
        },
        LessonHit: { allOf: [ref('Lesson'), { type: 'object', properties: { highlight: { type: 'object' } } }] },
        ReportRow: rowSchema('reports'),
        LessonRow: rowSchema('lessons'),
        LessonResults: {
          type: 'object',
          properties: {
            hits: { type: 'array', items: ref('LessonHit') },
            total: { type: 'integer', description: 'Hits in all: exact with page, an estimate with offset (see totalExact).' },
            totalExact: { type: 'boolean' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            page: { type: 'integer', description: 'With page: the page answered.' },
            totalPages: { type: 'integer', description: 'With page: how many pages of limit hits there are.' },
            facets: { type: 'object' },
          },
        },
        SimilarHit: {
          allOf: [
            ref('Report'),
            {
              type: 'object',
              properties: {
                score: { type: 'number' },
                reason: {
                  type: 'object',
                  properties: { sharedTerms: strs, sharedThemes: strs, sameCounty: { type: 'boolean' }, sharedMunicipalities: strs },
                },
              },
            },
          ],
        },
        // Lesson groups: a block of their own (services/api/openapi-lesson-groups.ts).
        ...LESSON_GROUPS_SCHEMAS,
      },
    },
  };
}
