// Operations against the real stack (redis-server, Meilisearch, a worker process): the queue dashboard behind the
// admin key or its cookie, /metrics after real documents went through, the access log, the security headers,
// and the worker's heartbeat for a container health check.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../services/api/app.js';
import { serviceEnv, spawnService } from '../../services/stack/stack.js';
import { requestLessonGroups } from '../../shared/clients/queues.js';
import { LessonGroupsStore } from '../../shared/clients/lesson-groups-store.js';
import { JOB_DURATION_BUCKETS } from '../../shared/metrics/pipeline-metrics.js';
import { LESSON_GROUPS_QUEUE, PIPELINE_QUEUES, STAGES } from '../../shared/queues/queue-names.js';
import { FIXTURES, startTestStack, waitForFinal, waitForLessonGroups, type TestStack } from './harness.js';

const ADMIN_KEY = 'operations-admin-key-0123456789abcdef';
const METRICS_KEY = 'operations-metrics-key-0123456789abcdef';
/** Every queue operators should see: the pipeline's three (intake, read, index) and the lesson-group updates. */
const ALL_QUEUES = [...PIPELINE_QUEUES, LESSON_GROUPS_QUEUE];

/** One sample of a Prometheus text exposition. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseMetrics(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

/** The value of the one sample with this name and these labels (undefined when there is none). */
function sample(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const hits = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (hits.length > 1) throw new Error(`${hits.length} samples of ${name} ${JSON.stringify(labels)}`);
  return hits[0]?.value;
}

