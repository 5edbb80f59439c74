import fs from 'node:fs/promises';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../services/api/app.js';
import { PAGES } from '../../services/api/routes/web.route.js';
import { createLinkSigner } from '../../services/api/signed-links.js';
import * as bodies from '../../services/api/routes/responses.schema.js';
import type { z } from 'zod';
import { findDocuments, ingestFiles } from '../../services/cli/ingest-files.js';
import { columnNames } from '../../services/api/export/columns.js';
import { rebuildIndex } from '../../pipelines/index/rebuild-index.js';
import { extractRecord } from '../../pipelines/extract/extract-record.js';
import { createLogger } from '../../shared/logger.js';
import { FIXTURES, startTestStack, truthOf, type TestStack } from './harness.js';

const READ = 'read-key-0123456789';

// What an Express 5 router keeps of a route or a mounted router.
interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  rawPath?: string;
  slash?: boolean;
}

/** Every method and path that an Express app's routers register, with their mount paths. */
function expressRoutes(stack: Layer[], prefix = ''): { method: string; path: string }[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      return Object.keys(layer.route.methods)
        .filter((m) => m !== '_all')
        .map((method) => ({ method, path: prefix + layer.route!.path }));
    }
    const mount = layer.slash || typeof layer.rawPath !== 'string' ? '' : layer.rawPath;
    return layer.handle.stack ? expressRoutes(layer.handle.stack, prefix + mount) : [];
  });
}
const ADMIN = 'admin-key-0123456789';

type Json = Record<string, any>;

