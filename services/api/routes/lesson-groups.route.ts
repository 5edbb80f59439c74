import { Router } from 'express';
import { z } from 'zod';
import { parseReportId } from '../../../shared/archive.js';
import { LessonGroupsStore } from '../../../shared/clients/lesson-groups-store.js';
import { AppError } from '../../../shared/errors.js';
import { groupDetail, queryGroups, reportLessonGroups } from '../../../shared/lessons/group-query.js';
import type { ApiDeps } from '../deps.js';
import { assertSingleValued, filterShape } from './query-params.js';

/** Query of `GET /lessons/groups`: words, counties, themes and a year range, paging and the least projects a group has. */
export const lessonGroupsQuerySchema = z
  .strictObject({
    q: z.string().trim().max(500).optional(),
    county: filterShape.county,
    theme: filterShape.theme,
    yearFrom: filterShape.yearFrom,
    yearTo: filterShape.yearTo,
    minProjects: z.coerce.number().int().min(1).max(1000).default(2),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .superRefine((v, ctx) => {
    if (v.yearFrom !== undefined && v.yearTo !== undefined && v.yearFrom > v.yearTo) {
      ctx.addIssue({ code: 'custom', path: ['yearFrom'], message: 'must not be after yearTo' });
    }
  });

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
export const lessonGroupsResponseSchema = z.object({
  total: z.number().int(),
  computedAt: z.string().nullable(),
  pending: z.number().int(),
  groups: z.array(lessonGroupSummarySchema),
});

/** Answer of `GET /lessons/groups/:id`. */
export const lessonGroupResponseSchema = lessonGroupSummarySchema.extend({
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
});

/** `GET /lessons/groups`, `GET /lessons/groups/:id` and `GET /projects/:id/lesson-groups`: read from the worker's snapshot only. */
export function lessonGroupsRouter(deps: ApiDeps): Router {
  const router = Router();
  const store = new LessonGroupsStore(deps.redis, deps.config.queuePrefix);

  router.get('/lessons/groups', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, ['county', 'theme']);
    const f = lessonGroupsQuerySchema.parse(req.query);
    const [snapshot, pending] = await Promise.all([store.read(), store.pending()]);
    const found = snapshot ? queryGroups(snapshot, f) : { total: 0, groups: [] };
    res.json({ total: found.total, computedAt: snapshot?.computedAt ?? null, pending, groups: found.groups });
  });

  router.get('/lessons/groups/:id', async (req, res) => {
    assertSingleValued(req.query as Record<string, unknown>, []);
    z.strictObject({}).parse(req.query);
    const id = lessonGroupIdSchema.parse(String(req.params.id));
    const snapshot = await store.read();
    const group = snapshot ? groupDetail(snapshot, id) : null;
    if (!group) throw new AppError('not_found', 'Unknown lesson group id.');
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
