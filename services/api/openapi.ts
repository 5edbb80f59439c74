import { z } from 'zod';
import { ERROR_CODES } from '../../shared/errors.js';
import { columnNames, EXPORT_COLUMNS } from './export/columns.js';
import { correctionSchema } from './routes/corrections.schema.js';
import { exportQuerySchema, facetNameSchema, facetSearchQuerySchema, searchQuerySchema } from './routes/query-params.js';
import * as bodies from './routes/responses.schema.js';
import {
  lessonGroupIdSchema,
  lessonGroupQuerySchema,
  lessonGroupResponseSchema,
  lessonGroupsQuerySchema,
  lessonGroupsResponseSchema,
  reportLessonGroupsResponseSchema,
} from './routes/lesson-groups.route.js';

// The OpenAPI document is generated from the zod schemas the API validates its input with and describes its answers
// with (routes/*.schema.ts, routes/query-params.ts), with zod's own JSON Schema output: OpenAPI 3.1 uses JSON Schema
// 2020-12, which `z.toJSONSchema` writes, so no converter library stands between the two. Each schema with an `id`
// becomes a component and is referred to by `$ref`.

type Json = Record<string, unknown>;
type Access = 'open' | 'read' | 'write' | 'admin' | 'metrics';
type Method = 'get' | 'post' | 'patch' | 'delete';
/** A body: a zod schema, a plain JSON schema (for what zod cannot say, such as a file), or none. */
type Body = z.ZodType | Json | null;

interface Operation {
  summary: string;
  description?: string;
  access: Access;
  path?: { name: string; schema: z.ZodType; description: string }[];
  query?: { schema: z.ZodType; omit?: string[] };
  body?: { type: string; schema: Body };
  ok: { status: number; description: string; content: Record<string, Body> };
  /** Another answer that is no error, such as /health's 503 with the state of each service. */
  also?: { status: number; description: string; content: Record<string, Body> };
  errors: number[];
}

const SECURITY: Record<Access, Json[]> = {
  open: [{}],
  read: [{}, { bearer: [] }],
  write: [{ bearer: [] }],
  admin: [{ bearer: [] }],
  metrics: [{}, { bearer: [] }],
};
const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 415, 429, 503, 507];
const COMPONENT = '#/components/schemas/';

const documentId = {
  name: 'id',
  schema: z.string().regex(/^[a-f0-9]{64}(-[1-9][0-9]{0,3})?$/),
  description:
    'Document id: sha256 of the original file. A project that a listing document presents has the id "<document id>-<position>" (read, original and similar; corrections and deletion act on the document).',
};

/** zod's JSON Schema, as a schema object inside the document: components referred to where they live, no dialect keys. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, $defs: _defs, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as Json;
  return tidy(rest) as Json;
}

// `#/$defs/X` → `#/components/schemas/X` (every schema with an id is a component); integer bounds that only say
// "a safe integer" are left out.
function tidy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(tidy);
  if (!v || typeof v !== 'object') return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '$ref' && typeof x === 'string') out[k] = x.replace('#/$defs/', COMPONENT);
    else if ((k === 'maximum' && x === Number.MAX_SAFE_INTEGER) || (k === 'minimum' && x === Number.MIN_SAFE_INTEGER)) continue;
    else out[k] = tidy(x);
  }
  return out;
}

const isZod = (b: Body): b is z.ZodType => b instanceof z.ZodType;

function content(c: Record<string, Body>, io: 'input' | 'output'): Json {
  return Object.fromEntries(Object.entries(c).map(([type, b]) => [type, b === null ? {} : { schema: isZod(b) ? jsonSchema(b, io) : b }]));
}

/** The query parameters of a query schema, each with its schema and description; repeatable ones as form, exploded. */
function queryParameters(schema: z.ZodType, omit: string[] = []): Json[] {
  const js = jsonSchema(schema, 'input') as { properties: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties)
    .filter(([name]) => !omit.includes(name))
    .map(([name, { description, ...s }]) => ({
      name,
      in: 'query',
      ...(js.required?.includes(name) ? { required: true } : {}),
      ...(description ? { description } : {}),
      schema: s,
      ...(Array.isArray(s.anyOf) && s.anyOf.some((a: Json) => a.type === 'array') ? { style: 'form', explode: true } : {}),
    }));
}

function operation(op: Operation): Json {
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    security: SECURITY[op.access],
    ...(op.path || op.query
      ? {
          parameters: [
            ...(op.path ?? []).map((p) => ({
              name: p.name,
              in: 'path',
              required: true,
              description: p.description,
              schema: jsonSchema(p.schema, 'input'),
            })),
            ...(op.query ? queryParameters(op.query.schema, op.query.omit) : []),
          ],
        }
      : {}),
    ...(op.body ? { requestBody: { required: true, content: content({ [op.body.type]: op.body.schema }, 'input') } } : {}),
    responses: {
      [op.ok.status]: { description: op.ok.description, content: content(op.ok.content, 'output') },
      ...(op.also ? { [op.also.status]: { description: op.also.description, content: content(op.also.content, 'output') } } : {}),
      ...Object.fromEntries(op.errors.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }])),
    },
  };
}

