// OpenAPI entries of the lesson-group endpoints, kept apart from openapi.ts so that its paths and schemas can
// take them in as a block: the response schemas are generated from the route's zod schemas.
import { z } from 'zod';
import {
  GROUP_CSV_COLUMNS,
  GROUP_LESSON_CSV_COLUMNS,
  lessonGroupResponseSchema,
  lessonGroupsResponseSchema,
} from './routes/lesson-groups.route.js';
import { THEMES } from '../../shared/types/record.js';

function schemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return rest;
}

const param = (name: string, schema: object, description: string, extra: object = {}) => ({
  name,
  in: 'query',
  schema,
  description,
  ...extra,
});
const repeated = { style: 'form', explode: true };
const formatParam = (rows: string, columns: readonly string[]) =>
  param(
    'format',
    { enum: ['json', 'csv'], default: 'json' },
    `csv: ${rows} as CSV (comma, UTF-8 with a byte order mark), columns ${columns.join(', ')}.`,
  );
const answer = (name: string) => ({
  description: 'OK',
  content: {
    'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
    'text/csv': { schema: { type: 'string' } },
  },
});
const refused = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { $ref: `#/components/responses/E${c}` }]));

/** Paths of the lesson groups. */
export const LESSON_GROUPS_PATHS = {
  '/api/v1/lessons/groups': {
    get: {
      summary: 'Recurring lessons: lessons across reports grouped by what they say, ranked by how many projects share them',
      description:
        'Groups are computed by the worker as reports are indexed or deleted (never on request); `computedAt` tells when, ' +
        '`pending` how many changed reports wait for the next update. With words or filters, each group counts only its ' +
        'matching lessons, and groups with none are left out.',
      parameters: [
        param(
          'q',
          { type: 'string' },
          'Words a lesson says (Swedish or English; inflections and compounds read as in the groups): every word must be in it.',
        ),
        param('county', { type: 'array', items: { type: 'string' } }, 'County, official name. Repeat for any of several.', repeated),
        param(
          'theme',
          { type: 'array', items: { type: 'string' } },
          `National priority: ${THEMES.join(', ')}. Repeat for any of several.`,
          repeated,
        ),
        param('yearFrom', { type: 'integer' }, 'Lessons of projects active in or after this year.'),
        param('yearTo', { type: 'integer' }, 'Lessons of projects active in or before this year.'),
        param('minProjects', { type: 'integer', minimum: 1, default: 2 }, 'Groups shared by at least this many projects.'),
        param('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Groups per answer.'),
        param('offset', { type: 'integer', minimum: 0, default: 0 }, 'Groups to skip.'),
        formatParam('the page of groups', GROUP_CSV_COLUMNS),
      ],
      responses: { 200: answer('LessonGroups'), ...refused(400, 401) },
    },
  },
  '/api/v1/lessons/groups/{id}': {
    get: {
      summary: 'One lesson group: its label, its lessons with their reports, and its counts',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^g\\d{1,9}$' }, description: 'Lesson group id.' },
        formatParam("the group's lessons", GROUP_LESSON_CSV_COLUMNS),
      ],
      responses: { 200: answer('LessonGroup'), ...refused(400, 401, 404) },
    },
  },
  '/api/v1/projects/{id}/lesson-groups': {
    get: {
      summary: "Each lesson of a report with its group and how many other projects share it ('the same lesson in N other projects')",
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Report id.' }],
      responses: {
        200: {
          description: 'OK',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  lessons: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        lessonId: { type: 'string' },
                        position: { type: 'integer' },
                        groupId: { type: 'string' },
                        otherProjects: { type: 'integer' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        ...refused(400, 401, 404),
      },
    },
  },
};

/** Component schemas of the lesson groups. */
export const LESSON_GROUPS_SCHEMAS = {
  LessonGroups: schemaOf(lessonGroupsResponseSchema),
  LessonGroup: schemaOf(lessonGroupResponseSchema),
};
