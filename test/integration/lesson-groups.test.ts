import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments } from '../../services/cli/ingest-files.js';
import type { LessonSearchDocument } from '../../pipelines/index/to-search-document.js';
import { GROUP_CSV_COLUMNS, lessonGroupResponseSchema, lessonGroupsResponseSchema } from '../../services/api/routes/lesson-groups.route.js';
import { apiGet, FIXTURES, ingestAll, startTestStack, type TestStack, uploadBytes, waitForFinal, waitForLessonGroups } from './harness.js';

type Json = Record<string, any>;

describe('lesson groups: computed by the worker as reports arrive and leave, read through the API', () => {
  let stack: TestStack;
  let lessons: LessonSearchDocument[];
  let files: string[];

  const get = (url: string) => apiGet(stack, url);
  const getJson = async (url: string) => {
    const r = await get(url);
    expect(r.status, `${url}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(200);
    return r.body;
  };
  /** Every group (shared by at least one project). */
  const allGroups = async (params: Record<string, string> = {}) => {
    const body = await getJson(`/api/v1/lessons/groups?${new URLSearchParams({ minProjects: '1', limit: '100', ...params })}`);
    expect(body.total).toBeLessThanOrEqual(100);
    return body.groups as Json[];
  };
  const indexedLessons = async () => {
    const out: LessonSearchDocument[] = [];
    for await (const page of stack.search.scan<LessonSearchDocument>('lessons', {
      q: '',
      filter: [],
      fields: ['id', 'reportId', 'text', 'county'],
      pageSize: 1000,
    })) {
      out.push(...page);
    }
    return out;
  };
  const groupsSettled = () => waitForLessonGroups(stack);

  beforeAll(async () => {
    stack = await startTestStack();
    await stack.startWorker();
    files = await findDocuments([path.join(FIXTURES, 'reports')]);
    await ingestAll(stack, files);
    await groupsSettled();
    lessons = await indexedLessons();
  });
  afterAll(async () => stack?.stop());

  it('puts every lesson in exactly one group, ranked by the projects that share it', async () => {
    const groups = await allGroups();
    const members = (await Promise.all(groups.map((g) => getJson(`/api/v1/lessons/groups/${g.id}`)))).flatMap((d) =>
      d.members.map((m: Json) => m.id),
    );
    expect(members.sort()).toEqual(lessons.map((l) => l.id).sort());
    for (let i = 1; i < groups.length; i++) expect(groups[i - 1]!.projects).toBeGreaterThanOrEqual(groups[i]!.projects);
    // By default a group is shared by two projects at least.
    const shared = await getJson('/api/v1/lessons/groups?limit=100');
    expect(shared.groups.length).toBeGreaterThan(0);
    expect(shared.total).toBe(groups.filter((g) => g.projects >= 2).length);
  });

  it('groups the same lesson across reports, in Swedish and in English, with its projects', async () => {
    const byText = new Map<string, Set<string>>();
    for (const l of lessons) byText.set(l.text, new Set([...(byText.get(l.text) ?? []), l.reportId]));
    const groupOf = new Map<string, string>();
    for (const g of await allGroups()) {
      for (const m of (await getJson(`/api/v1/lessons/groups/${g.id}`)).members) groupOf.set(m.text + m.reportId, g.id);
    }
    // A lesson written alike in several reports is one group.
    const repeated = [...byText].filter(([, reports]) => reports.size > 1);
    expect(repeated.length).toBeGreaterThan(3);
    for (const [text, reports] of repeated) expect(new Set([...reports].map((r) => groupOf.get(text + r))).size, text).toBe(1);
    // The Swedish and the English lesson about international contacts are one group, with the projects of both.
    const sv = lessons.find((l) => l.text.startsWith('Internationella kontakter tar lång tid'));
    const en = lessons.find((l) => l.text.startsWith('International contacts take a long time'));
    expect(sv && en).toBeTruthy();
    const id = groupOf.get(sv!.text + sv!.reportId)!;
    expect(groupOf.get(en!.text + en!.reportId)).toBe(id);
    const detail = await getJson(`/api/v1/lessons/groups/${id}`);
    expect(detail.projects).toBe(new Set([...byText.get(sv!.text)!, ...byText.get(en!.text)!]).size);
    expect(detail.reports.reduce((n: number, r: Json) => n + r.lessons, 0)).toBe(detail.members.length);
    expect(detail.members.map((m: Json) => m.id)).toContain(detail.label.lessonId);
    expect(detail.terms.length).toBeGreaterThan(0);
    expect(Object.values(detail.counts.ownerKinds).length).toBeGreaterThan(0);
  });

  it('counts only the lessons a search and filters match', async () => {
    const perCounty = new Map<string, number>();
    for (const l of lessons) if (l.county) perCounty.set(l.county, (perCounty.get(l.county) ?? 0) + 1);
    const [county] = [...perCounty].sort((a, b) => b[1] - a[1])[0]!;
    const inCounty = await allGroups({ county });
    expect(inCounty.length).toBeGreaterThan(0);
    for (const g of inCounty) expect(Object.keys(g.counts.counties)).toEqual([county]);
    expect(inCounty.reduce((n, g) => n + g.lessons, 0)).toBe(lessons.filter((l) => l.county === county).length);

    const found = await allGroups({ q: 'internationella kontakter' });
    expect(found.length).toBeGreaterThan(0);
    // The English lessons of the group match the Swedish words (they are read in one vocabulary).
    const detail = await getJson(`/api/v1/lessons/groups/${found[0]!.id}`);
    expect(found[0]!.lessons).toBe(detail.members.length);
    expect(detail.members.some((m: Json) => /^International contacts/.test(m.text))).toBe(true);

    const years = await allGroups({ yearFrom: '2015', yearTo: '2016' });
    for (const g of years) expect(Object.keys(g.counts.years).some((y) => Number(y) >= 2015 && Number(y) <= 2016)).toBe(true);
    expect(years.length).toBeLessThan((await allGroups()).length);
  });

  it('answers as the OpenAPI document says, and exports groups and a group’s lessons as CSV', async () => {
    const doc = await getJson('/api/v1/openapi.json');
    for (const p of ['/api/v1/lessons/groups', '/api/v1/lessons/groups/{id}', '/api/v1/projects/{id}/lesson-groups']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    const list = await getJson('/api/v1/lessons/groups?minProjects=1&limit=100');
    expect(() => lessonGroupsResponseSchema.parse(list)).not.toThrow();
    const one = await getJson(`/api/v1/lessons/groups/${list.groups[0].id}`);
    expect(() => lessonGroupResponseSchema.parse(one)).not.toThrow();

    const csv = await fetch(`${stack.baseUrl}/api/v1/lessons/groups?minProjects=1&limit=100&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(GROUP_CSV_COLUMNS.join(','));
    expect(lines.length - 1).toBe(list.groups.length);
    const groupCsv = await (await fetch(`${stack.baseUrl}/api/v1/lessons/groups/${one.id}?format=csv`)).text();
    expect(groupCsv.trim().split('\r\n').length - 1).toBe(one.members.length);
  });

  it('refuses invalid parameters and unknown groups', async () => {
    expect((await get('/api/v1/lessons/groups?yearFrom=2020&yearTo=2019')).status).toBe(400);
    expect((await get('/api/v1/lessons/groups?colour=red')).status).toBe(400);
    expect((await get('/api/v1/lessons/groups?limit=0')).status).toBe(400);
    expect((await get('/api/v1/lessons/groups?q=a&q=b')).status).toBe(400);
    expect((await get('/api/v1/lessons/groups/g999999')).status).toBe(404);
    expect((await get('/api/v1/lessons/groups/nonsense')).status).toBe(400);
  });

  it('updates incrementally when a report is deleted and comes back: the other groups keep their ids', async () => {
    const before = new Map((await allGroups()).map((g) => [g.id, g.projects]));
    const sv = lessons.find((l) => l.text.startsWith('Internationella kontakter tar lång tid'))!;
    const target = sv.reportId;
    const own = await getJson(`/api/v1/projects/${target}/lesson-groups`);
    expect(own.lessons.length).toBe(lessons.filter((l) => l.reportId === target).length);
    for (const l of own.lessons) expect(l.otherProjects).toBe(before.get(l.groupId)! - 1);

    const del = await fetch(`${stack.baseUrl}/api/v1/documents/${target}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${stack.apiKey}` },
    });
    expect(del.status).toBe(200);
    await groupsSettled();
    const after = new Map((await allGroups()).map((g) => [g.id, g.projects]));
    for (const l of own.lessons) expect(after.get(l.groupId) ?? 0, l.lessonId).toBe(before.get(l.groupId)! - 1);
    const untouched = [...before.keys()].filter((id) => !own.lessons.some((l: Json) => l.groupId === id));
    for (const id of untouched) expect(after.get(id), id).toBe(before.get(id));
    expect((await getJson(`/api/v1/projects/${target}/lesson-groups`)).lessons).toEqual([]);

    // The same file again (the document id is the sha256 of its bytes): its lessons join the groups they were in.
    const bytes = await Promise.all(files.map(async (f) => ({ f, bytes: await fs.readFile(f) })));
    const file = bytes.find((x) => createHash('sha256').update(x.bytes).digest('hex') === target)!;
    const id = await uploadBytes(stack, file.bytes, path.basename(file.f));
    expect(id).toBe(target);
    await waitForFinal(stack, [id]);
    await groupsSettled();
    const back = await getJson(`/api/v1/projects/${target}/lesson-groups`);
    const svGroup = own.lessons.find((l: Json) => l.lessonId === sv.id).groupId;
    expect(back.lessons.find((l: Json) => l.lessonId === sv.id).groupId).toBe(svGroup);
    const restored = new Map((await allGroups()).map((g) => [g.id, g.projects]));
    expect(restored.get(svGroup)).toBe(before.get(svGroup));
  });
});