/** A Markdown table of an export's columns, for the endpoint's description. */
function columnTable(kind: 'reports' | 'lessons'): string {
  return [
    '| column | kind | meaning |',
    '| --- | --- | --- |',
    ...EXPORT_COLUMNS[kind].map((c) => `| ${c.name} | ${c.kind} | ${c.description.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`),
  ].join('\n');
}

/** The columns of an export as a schema (one row; lists are joined in one cell). */
const rowSchema = (kind: 'reports' | 'lessons', id: string) =>
  z
    .object(
      Object.fromEntries(
        EXPORT_COLUMNS[kind].map((c) => [
          c.name,
          (c.kind === 'number' ? z.number() : z.string()).nullable().meta({ description: c.description }),
        ]),
      ),
    )
    .meta({ id, description: `One row of a ${kind} export (CSV header and Excel columns, in this order).` });
const reportRowSchema = rowSchema('reports', 'ReportRow');
const lessonRowSchema = rowSchema('lessons', 'LessonRow');
const jsonLines = z.union([bodies.reportSchema, bodies.lessonSchema]);

const csv = (kind: 'reports' | 'lessons') => ({
  type: 'string',
  description: `Columns (those of GET /export): ${columnNames(kind).join(',')}`,
});
const json = (schema: z.ZodType) => ({ 'application/json': schema });
const SEARCH_ERRORS = [400, 401, 403, 429];
const readiness = (summary: string): Operation => ({
  summary,
  access: 'open',
  ok: { status: 200, description: 'Redis and Meilisearch answer', content: json(bodies.healthSchema) },
  also: { status: 503, description: 'A backing service is down, or the API drains before a stop', content: json(bodies.healthSchema) },
  errors: [],
});
const thisDocument = (summary: string): Operation => ({
  summary,
  access: 'open',
  ok: { status: 200, description: 'OK', content: json(z.object({}).loose()) },
  errors: [],
});