describe('search API for analysts, agency staff and regions', () => {
  let stack: TestStack;
  let reports: string[];
  const idOf = new Map<string, string>(); // fixture name -> document id

  const get = async (url: string, key: string | null = READ) => {
    const res = await fetch(`${stack.baseUrl}${url}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const getJson = async (url: string, key: string | null = READ): Promise<Json> => {
    const r = await get(url, key);
    expect(r.status, `${url}: ${r.text.slice(0, 300)}`).toBe(200);
    return JSON.parse(r.text) as Json;
  };
  const send = async (method: string, url: string, body: unknown, key: string | null) => {
    const res = await fetch(`${stack.baseUrl}${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };

  // A second app on the same services with some settings changed.
  const listenWith = async (overrides: Partial<TestStack['config']>, lifecycle?: { draining: boolean }) => {
    const app = createApp({
      lifecycle,
      config: { ...stack.config, ...overrides },
      redis: stack.redis,
      queues: stack.queues,
      archive: stack.archive,
      documents: stack.documents,
      search: stack.search,
      log: createLogger('silent', 'test'),
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    return { server, port: (server.address() as { port: number }).port };
  };

  beforeAll(async () => {
    stack = await startTestStack({ LARDOM_READ_KEYS: READ, LARDOM_ADMIN_KEY: ADMIN });
    await stack.startWorker();
    reports = await findDocuments([path.join(FIXTURES, 'reports')]);
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
    const summary = await ingestFiles(deps, reports, 'cli');
    expect(summary.indexed).toBe(reports.length);
    const { createHash } = await import('node:crypto');
    for (const r of reports)
      idOf.set(
        path.basename(r, '.pdf'),
        createHash('sha256')
          .update(await fs.readFile(r))
          .digest('hex'),
      );
  });
  afterAll(async () => stack?.stop());

  describe('access', () => {
    it('needs a read key for reads when read keys are configured', async () => {
      expect((await get('/api/v1/search?q=projekt', null)).status).toBe(401);
      expect((await get('/api/v1/search?q=projekt', 'nope')).status).toBe(401);
      expect((await get('/api/v1/search?q=projekt', READ)).status).toBe(200);
      expect((await get('/api/v1/search?q=projekt', stack.apiKey)).status).toBe(200);
    });

    it('refuses a read key on write endpoints (403) and a write key on admin endpoints (403)', async () => {
      const id = idOf.get('r00005')!;
      const patch = await send('PATCH', `/api/v1/documents/${id}/record`, { owner: 'X' }, READ);
      expect(patch.status).toBe(403);
      expect(patch.body.error.code).toBe('forbidden');
      expect((await send('DELETE', `/api/v1/documents/${id}`, undefined, READ)).status).toBe(403);
      expect((await get('/api/v1/admin/stats', stack.apiKey)).status).toBe(403);
      const stats = await getJson('/api/v1/admin/stats', ADMIN);
      expect(stats.index.reports).toBe(reports.length);
      expect(stats.documents.indexed).toBe(reports.length);
    });

    it('rate-limits per key and answers 429 in the error shape', async () => {
      const { server, port } = await listenWith({ rateLimitPerMinute: 3, queuePrefix: `${stack.config.queuePrefix}-rl1` });
      try {
        const statuses = [];
        for (let i = 0; i < 5; i++) {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/search?q=x`, { headers: { authorization: `Bearer ${READ}` } });
          statuses.push(res.status);
          if (res.status === 429) expect(((await res.json()) as Json).error.code).toBe('rate_limited');
          else await res.text();
        }
        expect(statuses).toEqual([200, 200, 200, 429, 429]);
      } finally {
        server.close();
      }
    });

    it('counts clients behind a trusted proxy by their forwarded address, and never trusts an untrusted one', async () => {
      const get = (port: number, from: string) =>
        fetch(`http://127.0.0.1:${port}/api/v1/search?q=x`, { headers: { 'x-forwarded-for': from } }).then(async (r) => {
          await r.text();
          return r.status;
        });
      const trusted = await listenWith({
        readKeys: [],
        rateLimitPerMinute: 2,
        trustProxy: 1,
        queuePrefix: `${stack.config.queuePrefix}-rl3`,
      });
      const untrusted = await listenWith({
        readKeys: [],
        rateLimitPerMinute: 2,
        trustProxy: false,
        queuePrefix: `${stack.config.queuePrefix}-rl4`,
      });
      try {
        // Two clients behind the proxy: each has its own limit.
        expect([await get(trusted.port, '10.0.0.1'), await get(trusted.port, '10.0.0.1'), await get(trusted.port, '10.0.0.2')]).toEqual([
          200, 200, 200,
        ]);
        expect(await get(trusted.port, '10.0.0.1')).toBe(429);
        // Without a trusted proxy a forged header changes nothing: one address, one limit.
        expect([
          await get(untrusted.port, '10.0.0.1'),
          await get(untrusted.port, '10.0.0.2'),
          await get(untrusted.port, '10.0.0.3'),
        ]).toEqual([200, 200, 429]);
      } finally {
        trusted.server.close();
        untrusted.server.close();
      }
    });

    it('answers live while draining before a stop, and not ready', async () => {
      const lifecycle = { draining: false };
      const { server, port } = await listenWith({}, lifecycle);
      try {
        expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
        lifecycle.draining = true;
        const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toEqual({ status: 'draining', redis: 'up', meilisearch: 'up' });
        expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(503);
        expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      } finally {
        server.close();
      }
    });

    it('shares one limit between API replicas (the counts are in Redis)', async () => {
      const overrides = { rateLimitPerMinute: 4, queuePrefix: `${stack.config.queuePrefix}-rl2` };
      const [a, b] = [await listenWith(overrides), await listenWith(overrides)];
      try {
        const statuses = [];
        for (let i = 0; i < 6; i++) {
          const port = i % 2 ? b.port : a.port;
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/search?q=x`, { headers: { authorization: `Bearer ${READ}` } });
          statuses.push(res.status);
          await res.text();
        }
        expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      } finally {
        a.server.close();
        b.server.close();
      }
    });

    it('allows only configured origins through CORS', async () => {
      const { server, port } = await listenWith({ corsOrigins: ['https://region.example'] });
      try {
        const ok = await fetch(`http://127.0.0.1:${port}/health`, { headers: { origin: 'https://region.example' } });
        expect(ok.headers.get('access-control-allow-origin')).toBe('https://region.example');
        const other = await fetch(`http://127.0.0.1:${port}/health`, { headers: { origin: 'https://evil.example' } });
        expect(other.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        server.close();
      }
    });
  });

  describe('signed links to originals (read keys configured)', () => {
    const fetchRaw = (url: string, base = stack.baseUrl) => fetch(`${base}${url}`);
    const errorOf = async (res: Response) => ((await res.json()) as Json).error.code as string;

    it('gives a short-lived signed link that opens the original without a key', async () => {
      const id = idOf.get('r00001')!;
      const before = Date.now();
      const doc = await getJson(`/api/v1/documents/${id}`);
      const url = new URL(doc.originalUrl, stack.baseUrl);
      expect(url.pathname).toBe(`/api/v1/documents/${id}/original`);
      const expires = Number(url.searchParams.get('expires'));
      // Valid for the configured time (60 minutes unless set), said in the answer as well.
      expect(expires * 1000).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + stack.config.linkTtlSeconds * 1000);
      expect(expires * 1000).toBeLessThanOrEqual(Date.now() + stack.config.linkTtlSeconds * 1000);
      expect(Date.parse(doc.originalUrlExpiresAt)).toBe(expires * 1000);
      // The plain address needs the key; the signed one does not, and serves the very file.
      const plain = await fetchRaw(`/api/v1/documents/${id}/original`);
      expect(plain.status).toBe(401);
      expect(await errorOf(plain)).toBe('unauthorized');
      const signed = await fetchRaw(`${doc.originalUrl}#page=2`);
      expect(signed.status).toBe(200);
      expect(signed.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await signed.arrayBuffer());
      expect(bytes.equals(await fs.readFile(stack.archive.originalPath(id)))).toBe(true);
    });

    it("gives each lesson hit a signed link to its report's original", async () => {
      const res = await getJson('/api/v1/lessons?q=projekt&limit=5');
      expect(res.hits.length).toBeGreaterThan(0);
      for (const hit of res.hits) {
        expect(hit.originalUrl).toMatch(/^\/api\/v1\/documents\/[a-f0-9]{64}\/original\?expires=\d+&signature=[\w-]+$/);
        expect(hit.originalUrl).toContain(`/documents/${hit.report.id.slice(0, 64)}/original`);
      }
      expect((await fetchRaw(res.hits[0].originalUrl)).status).toBe(200);
    });

    it('refuses a changed link (403 link_invalid) and an expired one (401 link_expired)', async () => {
      const id = idOf.get('r00001')!;
      const other = idOf.get('r00002')!;
      const url = new URL((await getJson(`/api/v1/documents/${id}`)).originalUrl, stack.baseUrl);
      const expires = url.searchParams.get('expires')!;
      const signature = url.searchParams.get('signature')!;
      const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
      for (const tampered of [
        `/api/v1/documents/${id}/original?expires=${expires}&signature=${flipped}`,
        `/api/v1/documents/${id}/original?expires=${Number(expires) + 3600}&signature=${signature}`,
        `/api/v1/documents/${other}/original?expires=${expires}&signature=${signature}`,
        `/api/v1/documents/${id}/original?expires=${expires}`,
        `/api/v1/documents/${id}/original?signature=${signature}`,
      ]) {
        const res = await fetchRaw(tampered);
        expect(res.status, tampered).toBe(403);
        expect(await errorOf(res)).toBe('link_invalid');
      }
      // A link the server signed two hours ago with its own secret (kept in Redis), long expired.
      const past = createLinkSigner(stack.config, stack.redis, () => Date.now() - 2 * 3600_000);
      const expired = await fetchRaw((await past.linker())(id).url);
      expect(expired.status).toBe(401);
      expect(await errorOf(expired)).toBe('link_expired');
      // A key still opens the plain address.
      expect((await get(`/api/v1/documents/${id}/original`)).status).toBe(200);
    });

    it('shares the generated secret between API replicas, and a configured secret signs links of its own', async () => {
      const id = idOf.get('r00001')!;
      const link = (await getJson(`/api/v1/documents/${id}`)).originalUrl as string;
      const replica = await listenWith({});
      const own = await listenWith({ linkSecret: 'another-link-secret-0123456789abcdef' });
      try {
        expect((await fetchRaw(link, `http://127.0.0.1:${replica.port}`)).status).toBe(200);
        const refused = await fetchRaw(link, `http://127.0.0.1:${own.port}`);
        expect(refused.status).toBe(403);
        expect(await errorOf(refused)).toBe('link_invalid');
        const doc = (await (
          await fetch(`http://127.0.0.1:${own.port}/api/v1/documents/${id}`, { headers: { authorization: `Bearer ${READ}` } })
        ).json()) as Json;
        expect((await fetchRaw(doc.originalUrl, `http://127.0.0.1:${own.port}`)).status).toBe(200);
        expect((await fetchRaw(doc.originalUrl)).status).toBe(403);
      } finally {
        replica.server.close();
        own.server.close();
      }
    });

    it('gives plain links where reads are open', async () => {
      const id = idOf.get('r00001')!;
      const open = await listenWith({ readKeys: [] });
      try {
        const doc = (await (await fetch(`http://127.0.0.1:${open.port}/api/v1/documents/${id}`)).json()) as Json;
        expect(doc.originalUrl).toBe(`/api/v1/documents/${id}/original`);
        expect(doc.originalUrlExpiresAt).toBeUndefined();
        expect((await fetchRaw(doc.originalUrl, `http://127.0.0.1:${open.port}`)).status).toBe(200);
      } finally {
        open.server.close();
      }
    });
  });

  describe('reports', () => {
    it('returns facet counts with the hits', async () => {
      const body = await getJson('/api/v1/search?facets=county,theme,year,documentType,owner,municipality,programme&limit=100');
      expect(body.total).toBe(reports.length);
      expect(Object.keys(body.facets).sort()).toEqual(['county', 'documentType', 'municipality', 'owner', 'programme', 'theme', 'year']);
      const countySum = Object.values(body.facets.county as Record<string, number>).reduce((a, b) => a + b, 0);
      const withCounty = body.hits.filter((h: Json) => h.county).length;
      expect(countySum).toBe(withCounty);
      const dt = body.facets.documentType as Record<string, number>;
      for (const [type, n] of Object.entries(dt)) expect(body.hits.filter((h: Json) => h.documentType === type).length).toBe(n);
    });

    it('filters by the year facet: the counts it showed are the hits a year gives, any of several years adds up', async () => {
      const body = await getJson('/api/v1/search?facets=year&limit=100');
      const years = Object.entries(body.facets.year as Record<string, number>).sort((a, b) => b[1] - a[1]);
      expect(years.length).toBeGreaterThan(1);
      const [[y1, n1], [y2]] = years as [[string, number], [string, number]];
      const one = await getJson(`/api/v1/search?${new URLSearchParams({ year: y1, limit: '100' })}`);
      expect(one.total).toBe(n1);
      // Active in a year: the period starts by its end and ends after its start.
      const activeIn = (h: Json, y: string) =>
        Number(h.period.start.slice(0, 4)) <= Number(y) && Number(h.period.end.slice(0, 4)) >= Number(y);
      for (const h of one.hits) expect(activeIn(h, y1)).toBe(true);
      const two = await getJson(
        `/api/v1/search?${new URLSearchParams([
          ['year', y1],
          ['year', y2],
          ['limit', '100'],
        ])}`,
      );
      expect(two.total).toBeGreaterThan(n1 - 1);
      for (const h of two.hits) expect(activeIn(h, y1) || activeIn(h, y2)).toBe(true);
      expect((await get('/api/v1/search?year=tjugohundra')).status).toBe(400);
    });

    it('filters by a facet value, and by any of several values', async () => {
      const county = (await truthOf(reports[0]!)).county as string;
      const one = await getJson(`/api/v1/search?${new URLSearchParams({ county, limit: '100' })}`);
      expect(one.total).toBeGreaterThan(0);
      for (const h of one.hits) expect(h.county).toBe(county);
      const other = (await truthOf(reports.find(async (r) => (await truthOf(r)).county !== county)!)).county as string;
      const both = await getJson(
        `/api/v1/search?${new URLSearchParams([
          ['county', county],
          ['county', other],
          ['limit', '100'],
        ])}`,
      );
      for (const h of both.hits) expect([county, other]).toContain(h.county);
    });

    it('counts an active facet without its own filter: the other counties keep their counts, other facets narrow', async () => {
      type Counts = Record<string, number>;
      const sum = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);
      for (const index of ['search', 'lessons']) {
        const url = (params: [string, string][]) =>
          `/api/v1/${index}?${new URLSearchParams([...params, ['facets', 'county,documentType'], ['limit', '1']])}`;
        const all = await getJson(url([]));
        const counties = Object.entries(all.facets.county as Counts).sort((x, y) => y[1] - x[1]);
        expect(counties.length, index).toBeGreaterThan(2);
        const [[a, na], [b, nb]] = counties as [[string, number], [string, number]];

        const one = await getJson(url([['county', a]]));
        expect(one.total, index).toBe(na);
        expect(one.facets.county, index).toEqual(all.facets.county);
        // The document types are those of county a alone, as a search with only that facet counts them.
        const typesInA = (await getJson(`/api/v1/${index}?${new URLSearchParams({ county: a, facets: 'documentType' })}`)).facets
          .documentType as Counts;
        expect(one.facets.documentType, index).toEqual(typesInA);
        expect(sum(one.facets.documentType), index).toBe(na);
        expect(sum(one.facets.documentType), index).toBeLessThan(sum(all.facets.documentType));

        const two = await getJson(
          url([
            ['county', a],
            ['county', b],
          ]),
        );
        expect(two.total, index).toBe(na + nb);
        expect(two.facets.county, index).toEqual(all.facets.county);
        expect(sum(two.facets.documentType), index).toBe(na + nb);

        // Two active facets: each is counted under the other's filter only.
        const [type] = Object.keys(typesInA) as [string];
        const both = await getJson(
          url([
            ['county', a],
            ['documentType', type],
          ]),
        );
        const countiesOfType = (await getJson(`/api/v1/${index}?${new URLSearchParams({ documentType: type, facets: 'county' })}`)).facets
          .county as Counts;
        expect(both.total, index).toBe(typesInA[type]);
        expect(both.facets.county, index).toEqual(countiesOfType);
        expect(both.facets.documentType, index).toEqual(typesInA);
      }
    });

    it('counts active facets on their own in a batch of searches too', async () => {
      const all = await getJson('/api/v1/search?facets=county&limit=1');
      const [a] = Object.keys(all.facets.county as Record<string, number>) as [string];
      const res = await send(
        'POST',
        '/api/v1/batch-search',
        {
          queries: [
            { index: 'reports', county: a, facets: 'county', limit: 1 },
            { index: 'lessons', q: '', limit: 2 },
            { index: 'reports', county: a, limit: 1 },
          ],
        },
        READ,
      );
      expect(res.status).toBe(200);
      expect(res.body.results).toHaveLength(3);
      expect(res.body.results[0].facets.county).toEqual(all.facets.county);
      expect(res.body.results[0].total).toBe(all.facets.county[a]);
      expect(res.body.results[1].index).toBe('lessons');
      expect(res.body.results[1].hits).toHaveLength(2);
      expect(res.body.results[2].total).toBe(all.facets.county[a]);
      expect(res.body.results[2].facets).toBeUndefined();
    });

    it('searches the values of the owner facet, counted as the search counts them', async () => {
      type Counts = Record<string, number>;
      const all = (await getJson('/api/v1/search?facets=owner,county&limit=1')).facets as Record<string, Counts>;
      const owners = Object.keys(all.owner!);
      expect(owners.length).toBeGreaterThan(3);
      // The first word of an owner, cut short and lower-cased: every owner with a word so beginning is found.
      const word = owners[0]!.split(/\s+/)[0]!;
      const prefix = word.slice(0, Math.max(3, word.length - 2)).toLowerCase();
      const begins = (v: string) => v.split(/[\s-]+/).some((w) => w.toLowerCase().startsWith(prefix));
      const found = await getJson(`/api/v1/facets/owner/search?${new URLSearchParams({ facetQuery: prefix })}`);
      expect(found.facet).toBe('owner');
      const expected = Object.fromEntries(Object.entries(all.owner!).filter(([v]) => begins(v)));
      expect(Object.keys(expected).length).toBeLessThan(owners.length);
      expect(Object.fromEntries(found.values.map((v: Json) => [v.value, v.count]))).toEqual(expected);

      // Under the search's filters and words: the counts of a search with them; the owner's own filter left out.
      const [county] = Object.keys(all.county!) as [string];
      const inCounty = (await getJson(`/api/v1/search?${new URLSearchParams({ county, facets: 'owner', limit: '1' })}`)).facets
        .owner as Counts;
      const narrowed = await getJson(
        `/api/v1/facets/owner/search?${new URLSearchParams([
          ['facetQuery', ''],
          ['county', county],
          ['owner', owners[0]!],
        ])}`,
      );
      expect(Object.fromEntries(narrowed.values.map((v: Json) => [v.value, v.count]))).toEqual(inCounty);
      expect(Object.keys(inCounty).length).toBeLessThan(owners.length);

      const lessonOwners = (await getJson('/api/v1/lessons?facets=owner&limit=1')).facets.owner as Counts;
      const inLessons = await getJson(`/api/v1/facets/owner/search?${new URLSearchParams({ index: 'lessons', facetQuery: prefix })}`);
      expect(Object.fromEntries(inLessons.values.map((v: Json) => [v.value, v.count]))).toEqual(
        Object.fromEntries(Object.entries(lessonOwners).filter(([v]) => begins(v))),
      );
    });

    it('takes facet-search input as plain values, never as filter syntax', async () => {
      for (const county of ['x" OR county EXISTS OR county = "y', 'Dalarnas län\\', '"']) {
        const body = await getJson(`/api/v1/facets/owner/search?${new URLSearchParams({ county })}`);
        expect(body.values, county).toEqual([]);
      }
      const odd = await getJson(`/api/v1/facets/owner/search?${new URLSearchParams({ facetQuery: '" OR 1=1 \\' })}`);
      expect(odd.values).toEqual([]);
      expect((await get('/api/v1/facets/funders/search?facetQuery=a')).status).toBe(400);
      expect((await get('/api/v1/facets/owner/search?facetQuery=a&limit=5')).status).toBe(400);
      expect((await get('/api/v1/facets/owner/search?facetQuery=a&facetQuery=b')).status).toBe(400);
      expect((await get('/api/v1/facets/owner/search?facetQuery=a', null)).status).toBe(401);
    });

    it('sorts by budget and by start', async () => {
      const byBudget = await getJson('/api/v1/search?sort=budget:desc&limit=100');
      const budgets = byBudget.hits.map((h: Json) => h.budget.totalSek).filter((b: number | null) => b !== null);
      expect(budgets.length).toBeGreaterThan(3);
      expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
      const byStart = await getJson('/api/v1/search?sort=start:asc&limit=100');
      const starts = byStart.hits.map((h: Json) => h.period.start).filter(Boolean);
      expect(starts).toEqual([...starts].sort());
    });

    it('filters by period overlap', async () => {
      const all = (await getJson('/api/v1/search?limit=100')).hits as Json[];
      const from = '2016-01';
      const to = '2016-12';
      const expected = all.filter(
        (h) => h.period.start && h.period.end && h.period.end.slice(0, 7) >= from && h.period.start.slice(0, 7) <= to,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      const body = await getJson(`/api/v1/search?activeFrom=${from}&activeTo=${to}&limit=100`);
      expect(body.hits.map((h: Json) => h.id).sort()).toEqual(expected.map((h) => h.id).sort());
    });

    it('exports the page as CSV with stable columns', async () => {
      const r = await get('/api/v1/search?format=csv&limit=5');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/csv');
      const lines = r.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe(columnNames('reports').join(','));
      expect(lines.length).toBe(6);
    });
  });

  describe('lessons', () => {
    it('finds lessons with their report context, highlighted', async () => {
      const truth = await truthOf(reports.find((r) => r.endsWith('r00001.pdf'))!);
      const lesson = (truth.lessonsLearned as string[])[0]!;
      const word = lesson
        .split(/\s+/)
        .find((w) => w.length > 7)!
        .replace(/[^\p{L}]/gu, '');
      const body = await getJson(`/api/v1/lessons?${new URLSearchParams({ q: word, facets: 'county,theme' })}`);
      expect(body.total).toBeGreaterThan(0);
      const hit = body.hits.find((h: Json) => h.report.id === idOf.get('r00001'));
      expect(hit, `lesson with "${word}" of r00001`).toBeTruthy();
      expect(hit.highlight.text).toContain('<mark>');
      expect(hit.report.owner).toBe(truth.owner);
      expect(hit.report.county).toBe(truth.county);
      expect(body.facets.county).toBeTruthy();
    });

    it('has one lesson document per lesson of every report', async () => {
      const all = await getJson('/api/v1/search?limit=100');
      const expected = all.hits.reduce((n: number, h: Json) => n + h.lessonsLearned.length, 0);
      expect((await getJson('/api/v1/lessons?limit=1')).total).toBe(expected);
    });

    it('exports lessons as CSV', async () => {
      const r = await get('/api/v1/lessons?format=csv&limit=3');
      expect(r.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(columnNames('lessons').join(','));
    });
  });

  describe('Swedish and English text', () => {
    const meili = async (kind: 'reports' | 'lessons', what: string) => {
      const res = await fetch(`${stack.services.meiliUrl}/indexes/${stack.search.uids[kind]}/${what}`, {
        headers: { authorization: `Bearer ${stack.services.meiliMasterKey}` },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Json;
    };
    const top = async (endpoint: 'search' | 'lessons', q: string, n = 3) =>
      (await getJson(`/api/v1/${endpoint}?${new URLSearchParams({ q, limit: String(n) })}`)).hits as Json[];

    it('indexes each text once, folded, and returns and highlights only what a hit shows, on the real Meilisearch', async () => {
      await stack.search.ensureIndexes(); // a second start changes nothing
      for (const kind of ['reports', 'lessons'] as const) {
        const settings = await meili(kind, 'settings');
        expect(settings.localizedAttributes).toEqual([{ locales: ['eng'], attributePatterns: ['*'] }]);
        expect(settings.stopWords).toEqual([]);
        expect(settings.searchableAttributes.filter((a: string) => a.startsWith('folded'))).toEqual([]);
      }
      const settings = await meili('reports', 'settings');
      expect(settings.searchableAttributes).toContain('body');
      expect(settings.displayedAttributes).not.toContain('body');
      const stats = await meili('reports', 'stats');
      expect(stats.fieldDistribution.folded).toBeUndefined();
      expect(stats.fieldDistribution.body).toBe(reports.length);
      // A hit has every field of the documented report and its highlights, and no body.
      const hit = (await top('search', 'kompetensförsörjning', 1))[0]!;
      expect(Object.keys(hit).sort()).toEqual(
        [
          'id',
          'projectName',
          'documentType',
          'language',
          'owner',
          'diaryNumber',
          'county',
          'municipalities',
          'period',
          'budget',
          'funders',
          'programme',
          'projectManager',
          'themes',
          'summary',
          'lessonsLearned',
          'correctedFields',
          'highlight',
        ].sort(),
      );
      expect(Object.keys(hit.highlight).sort()).toEqual(['lessonsLearned', 'owner', 'projectName', 'summary']);
      expect(JSON.stringify(hit)).not.toContain('"body"');
    });

    it('fires a synonym phrase that holds a stop word, both ways', async () => {
      const intent = await top('lessons', 'letter of intent', 5);
      expect(
        intent.some((l) => /<mark>avsiktsförklaring/i.test(l.highlight.text)),
        JSON.stringify(intent.map((l) => l.highlight.text)),
      ).toBe(true);
      const avsikt = await top('lessons', 'avsiktsförklaring', 5);
      expect(
        avsikt.some((l) => /<mark>letter of intent<\/mark>|<mark>letter<\/mark> <mark>of<\/mark> <mark>intent/i.test(l.highlight.text)),
        JSON.stringify(avsikt.map((l) => l.highlight.text)),
      ).toBe(true);
    });

    it('reaches lessons about any word of the query, not only the first', async () => {
      const hits = await top('lessons', 'kompetensförsörjning unga', 10);
      expect(
        hits.some((l) => /<mark>unga<\/mark>/i.test(l.highlight.text)),
        JSON.stringify(hits.map((l) => l.highlight.text)),
      ).toBe(true);
    });

    it('finds a Swedish report from a query typed without diacritics, and highlights the Swedish word', async () => {
      const vaxjo = await top('search', 'Vaxjo');
      const hit = vaxjo.find((h) => h.id === idOf.get('r00020'));
      expect(hit, 'Innovationsslussen Växjö for "Vaxjo"').toBeTruthy();
      expect(hit!.highlight.projectName).toContain('<mark>Växjö</mark>');
      expect((await top('search', 'besoksnaring', 1))[0]!.id).toBe(idOf.get('r00014'));
      expect((await top('search', 'besöksnäring', 1))[0]!.id).toBe(idOf.get('r00014'));
      for (const h of vaxjo) expect(h).not.toHaveProperty('folded');
    });

    it('finds the Swedish words of an English synonym', async () => {
      const tourism = await top('search', 'tourism');
      const hit = tourism.find((h) => h.id === idOf.get('r00014'));
      expect(hit, 'Besöksnäring 2.0 Eskilstuna for "tourism"').toBeTruthy();
      expect(hit!.highlight.projectName).toContain('<mark>Besöksnäring</mark>');
      const visits = await top('lessons', 'company visits', 5);
      expect(
        visits.some((l) => /<mark>företagsbesök/i.test(l.highlight.text)),
        JSON.stringify(visits.map((l) => l.highlight.text)),
      ).toBe(true);
    });

    it('still forgives typos, with and without diacritics', async () => {
      for (const q of ['Hässlehom', 'Hasslehom']) expect((await top('search', q, 1))[0]!.id, q).toBe(idOf.get('r00001'));
      expect((await top('search', 'besöksnäirng', 1))[0]!.id).toBe(idOf.get('r00014'));
    });
  });

  describe('similar and compare', () => {
    it('finds similar reports that share theme first, with a reason', async () => {
      const id = idOf.get('r00002')!;
      const target = (await getJson(`/api/v1/search?${new URLSearchParams({ q: '', limit: '100' })}`)).hits.find((h: Json) => h.id === id);
      const body = await getJson(`/api/v1/projects/${id}/similar?limit=5`);
      expect(body.hits.length).toBeGreaterThan(0);
      expect(body.hits.map((h: Json) => h.id)).not.toContain(id);
      for (let i = 1; i < body.hits.length; i++) expect(body.hits[i - 1].score).toBeGreaterThanOrEqual(body.hits[i].score);
      const top = body.hits[0];
      expect(top.reason.sharedThemes).toEqual(expect.arrayContaining(top.themes.filter((t: string) => target.themes.includes(t))));
      expect(top.themes.some((t: string) => target.themes.includes(t))).toBe(true);
      expect(top.reason.sharedTerms.length).toBeGreaterThan(0);
    });

    it('compares 2-5 reports side by side', async () => {
      const ids = ['r00001', 'r00003', 'r00004'].map((n) => idOf.get(n)!);
      const body = await getJson(`/api/v1/compare?ids=${ids.join(',')}`);
      expect(body.reports.map((r: Json) => r.id)).toEqual(ids);
      const t1 = await truthOf(reports.find((r) => r.endsWith('r00001.pdf'))!);
      expect(body.reports[0].owner).toBe(t1.owner);
      expect(body.reports[0].period.months).toBeGreaterThan(0);
      expect(body.differing).toContain('owner');
      expect((await get(`/api/v1/compare?ids=${ids[0]}`)).status).toBe(400);
      expect((await get(`/api/v1/compare?ids=${[...ids, ...ids.map((x) => x.replace(/.$/, '0'))].join(',')}`)).status).toBe(400);
      expect((await get(`/api/v1/compare?ids=${ids[0]},${'a'.repeat(64)}`)).status).toBe(404);
    });
  });

  describe('bulk use by regions', () => {
    it('streams every report as JSON Lines', async () => {
      const r = await get('/api/v1/export.jsonl');
      const lines = r.text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Json);
      expect(lines.length).toBe(await stack.search.count('reports'));
      expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    });

    it('answers a batch of searches, and refuses more than 50', async () => {
      const res = await send(
        'POST',
        '/api/v1/batch-search',
        {
          queries: [
            { q: 'projekt', limit: 2 },
            { index: 'lessons', q: '', limit: 3, facets: 'county' },
          ],
        },
        READ,
      );
      expect(res.status).toBe(200);
      expect(res.body.results[0].hits.length).toBe(2);
      expect(res.body.results[1].index).toBe('lessons');
      expect(res.body.results[1].hits[0].report).toBeTruthy();
      expect(res.body.results[1].facets.county).toBeTruthy();
      const tooMany = await send('POST', '/api/v1/batch-search', { queries: Array.from({ length: 51 }, () => ({ q: 'x' })) }, READ);
      expect(tooMany.status).toBe(400);
      const bad = await send('POST', '/api/v1/batch-search', { queries: [{ q: 'x' }, { limit: 500 }] }, READ);
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('queries.1.limit');
    });

    it('publishes a valid OpenAPI 3.1 document covering every endpoint, and a docs page', async () => {
      const doc = await getJson('/api/v1/openapi.json', null);
      const result = await new Validator().validate(doc);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(doc.openapi).toMatch(/^3\.1\./);
      // Every route Express registers is in the document with its method, and nothing more: the web page's own
      // routes, the docs page and the queue dashboard (its own UI) are no API.
      const app = createApp({ ...stack, log: createLogger('silent', 'test') });
      const registered = expressRoutes(app.router.stack as Layer[]).filter(
        (r) => !PAGES.includes(r.path) && !r.path.startsWith('/api/docs') && !r.path.startsWith('/admin/queues'),
      );
      expect(registered.length).toBeGreaterThan(20);
      const documented = Object.entries(doc.paths as Json).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
      expect(new Set(documented)).toEqual(new Set(registered.map((r) => `${r.method.toUpperCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`)));
      for (const p of [
        '/api/v1/search',
        '/api/v1/lessons',
        '/api/v1/projects/{id}/similar',
        '/api/v1/compare',
        '/api/v1/export.jsonl',
        '/api/v1/batch-search',
        '/api/v1/facets/{facet}/search',
        '/api/v1/documents',
        '/api/v1/documents/{id}',
        '/api/v1/documents/{id}/record',
        '/health',
      ]) {
        expect(Object.keys(doc.paths)).toContain(p);
      }
      const docsPage = await get('/api/docs', null);
      expect(docsPage.text).toContain('swagger-ui-bundle.js');
      expect((await get('/api/docs/assets/swagger-ui-bundle.js', null)).status).toBe(200);
    });
  });

  describe('answers as the schemas describe them', () => {
    it('answers every read with a body its schema (and so the OpenAPI document) describes', async () => {
      const id = idOf.get('r00001')!;
      const other = idOf.get('r00002')!;
      const checks: [string, z.ZodType, string | null][] = [
        ['/api/v1/search?q=projekt&facets=county,year&page=1', bodies.reportResultsSchema, READ],
        ['/api/v1/lessons?q=projekt&county=Dalarnas%20l%C3%A4n&facets=county', bodies.lessonResultsSchema, READ],
        ['/api/v1/facets/owner/search?facetQuery=k', bodies.facetValuesSchema, READ],
        [`/api/v1/documents/${id}`, bodies.documentStateSchema, READ],
        [`/api/v1/projects/${id}/similar?limit=3`, bodies.similarResultsSchema, READ],
        [`/api/v1/compare?ids=${id},${other}`, bodies.compareResultSchema, READ],
        ['/api/v1/admin/stats', bodies.adminStatsSchema, ADMIN],
        ['/health', bodies.healthSchema, null],
      ];
      for (const [url, schema, key] of checks) {
        const body = await getJson(url, key);
        const parsed = schema.safeParse(body);
        expect(parsed.error?.issues ?? [], url).toEqual([]);
        // Nothing the schema leaves out: every field answered is described.
        expect(parsed.data, url).toEqual(body);
      }
    });
  });

  describe('corrections and deletion', () => {
    it('keeps a correction through reindex and re-extraction, and search shows it at once', async () => {
      const id = idOf.get('r00006')!;
      const patched = await send(
        'PATCH',
        `/api/v1/documents/${id}/record`,
        { owner: 'Korrigerad Ägare AB', budget: { totalSek: 1234567 } },
        stack.apiKey,
      );
      expect(patched.status).toBe(200);
      expect(patched.body.record.owner).toBe('Korrigerad Ägare AB');
      const find = async () => (await getJson(`/api/v1/search?${new URLSearchParams({ owner: 'Korrigerad Ägare AB' })}`)).hits as Json[];
      let hits = await find();
      expect(hits.map((h) => h.id)).toEqual([id]);
      expect(hits[0]!.budget.totalSek).toBe(1234567);
      expect(hits[0]!.correctedFields).toEqual(expect.arrayContaining(['owner', 'budget.totalSek']));

      await rebuildIndex({ archive: stack.archive, search: stack.search }, { reExtract: extractRecord });
      hits = await find();
      expect(hits.map((h) => h.id)).toEqual([id]);
      const doc = await getJson(`/api/v1/documents/${id}`);
      expect(doc.record.owner).toBe('Korrigerad Ägare AB');
      expect(doc.corrections.owner.value).toBe('Korrigerad Ägare AB');
      // The corrected owner also reaches the lessons of that report.
      const lessons = await getJson(`/api/v1/lessons?${new URLSearchParams({ owner: 'Korrigerad Ägare AB' })}`);
      expect(lessons.total).toBeGreaterThan(0);

      const bad = await send('PATCH', `/api/v1/documents/${id}/record`, { owner: 5 }, stack.apiKey);
      expect(bad.status).toBe(400);
      const unknown = await send('PATCH', `/api/v1/documents/${id}/record`, { colour: 'red' }, stack.apiKey);
      expect(unknown.status).toBe(400);
    });

    it('deletes a report and its lessons everywhere, and the file can come back', async () => {
      const id = idOf.get('r00008')!;
      const before = await stack.search.count('reports');
      expect((await stack.search.lessonsOf(id)).length).toBeGreaterThan(0);
      const del = await send('DELETE', `/api/v1/documents/${id}`, undefined, stack.apiKey);
      expect(del.status).toBe(200);
      expect(await stack.search.count('reports')).toBe(before - 1);
      expect(await stack.search.lessonsOf(id)).toEqual([]);
      expect((await get(`/api/v1/documents/${id}`)).status).toBe(404);
      await expect(fs.stat(stack.archive.dir(id))).rejects.toThrow();
      expect((await send('DELETE', `/api/v1/documents/${id}`, undefined, stack.apiKey)).status).toBe(404);

      const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
      const again = await ingestFiles(deps, [reports.find((r) => r.endsWith('r00008.pdf'))!], 'cli');
      expect(again.indexed).toBe(1);
      expect(await stack.search.count('reports')).toBe(before);
    });
  });
});
