import { type Response, Router } from 'express';
import { z } from 'zod';
import { parseReportId } from '../../../shared/archive.js';
import { LessonGroupsStore } from '../../../shared/clients/lesson-groups-store.js';
import { csvLine, UTF8_BOM } from '../../../shared/csv.js';
import { AppError } from '../../../shared/errors.js';
import { type Counts, groupDetail, queryGroups, reportLessonGroups } from '../../../shared/lessons/group-query.js';
import type { ApiDeps } from '../deps.js';
import { assertSingleValued, filterShape } from './query-params.js';

/** Columns of a CSV of groups (one row a group) and of one group's lessons (one row a lesson). */
export const GROUP_CSV_COLUMNS = ['id', 'label', 'terms', 'projects', 'lessons', 'years', 'counties', 'themes', 'ownerKinds'] as const;
export const GROUP_LESSON_CSV_COLUMNS = [
  'groupId',
  'lessonId',
  'reportId',
  'projectName',
  'owner',
  'ownerKind',
  'county',
  'years',
  'text',
] as const;

const csvOrJson = (rows: 'the page of groups' | "the group's lessons") =>
  z
    .enum(['json', 'csv'])
    .default('json')
    .meta({
      description: `csv: ${rows} as CSV (comma, UTF-8 with a byte order mark), columns ${(rows === 'the page of groups' ? GROUP_CSV_COLUMNS : GROUP_LESSON_CSV_COLUMNS).join(', ')}.`,
    });

/** Query of `GET /lessons/groups`: words, counties, themes and a year range, paging and the least projects a group has. */
export const lessonGroupsQuerySchema = z
  .strictObject({
    q: z.string().trim().max(500).optional().meta({
      description: 'Words a lesson says (Swedish or English; inflections and compounds read as in the groups): every word must be in it.',
    }),
    county: filterShape.county,
    theme: filterShape.theme,
    yearFrom: filterShape.yearFrom,
    yearTo: filterShape.yearTo,
    minProjects: z.coerce.number().int().min(1).max(1000).default(2).meta({ description: 'Groups shared by at least this many projects.' }),
    limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Groups per answer.' }),
    offset: z.coerce.number().int().min(0).max(100_000).default(0).meta({ description: 'Groups to skip.' }),
    format: csvOrJson('the page of groups'),
  })
  .superRefine((v, ctx) => {
    if (v.yearFrom !== undefined && v.yearTo !== undefined && v.yearFrom > v.yearTo) {
      ctx.addIssue({ code: 'custom', path: ['yearFrom'], message: 'must not be after yearTo' });
    }
  });

/** Query of `GET /lessons/groups/:id`. */
export const lessonGroupQuerySchema = z.strictObject({ format: csvOrJson("the group's lessons") });

/** Path parameter of `GET /lessons/groups/:id`. */
export const lessonGroupIdSchema = z.string().regex(/^g\d{1,9}$/, 'is a lesson group id ("g" and a number)');

const counts = z.record(z.string(), z.number().int());

/** One group in a list. */
export const lessonGroupSummarySchema = z.object({
  id: z.string(),
  label: z.object({ text: z.string(), lessonId: z.string(), reportId: z.string(), projectName: z.string().nullable() }),
  terms: z.array(z.string()),
  projects: z.number().int(),
  lessons: z.number().int(),
  counts: z.object({ years: counts, counties: counts, themes: counts, ownerKinds: counts }),
});

/** Answer of `GET /lessons/groups`. */
export const lessonGroupsResponseSchema = z
  .object({
    total: z.number().int(),
    computedAt: z.string().nullable(),
    pending: z.number().int(),
    groups: z.array(lessonGroupSummarySchema),
  })
  .meta({ id: 'LessonGroups' });