/** Every endpoint of the API, by path and method. */
const OPERATIONS: Record<string, Partial<Record<Method, Operation>>> = {
  '/health': { get: readiness('Health of Redis and Meilisearch (as /health/ready)') },
  '/health/ready': {
    get: readiness('Ready for traffic: 200 when Redis and Meilisearch answer and the API is not draining before a stop, 503 otherwise'),
  },
  '/health/live': {
    get: {
      summary: 'The process answers (also while it drains)',
      access: 'open',
      ok: { status: 200, description: 'Alive', content: json(z.object({ status: z.literal('alive') })) },
      errors: [],
    },
  },
  '/api/v1/documents': {
    post: {
      summary:
        'Upload a report: PDF, Word (.docx), OpenDocument (.odt), web page (.html) or plain text, told apart by content (415 unsupported_type otherwise)',
      access: 'write',
      body: {
        type: 'multipart/form-data',
        schema: {
          type: 'object',
          required: ['file'],
          properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
        },
      },
      ok: { status: 202, description: 'Accepted', content: json(bodies.uploadResultSchema) },
      errors: [400, 401, 403, 413, 415, 429, 503, 507],
    },
  },
  '/api/v1/documents/{id}': {
    get: {
      summary: 'Status of a document, and its record once indexed',
      access: 'read',
      path: [documentId],
      ok: { status: 200, description: 'OK', content: json(bodies.documentStateSchema) },
      errors: [401, 403, 404],
    },
    delete: {
      summary: 'Delete a report and its lessons everywhere',
      access: 'write',
      path: [documentId],
      ok: { status: 200, description: 'OK', content: json(bodies.deleteResultSchema) },
      errors: [401, 403, 404, 409],
    },
  },
  '/api/v1/documents/{id}/original': {
    get: {
      summary: 'The original file from the archive (PDF and text inline; Word, OpenDocument and web pages as downloads)',
      description:
        'Needs a read key where the server has read keys, or instead a signed link: `originalUrl` of GET /documents/{id} ' +
        '(and of each lesson hit) carries `expires` and `signature`, so a plain link (an `<a href>`, a new tab) opens the file ' +
        'without a key until it expires. An expired link answers 401 `link_expired`, a changed or foreign one 403 `link_invalid`.',
      access: 'read',
      path: [documentId],
      query: {
        schema: z.object({
          expires: z.string().regex(/^\d+$/).optional().meta({ description: 'Signed link: when it expires (seconds since 1970).' }),
          signature: z.string().optional().meta({ description: 'Signed link: the server\'s signature of the document id and "expires".' }),
        }),
      },
      ok: {
        status: 200,
        description: 'The original file, with the content type of its kind',
        content: {
          'application/pdf': null,
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': null,
          'application/vnd.oasis.opendocument.text': null,
          'text/html': null,
          'text/plain': null,
        },
      },
      errors: [401, 403, 404],
    },
  },
  '/api/v1/documents/{id}/retry': {
    post: {
      summary:
        'Read a failed document again from its archived original, when it failed on a passing fault (internal, service_unavailable); a bad file (pdf_corrupt, unsupported_type, …) answers 409',
      access: 'write',
      path: [documentId],
      ok: { status: 202, description: 'Queued again', content: json(bodies.retryResultSchema) },
      errors: [401, 403, 404, 409, 503],
    },
  },
  '/api/v1/documents/{id}/record': {
    patch: {
      summary: 'Correct extracted fields (kept as manual corrections, indexed at once)',
      description: 'Nested period and budget objects are accepted too: {"period": {"start": "2019-01"}} is {"period.start": "2019-01"}.',
      access: 'write',
      path: [documentId],
      body: { type: 'application/json', schema: correctionSchema },
      ok: { status: 200, description: 'OK', content: json(bodies.correctionResultSchema) },
      errors: [400, 401, 403, 404, 409],
    },
  },
  '/api/v1/search': {
    get: {
      summary: 'Search reports',
      access: 'read',
      query: { schema: searchQuerySchema },
      ok: { status: 200, description: 'Hits, total, facets', content: { ...json(bodies.reportResultsSchema), 'text/csv': csv('reports') } },
      errors: SEARCH_ERRORS,
    },
  },
  '/api/v1/lessons': {
    get: {
      summary: 'Search lessons learned across all reports',
      access: 'read',
      query: { schema: searchQuerySchema },
      ok: {
        status: 200,
        description: 'Lessons with their report context',
        content: { ...json(bodies.lessonResultsSchema), 'text/csv': csv('lessons') },
      },
      errors: SEARCH_ERRORS,
    },
  },
  '/api/v1/facets/{facet}/search': {
    get: {
      summary: "Search a facet's values (e.g. owners beginning with some text), counted as the search's facets are",
      access: 'read',
      path: [{ name: 'facet', schema: facetNameSchema, description: 'The facet whose values to search.' }],
      query: { schema: facetSearchQuerySchema },
      ok: { status: 200, description: 'OK', content: json(bodies.facetValuesSchema) },
      errors: SEARCH_ERRORS,
    },
  },
  '/api/v1/lessons/groups': {
    get: {
      summary: 'Recurring lessons: lessons across reports grouped by what they say, ranked by how many projects share them',
      description:
        'Groups are computed by the worker as reports are indexed or deleted (never on request); `computedAt` tells when, ' +
        '`pending` how many changed reports wait for the next update. With words or filters, each group counts only its ' +
        'matching lessons, and groups with none are left out.',
      access: 'read',
      query: { schema: lessonGroupsQuerySchema },
      ok: { status: 200, description: 'OK', content: { ...json(lessonGroupsResponseSchema), 'text/csv': { type: 'string' } } },
      errors: [400, 401],
    },
  },
  '/api/v1/lessons/groups/{id}': {
    get: {
      summary: 'One lesson group: its label, its lessons with their reports, and its counts',
      access: 'read',
      path: [{ name: 'id', schema: lessonGroupIdSchema, description: 'Lesson group id.' }],
      query: { schema: lessonGroupQuerySchema },
      ok: { status: 200, description: 'OK', content: { ...json(lessonGroupResponseSchema), 'text/csv': { type: 'string' } } },
      errors: [400, 401, 404],
    },
  },
  '/api/v1/projects/{id}/lesson-groups': {
    get: {
      summary: "Each lesson of a report with its group and how many other projects share it ('the same lesson in N other projects')",
      access: 'read',
      path: [documentId],
      ok: { status: 200, description: 'OK', content: json(reportLessonGroupsResponseSchema) },
      errors: [400, 401, 404],
    },
  },
  '/api/v1/projects/{id}/similar': {
    get: {
      summary: 'Reports on similar projects, with the reason each matched',
      access: 'read',
      path: [documentId],
      query: { schema: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10).meta({ description: 'How many.' }) }) },
      ok: { status: 200, description: 'OK', content: json(bodies.similarResultsSchema) },
      errors: [400, 401, 403, 404],
    },
  },
  '/api/v1/compare': {
    get: {
      summary: 'Compare 2-5 reports side by side',
      access: 'read',
      query: { schema: z.object({ ids: z.string().meta({ description: 'Comma-separated document ids (2 to 5).' }) }) },
      ok: { status: 200, description: 'OK', content: json(bodies.compareResultSchema) },
      errors: [400, 401, 403, 404],
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
      access: 'read',
      query: { schema: exportQuerySchema },
      ok: {
        status: 200,
        description: 'The file, as an attachment (lardom-<index>-<date>.<format>)',
        content: {
          'text/csv': { type: 'string', description: 'A header row, then one row per report or lesson (ReportRow or LessonRow).' },
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { type: 'string', format: 'binary' },
          'application/x-ndjson': jsonLines,
        },
      },
      errors: [...SEARCH_ERRORS, 503],
    },
  },
  '/api/v1/export.jsonl': {
    get: {
      summary: 'GET /export with format=jsonl (every report unless index, words or filters say otherwise)',
      access: 'read',
      query: { schema: exportQuerySchema, omit: ['format', 'delimiter', 'bom'] },
      ok: { status: 200, description: 'JSON Lines of Report (or Lesson)', content: { 'application/x-ndjson': jsonLines } },
      errors: [...SEARCH_ERRORS, 503],
    },
  },
  '/api/v1/batch-search': {
    post: {
      summary: 'Up to 50 searches in one request',
      access: 'read',
      body: {
        type: 'application/json',
        schema: {
          type: 'object',
          required: ['queries'],
          properties: {
            queries: {
              type: 'array',
              minItems: 1,
              maxItems: 50,
              items: {
                ...jsonSchema(searchQuerySchema, 'input'),
                description: 'The parameters of GET /search, plus index: reports | lessons.',
                properties: {
                  index: { enum: ['reports', 'lessons'], default: 'reports' },
                  ...(jsonSchema(searchQuerySchema, 'input').properties as Json),
                },
              },
            },
          },
        },
      },
      ok: { status: 200, description: 'One answer per search, in the order asked', content: json(bodies.batchResultsSchema) },
      errors: [400, 401, 403, 429],
    },
  },
  '/api/v1/admin/stats': {
    get: {
      summary: 'Documents by status, queue depths, index sizes (admin key)',
      access: 'admin',
      ok: { status: 200, description: 'OK', content: json(bodies.adminStatsSchema) },
      errors: [401, 403],
    },
  },
  '/api/v1/admin/session': {
    post: {
      summary:
        'Opens the queue dashboard (/admin/queues) in this browser: sets an HttpOnly, SameSite=Strict cookie for it, valid 8 hours (admin key)',
      access: 'admin',
      ok: { status: 200, description: 'OK', content: json(bodies.adminSessionSchema) },
      errors: [401, 403, 429],
    },
  },
  '/metrics': {
    get: {
      summary:
        'Prometheus metrics: queue depths, job durations and failures per stage, API latency by route, Meilisearch task lag (the metrics key or admin key when LARDOM_METRICS_KEY is set)',
      access: 'metrics',
      ok: { status: 200, description: 'Prometheus text format', content: { 'text/plain': { type: 'string' } } },
      errors: [401],
    },
  },
  '/api/v1/openapi.json': { get: thisDocument('This document (also at /openapi.json)') },
  '/openapi.json': { get: thisDocument('This document') },
};

