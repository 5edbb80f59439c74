import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments } from '../../services/cli/ingest-files.js';
import { addCopiesToIndex, FIXTURES, ingestAll, startTestStack, type TestStack } from './harness.js';

type Json = Record<string, any>;

describe('paging through every hit of a search with exact totals', () => {
  let stack: TestStack;
  let reports: number;
  let lessons: number;

  const get = async (url: string) => {
    const res = await fetch(`${stack.baseUrl}${url}`);
    return { status: res.status, body: (await res.json()) as Json };
  };
  const getJson = async (url: string) => {
    const r = await get(url);
    expect(r.status, `${url}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(200);
    return r.body;
  };
  /** Every page of a search, read with page=1, 2, … until the last page the API gives. */
  const allPages = async (endpoint: string, params: Record<string, string>) => {
    const pages: Json[] = [];
    for (let page = 1; ; page++) {
      const body = await getJson(`/api/v1/${endpoint}?${new URLSearchParams({ ...params, page: String(page) })}`);
      pages.push(body);
      if (page >= body.totalPages) return pages;
      if (page > 100) throw new Error('more than 100 pages');
    }
  };

  beforeAll(async () => {
    stack = await startTestStack();
    await stack.startWorker();
    await ingestAll(stack, await findDocuments([path.join(FIXTURES, 'reports')]));
    reports = await addCopiesToIndex(stack, 7);
    lessons = await stack.search.count('lessons');
  });
  afterAll(async () => stack?.stop());

  it('pages past the first 100 reports and lessons, each page with the exact total, every hit once', async () => {
    expect(reports).toBeGreaterThan(100);
    expect(lessons).toBeGreaterThan(100);
    for (const [endpoint, total, limit] of [
      ['search', reports, 20],
      ['lessons', lessons, 100],
    ] as const) {
      const pages = await allPages(endpoint, { limit: String(limit) });
      expect(pages.length, endpoint).toBe(Math.ceil(total / limit));
      pages.forEach((body, i) => {
        expect(body.total, endpoint).toBe(total);
        expect(body.totalExact).toBe(true);
        expect(body.page).toBe(i + 1);
        expect(body.offset).toBe(i * limit);
        expect(body.hits.length).toBe(Math.min(limit, total - i * limit));
      });
      const ids = pages.flatMap((b) => b.hits.map((h: Json) => h.id));
      expect(new Set(ids).size, endpoint).toBe(total);
    }
  });

  it('counts the hits of words and filters exactly', async () => {
    const all = await getJson('/api/v1/search?facets=county&limit=1&page=1');
    const [county, n] = Object.entries(all.facets.county as Record<string, number>).sort((a, b) => b[1] - a[1])[0]!;
    const pages = await allPages('search', { county, limit: '7' });
    for (const body of pages) expect(body.total).toBe(n);
    expect(new Set(pages.flatMap((b) => b.hits.map((h: Json) => h.id))).size).toBe(n);

    // Words: the total of page 1 is the number of hits all pages give.
    const words = await allPages('lessons', { q: 'projekt', limit: '30', sort: 'start:asc' });
    const found = new Set(words.flatMap((b) => b.hits.map((h: Json) => h.id)));
    expect(found.size).toBeGreaterThan(30);
    for (const body of words) expect(body.total).toBe(found.size);
  });

  it('refuses page with offset, and pages beyond the 10,000 hits a search reaches', async () => {
    expect((await get('/api/v1/search?page=2&offset=20')).status).toBe(400);
    expect((await get('/api/v1/search?page=101&limit=100')).status).toBe(400);
    expect((await get('/api/v1/search?page=100&limit=100')).status).toBe(200);
    expect((await get('/api/v1/search?page=0')).status).toBe(400);
    const beyond = await getJson(`/api/v1/search?page=${Math.ceil(reports / 20) + 1}&limit=20`);
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(reports);
    // Without a page the offset still works as before, with Meilisearch's estimate of the total.
    const offset = await getJson('/api/v1/search?offset=100&limit=20');
    expect(offset.hits.length).toBe(20);
    expect(offset.totalExact).toBe(false);
  });
});