/** Answer of `GET /lessons/groups/:id`. */
export const lessonGroupResponseSchema = lessonGroupSummarySchema
  .extend({
    members: z.array(
      z.object({
        id: z.string(),
        reportId: z.string(),
        position: z.number().int(),
        text: z.string(),
        page: z.number().int().nullable(),
        projectName: z.string().nullable(),
        owner: z.string().nullable(),
        ownerKind: z.string(),
        county: z.string().nullable(),
        themes: z.array(z.string()),
        years: z.array(z.number().int()),
      }),
    ),
    reports: z.array(
      z.object({
        id: z.string(),
        projectName: z.string().nullable(),
        owner: z.string().nullable(),
        county: z.string().nullable(),
        years: z.array(z.number().int()),
        lessons: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'LessonGroup' });

/** Answer of `GET /projects/:id/lesson-groups`: each lesson of a report with its group and how many other projects share it. */
export const reportLessonGroupsResponseSchema = z
  .object({
    id: z.string(),
    lessons: z.array(z.object({ lessonId: z.string(), position: z.number().int(), groupId: z.string(), otherProjects: z.number().int() })),
  })
  .meta({ id: 'ReportLessonGroups' });

// "2019: 3; 2020: 2": projects per value in one cell.
const countsCell = (c: Counts) =>
  Object.entries(c)
    .map(([k, n]) => `${k}: ${n}`)
    .join('; ');

function sendCsv(res: Response, name: string, columns: readonly string[], rows: unknown[][]): void {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
  res.send(UTF8_BOM + csvLine(columns) + rows.map((r) => csvLine(r)).join(''));
}

/** `GET /lessons/groups`, `GET /lessons/groups/:id` and `GET /projects/:id/lesson-groups`: read from the worker's snapshot only. */
export function lessonGroupsRouter(deps: ApiDeps): Router {
  const router = Router();
  const store = new LessonGroupsStore(deps.redis, deps.config.queuePrefix);

  router.get('/lessons/groups', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, ['county', 'theme']);
    const f = lessonGroupsQuerySchema.parse(req.query);
    const [snapshot, pending] = await Promise.all([store.read(), store.pending()]);
    const found = snapshot ? queryGroups(snapshot, f) : { total: 0, groups: [] };
    if (f.format === 'csv') {
      const rows = found.groups.map((g) => [
        g.id,
        g.label.text,
        g.terms.join('; '),
        g.projects,
        g.lessons,
        countsCell(g.counts.years),
        countsCell(g.counts.counties),
        countsCell(g.counts.themes),
        countsCell(g.counts.ownerKinds),
      ]);
      sendCsv(res, 'lardom-lesson-groups', GROUP_CSV_COLUMNS, rows);
      return;
    }
    res.json({ total: found.total, computedAt: snapshot?.computedAt ?? null, pending, groups: found.groups });
  });

  router.get('/lessons/groups/:id', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, []);
    const { format } = lessonGroupQuerySchema.parse(req.query);
    const id = lessonGroupIdSchema.parse(String(req.params.id));
    const snapshot = await store.read();
    const group = snapshot ? groupDetail(snapshot, id) : null;
    if (!group) throw new AppError('not_found', 'Unknown lesson group id.');
    if (format === 'csv') {
      const rows = group.members.map((m) => [
        group.id,
        m.id,
        m.reportId,
        m.projectName,
        m.owner,
        m.ownerKind,
        m.county,
        m.years.join('; '),
        m.text,
      ]);
      sendCsv(res, `lardom-lesson-group-${group.id}`, GROUP_LESSON_CSV_COLUMNS, rows);
      return;
    }
    res.json(group);
  });

  // For a report's page: each lesson's group and how many other projects share it.
  router.get('/projects/:id/lesson-groups', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, []);
    z.strictObject({}).parse(req.query);
    const id = String(req.params.id);
    if (!parseReportId(id)) throw new AppError('not_found', 'Unknown report id.');
    const snapshot = await store.read();
    res.json({ id, lessons: snapshot ? reportLessonGroups(snapshot, id) : [] });
  });

  return router;
}