/** Every schema with an id, as the document's components (the export rows, the request body and every answer). */
function componentSchemas(): Json {
  // Referred to here so that they are registered, whether or not an operation uses them.
  void [reportRowSchema, lessonRowSchema, correctionSchema, bodies.errorBodySchema];
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: (id) => COMPONENT + id, target: 'draft-2020-12' }) as {
    schemas: Record<string, Json>;
  };
  return Object.fromEntries(
    Object.entries(schemas)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, { $schema: _, $id: _id, ...s }]) => [id, tidy(s)]),
  );
}

/** The OpenAPI 3.1 description of every endpoint, served at /api/v1/openapi.json and browsable at /api/docs. */
export function openApiDocument(): Json {
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
    security: SECURITY.read,
    paths: {
      ...Object.fromEntries(
        Object.entries(OPERATIONS).map(([path, ops]) => [
          path,
          Object.fromEntries(Object.entries(ops).map(([m, op]) => [m, operation(op)])),
        ]),
      ),
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A read, write or admin key.' } },
      responses: Object.fromEntries(
        ERROR_STATUSES.map((c) => [
          `E${c}`,
          {
            description: `Error (${Object.entries(ERROR_CODES)
              .filter(([, v]) => v.httpStatus === c)
              .map(([k]) => k)
              .join(', ')})`,
            content: { 'application/json': { schema: { $ref: `${COMPONENT}Error` } } },
          },
        ]),
      ),
      schemas: componentSchemas(),
    },
  };
}