/** A Content-Security-Policy header as directive → value. */
function directives(header: string | null): Record<string, string> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('operations', () => {
  let stack: TestStack;
  let heartbeatFile: string;
  /** A report that went through every stage (set by the metrics test). */
  let indexedId: string;
  const auth = (key: string) => ({ authorization: `Bearer ${key}` });

  async function upload(file: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await fs.readFile(file))], { type: 'application/pdf' }), path.basename(file));
    const res = await fetch(`${stack.baseUrl}/api/v1/documents`, { method: 'POST', body: form, headers: auth(stack.apiKey) });
    expect(res.status).toBe(202);
    return ((await res.json()) as { id: string }).id;
  }

  const scrape = async () => {
    const res = await fetch(`${stack.baseUrl}/metrics`, { headers: auth(METRICS_KEY) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseMetrics(await res.text());
  };

  /** Scrapes until `done` holds for a scrape (at most 15 s); returns that scrape. */
  const scrapeUntil = async (what: string, done: (m: Sample[]) => boolean) => {
    for (let i = 0; i < 150; i++) {
      const m = await scrape();
      if (done(m)) return m;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`metrics never showed ${what}`);
  };

  beforeAll(async () => {
    stack = await startTestStack({ LARDOM_ADMIN_KEY: ADMIN_KEY, LARDOM_METRICS_KEY: METRICS_KEY });
    heartbeatFile = path.join(stack.dataDir, 'run', 'worker.alive');
    // The worker alone gets the heartbeat file, as in docker-compose.yml.
    stack.workers.push(
      await spawnService('worker', {
        ...serviceEnv(stack.services, { dataDir: stack.dataDir, apiKey: stack.apiKey, prefix: stack.config.queuePrefix }),
        LARDOM_INDEX_BATCH_MS: '50',
        LARDOM_HEARTBEAT_FILE: heartbeatFile,
      }),
    );
  });
  afterAll(async () => stack?.stop());

  describe('security headers (helmet)', () => {
    it('sends a strict policy and the usual headers on every answer', async () => {
      for (const p of ['/health', '/api/v1/search?q=x', '/nowhere']) {
        const res = await fetch(`${stack.baseUrl}${p}`);
        const csp = directives(res.headers.get('content-security-policy'));
        expect(csp['default-src'], p).toBe("'self'");
        expect(csp['script-src'], p).toBe("'self'");
        expect(csp['script-src-attr'], p).toBe("'none'");
        expect(csp['object-src'], p).toBe("'none'");
        expect(csp['style-src'], p).toBe("'self'");
        expect(csp['connect-src'], p).toBe("'self'");
        expect(csp['upgrade-insecure-requests'], p).toBeUndefined();
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(res.headers.get('x-powered-by')).toBeNull();
      }
    });

    it('keeps the base policy on the API docs, and allows inline styles (never scripts) on the dashboard only', async () => {
      const docs = await fetch(`${stack.baseUrl}/api/docs`);
      expect(docs.status).toBe(200);
      expect(docs.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      const board = await fetch(`${stack.baseUrl}/admin/queues`, { headers: auth(ADMIN_KEY) });
      expect(board.status).toBe(200);
      const csp = directives(board.headers.get('content-security-policy'));
      expect(csp['style-src']).toBe("'self' 'unsafe-inline'");
      expect(csp['script-src']).toBe("'self'");
      expect(board.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('queue dashboard at /admin/queues', () => {
    const queuesApi = (headers: Record<string, string>) => fetch(`${stack.baseUrl}/admin/queues/api/queues`, { headers });

    it('answers 401 without a key or cookie, 401 to a wrong key and 403 to a write key', async () => {
      for (const [headers, status] of [
        [{}, 401],
        [auth('wrong-key'), 401],
        [{ authorization: 'Basic abc' }, 401],
        [auth(stack.apiKey), 403],
      ] as const) {
        for (const p of ['/admin/queues', '/admin/queues/api/queues', '/admin/queues/static/favicon.ico']) {
          const res = await fetch(`${stack.baseUrl}${p}`, { headers });
          expect(res.status, `${p} ${JSON.stringify(headers)}`).toBe(status);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe(status === 401 ? 'unauthorized' : 'forbidden');
        }
      }
    });

    it('shows every stage queue and the lesson-groups queue with the admin key as bearer', async () => {
      const page = await fetch(`${stack.baseUrl}/admin/queues`, { headers: auth(ADMIN_KEY) });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('__UI_CONFIG__');
      const res = await queuesApi(auth(ADMIN_KEY));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { queues: { name: string }[] };
      expect(body.queues.map((q) => q.name).sort()).toEqual([...ALL_QUEUES].sort());
    });

    it('opens with the cookie POST /api/v1/admin/session sets for the admin key, and not with a forged one', async () => {
      expect((await fetch(`${stack.baseUrl}/api/v1/admin/session`, { method: 'POST' })).status).toBe(401);
      expect((await fetch(`${stack.baseUrl}/api/v1/admin/session`, { method: 'POST', headers: auth(stack.apiKey) })).status).toBe(403);
      const res = await fetch(`${stack.baseUrl}/api/v1/admin/session`, { method: 'POST', headers: auth(ADMIN_KEY) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ dashboard: '/admin/queues' });
      const setCookie = res.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^lardom_admin=[^;]+;/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Strict');
      expect(setCookie).toContain('Path=/admin/queues');
      expect(setCookie).not.toContain(ADMIN_KEY);
      const cookie = setCookie.split(';')[0]!;

      const withCookie = await queuesApi({ cookie: `other=1; ${cookie}` });
      expect(withCookie.status).toBe(200);
      expect(((await withCookie.json()) as { queues: unknown[] }).queues).toHaveLength(ALL_QUEUES.length);
      expect((await fetch(`${stack.baseUrl}/admin/queues`, { headers: { cookie } })).status).toBe(200);

      const [name, value] = cookie.split('=') as [string, string];
      const [expires, mac] = value.split('.') as [string, string];
      const forged = [
        `${name}=${Number(expires) + 60}.${mac}`, // a later expiry with the old signature
        `${name}=${expires}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
        `${name}=${ADMIN_KEY}`,
      ];
      for (const c of forged) expect((await queuesApi({ cookie: c })).status, c).toBe(401);
    });
  });

  describe('metrics at /metrics', () => {
    it('needs the metrics key or the admin key', async () => {
      expect((await fetch(`${stack.baseUrl}/metrics`)).status).toBe(401);
      expect((await fetch(`${stack.baseUrl}/metrics`, { headers: auth(stack.apiKey) })).status).toBe(401);
      expect((await fetch(`${stack.baseUrl}/metrics`, { headers: auth(ADMIN_KEY) })).status).toBe(200);
      expect((await fetch(`${stack.baseUrl}/metrics`, { headers: auth(METRICS_KEY) })).status).toBe(200);
    });

    it('counts job durations per stage, failures by code, queue depths and API latency by route', async () => {
      const good = await upload(path.join(FIXTURES, 'reports', 'r00004.pdf'));
      const bad = await upload(path.join(FIXTURES, 'bad', 'truncated.pdf'));
      const final = await waitForFinal(stack, [good, bad]);
      expect(final.get(good)).toBe('indexed');
      indexedId = good;
      expect(final.get(bad)).toBe('failed');
      expect((await fetch(`${stack.baseUrl}/api/v1/documents/${good}`)).status).toBe(200);

      // The indexed report's lessons are grouped by a lesson-groups job after it.
      await waitForLessonGroups(stack);
      // The worker counts after a job ends; the document's state and the groups may be written a moment before.
      const m = await scrapeUntil(
        'the index job and a finished lesson-group update',
        (s) =>
          (sample(s, 'lardom_job_duration_seconds_count', { stage: 'index' }) ?? 0) >= 1 &&
          (sample(s, 'lardom_job_duration_seconds_count', { stage: LESSON_GROUPS_QUEUE }) ?? 0) >= 1 &&
          ['waiting', 'active', 'delayed'].every((state) => sample(s, 'lardom_queue_jobs', { stage: LESSON_GROUPS_QUEUE, state }) === 0),
      );

      // Every stage ran once for the good report (and intake, archive for both; parse failed the bad one), each
      // counted as its own stage although archive, parse and extract ran in one read job.
      for (const stage of STAGES) {
        const count = sample(m, 'lardom_job_duration_seconds_count', { stage })!;
        expect(count, stage).toBe(stage === 'intake' || stage === 'archive' ? 2 : 1);
        const sum = sample(m, 'lardom_job_duration_seconds_sum', { stage })!;
        expect(sum, stage).toBeGreaterThan(0);
        expect(sum, stage).toBeLessThan(60);
        const buckets = JOB_DURATION_BUCKETS.map((le) => sample(m, 'lardom_job_duration_seconds_bucket', { stage, le: String(le) })!);
        for (let i = 1; i < buckets.length; i++) expect(buckets[i]!).toBeGreaterThanOrEqual(buckets[i - 1]!);
        expect(sample(m, 'lardom_job_duration_seconds_bucket', { stage, le: '+Inf' })).toBe(count);
      }
      // The lesson-group updates: one at the worker's start, one after the report was indexed (or both as one).
      const groupRuns = sample(m, 'lardom_job_duration_seconds_count', { stage: LESSON_GROUPS_QUEUE })!;
      expect(groupRuns).toBeGreaterThanOrEqual(1);
      expect(groupRuns).toBeLessThanOrEqual(2);
      expect(sample(m, 'lardom_job_duration_seconds_sum', { stage: LESSON_GROUPS_QUEUE })).toBeLessThan(60);
      expect(sample(m, 'lardom_job_duration_seconds_bucket', { stage: LESSON_GROUPS_QUEUE, le: '+Inf' })).toBe(groupRuns);
      const groupBuckets = JOB_DURATION_BUCKETS.map(
        (le) => sample(m, 'lardom_job_duration_seconds_bucket', { stage: LESSON_GROUPS_QUEUE, le: String(le) })!,
      );
      for (let i = 1; i < groupBuckets.length; i++) expect(groupBuckets[i]!).toBeGreaterThanOrEqual(groupBuckets[i - 1]!);
      expect(sample(m, 'lardom_job_failures_total', { stage: 'parse', code: 'pdf_corrupt', outcome: 'failed' })).toBe(1);
      expect(m.filter((s) => s.name === 'lardom_job_failures_total')).toHaveLength(1);

      // The bad file failed at the stage it failed in, inside its read job.
      expect((await stack.documents.get(bad))?.stage).toBe('parse');

      // All done: nothing waits or runs; the failed read job is kept as failed. Queue depths are by queue.
      for (const stage of ALL_QUEUES) {
        for (const state of ['waiting', 'active', 'delayed'])
          expect(sample(m, 'lardom_queue_jobs', { stage, state }), `${stage} ${state}`).toBe(0);
      }
      expect(sample(m, 'lardom_queue_jobs', { stage: 'read', state: 'failed' })).toBe(1);
      expect(new Set(m.filter((s) => s.name === 'lardom_queue_jobs').map((s) => s.labels.stage))).toEqual(new Set(ALL_QUEUES));
      expect(sample(m, 'lardom_queue_jobs', { stage: LESSON_GROUPS_QUEUE, state: 'failed' })).toBe(0);

      // The admin stats list the same queues, with the updates that completed.
      const stats = await fetch(`${stack.baseUrl}/api/v1/admin/stats`, { headers: auth(ADMIN_KEY) });
      expect(stats.status).toBe(200);
      const queues = ((await stats.json()) as { queues: Record<string, Record<string, number>> }).queues;
      expect(Object.keys(queues)).toEqual(ALL_QUEUES);
      expect(queues[LESSON_GROUPS_QUEUE]).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 });
      expect(queues[LESSON_GROUPS_QUEUE]!.completed).toBeGreaterThanOrEqual(1);
      expect(queues.read).toMatchObject({ failed: 1 });

      // Latency by route pattern: the upload, the document read (its id never becomes a label).
      expect(sample(m, 'lardom_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/documents', status: '202' })).toBe(
        2,
      );
      expect(
        sample(m, 'lardom_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/documents/:id', status: '200' }),
      ).toBe(1);
      const routes = new Set(m.filter((s) => s.name === 'lardom_http_request_duration_seconds_count').map((s) => s.labels.route));
      for (const r of routes) expect(r).not.toMatch(/[a-f0-9]{64}/);

      expect(sample(m, 'lardom_source_up', { source: 'redis' })).toBe(1);
      expect(sample(m, 'lardom_source_up', { source: 'meilisearch' })).toBe(1);
      expect(sample(m, 'lardom_meilisearch_tasks', { status: 'enqueued' })).toBe(0);
      expect(sample(m, 'lardom_meilisearch_tasks', { status: 'processing' })).toBe(0);
      expect(sample(m, 'lardom_meilisearch_oldest_task_age_seconds')).toBe(0);
      // Process metrics of the API come along.
      expect(sample(m, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    });

    it('counts a failed lesson-group update by code, and its retry once it can read the groups again', async () => {
      // The stored groups become unreadable: the worker's next update fails on them and is retried with backoff.
      const store = new LessonGroupsStore(stack.redis, stack.config.queuePrefix);
      const snapshotKey = `${stack.config.queuePrefix}:lesson-groups:snapshot`;
      const versionKey = `${stack.config.queuePrefix}:lesson-groups:version`;
      const good = await stack.redis.get(snapshotKey);
      expect(good).toBeTruthy();
      const runsBefore = sample(await scrape(), 'lardom_job_duration_seconds_count', { stage: LESSON_GROUPS_QUEUE })!;
      await stack.redis.multi().set(snapshotKey, '{"lessons": [').incr(versionKey).exec();
      await requestLessonGroups(stack.queues.lessonGroups, store, [indexedId]);
      const failing = await scrapeUntil('a failed lesson-group update', (s) =>
        Boolean(sample(s, 'lardom_job_failures_total', { stage: LESSON_GROUPS_QUEUE, code: 'internal', outcome: 'retry' })),
      );
      expect(
        sample(failing, 'lardom_job_failures_total', { stage: LESSON_GROUPS_QUEUE, code: 'internal', outcome: 'failed' }),
      ).toBeUndefined();
      expect(sample(failing, 'lardom_job_duration_seconds_count', { stage: LESSON_GROUPS_QUEUE })).toBe(runsBefore);

      // Readable again: the retry finishes the update, and the report it had taken is grouped.
      await stack.redis.multi().set(snapshotKey, good!).incr(versionKey).exec();
      await waitForLessonGroups(stack);
      const after = await scrapeUntil(
        'the retried lesson-group update finished',
        (s) =>
          sample(s, 'lardom_job_duration_seconds_count', { stage: LESSON_GROUPS_QUEUE })! > runsBefore &&
          ['waiting', 'active', 'delayed'].every((state) => sample(s, 'lardom_queue_jobs', { stage: LESSON_GROUPS_QUEUE, state }) === 0),
      );
      expect(sample(after, 'lardom_queue_jobs', { stage: LESSON_GROUPS_QUEUE, state: 'failed' })).toBe(0);
      expect(
        sample(after, 'lardom_job_failures_total', { stage: LESSON_GROUPS_QUEUE, code: 'internal', outcome: 'failed' }),
      ).toBeUndefined();
      // The document failures are unchanged.
      expect(sample(after, 'lardom_job_failures_total', { stage: 'parse', code: 'pdf_corrupt', outcome: 'failed' })).toBe(1);
    });

    it("shows Meilisearch's task lag while it works through a backlog", async () => {
      // A burst of document additions to this stack's lessons index: Meilisearch takes a while with them.
      const uid = stack.search.uids.lessons;
      const docs = Array.from({ length: 1500 }, (_, i) => ({ id: `lag-${i}`, text: `styrgrupp nätverk landsbygd ${i} `.repeat(20) }));
      for (let t = 0; t < 8; t++) {
        const res = await fetch(`${stack.services.meiliUrl}/indexes/${uid}/documents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${stack.services.meiliMasterKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(docs.map((d) => ({ ...d, id: `${d.id}-${t}` }))),
        });
        expect(res.status).toBe(202);
      }
      const m = await scrape();
      const pending =
        sample(m, 'lardom_meilisearch_tasks', { status: 'enqueued' })! + sample(m, 'lardom_meilisearch_tasks', { status: 'processing' })!;
      expect(pending).toBeGreaterThan(0);
      expect(pending).toBeLessThanOrEqual(8);
      expect(sample(m, 'lardom_meilisearch_oldest_task_age_seconds')).toBeGreaterThan(0);
      expect(sample(m, 'lardom_meilisearch_oldest_task_age_seconds')).toBeLessThan(60);

      // Once Meilisearch is through, the lag is gone.
      let after = m;
      for (let i = 0; i < 360; i++) {
        after = await scrape();
        if (
          sample(after, 'lardom_meilisearch_tasks', { status: 'enqueued' })! +
            sample(after, 'lardom_meilisearch_tasks', { status: 'processing' })! ===
          0
        )
          break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(sample(after, 'lardom_meilisearch_tasks', { status: 'processing' })).toBe(0);
      expect(sample(after, 'lardom_meilisearch_oldest_task_age_seconds')).toBe(0);
    });
  });

  describe('access log', () => {
    it('writes one info line per request with id, method, route, status and duration, and no key or cookie', async () => {
      const lines: Record<string, unknown>[] = [];
      const log = pino({ name: 'api', level: 'info', base: { service: 'api' } }, { write: (s: string) => void lines.push(JSON.parse(s)) });
      const app = createApp({ ...stack, log });
      const server: Server = await new Promise((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      const addr = server.address();
      const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      try {
        const docId = indexedId;
        const secretCookie = 'lardom_admin=1234.secret-cookie-value';
        const res = await fetch(`${url}/api/v1/documents/${docId}?x=1`, {
          headers: { ...auth(stack.apiKey), cookie: secretCookie, 'x-request-id': 'req-ops-1' },
        });
        expect(res.status).toBe(200);
        expect(res.headers.get('x-request-id')).toBe('req-ops-1');
        await fetch(`${url}/nowhere/at/all`, { headers: { 'x-request-id': 'req-ops-2' } });
        await fetch(`${url}/api/v1/admin/stats`, { headers: { ...auth('wrong-key'), 'x-request-id': 'req-ops-3' } });
        const generated = (await fetch(`${url}/health/live`)).headers.get('x-request-id');
        expect(generated).toMatch(/^[0-9a-f-]{36}$/);
        await new Promise((r) => setTimeout(r, 100));

        const line = (rid: string) => {
          const mine = lines.filter((l) => l.requestId === rid && l.msg === 'request');
          expect(mine, rid).toHaveLength(1);
          return mine[0]!;
        };
        const first = line('req-ops-1');
        expect(first).toMatchObject({
          level: 30,
          service: 'api',
          requestId: 'req-ops-1',
          method: 'GET',
          route: '/api/v1/documents/:id',
          path: `/api/v1/documents/${docId}`,
          status: 200,
        });
        expect(typeof first.ms).toBe('number');
        expect(line('req-ops-2')).toMatchObject({ level: 30, route: '(no route)', status: 404 });
        expect(line('req-ops-3')).toMatchObject({ level: 30, method: 'GET', status: 401 });
        expect(line(generated!)).toMatchObject({ route: '/health/live', status: 200 });

        const all = JSON.stringify(lines);
        for (const secret of [stack.apiKey, 'wrong-key', 'secret-cookie-value', stack.services.meiliMasterKey, ADMIN_KEY])
          expect(all).not.toContain(secret);
        expect(all.toLowerCase()).not.toContain('authorization');
        expect(all.toLowerCase()).not.toContain('cookie');
        expect(all).not.toContain('x=1');
      } finally {
        await new Promise<void>((r) => server.close(() => r()));
      }
    });
  });

  describe('worker heartbeat (container health check)', () => {
    const healthcheck = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'services/worker/healthcheck.ts'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { PATH: process.env.PATH ?? '', LARDOM_HEARTBEAT_FILE: heartbeatFile },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );

    it('is fresh while the worker runs and gone once it stops', async () => {
      const st = await fs.stat(heartbeatFile);
      expect(Date.now() - st.mtimeMs).toBeLessThan(30_000);
      expect(await healthcheck()).toMatchObject({ code: 0, out: expect.stringMatching(/^healthy/) });
      const worker = stack.workers.at(-1)!;
      await worker.stop(10_000);
      await expect(fs.stat(heartbeatFile)).rejects.toThrow();
      expect(await healthcheck()).toMatchObject({ code: 1, out: expect.stringMatching(/^unhealthy: no heartbeat/) });
    });
  });
});
