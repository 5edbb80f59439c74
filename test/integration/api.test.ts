import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../services/cli/ingest-files.js';
import { FIXTURES, startTestStack, waitForFinal, type TestStack } from './harness.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function upload(stack: TestStack, bytes: Buffer, name: string, key: string | null = stack.apiKey): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
  return fetch(`${stack.baseUrl}/api/v1/documents`, {
    method: 'POST',
    body: form,
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
  });
}

describe('HTTP API', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ LARDOM_MAX_UPLOAD_MB: '1' });
    await stack.startWorker();
  });
  afterAll(async () => stack?.stop());

  it('reports health of Redis and Meilisearch', async () => {
    const res = await fetch(`${stack.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', redis: 'up', meilisearch: 'up' });
  });

  it('takes an upload, indexes it once, and treats the same bytes as the same document', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'reports', 'r00004.pdf'));
    const first = await upload(stack, bytes, 'r00004.pdf');
    expect(first.status).toBe(202);
    const a = (await first.json()) as { id: string; status: string };
    expect(a.id).toBe(sha256(bytes));
    expect(a.status).toBe('queued');

    const second = await upload(stack, bytes, 'copy-of-r00004.pdf');
    expect(second.status).toBe(202);
    const b = (await second.json()) as { id: string; duplicate: boolean };
    expect(b.id).toBe(a.id);
    expect(b.duplicate).toBe(true);

    await waitForFinal(stack, [a.id]);
    const doc = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${a.id}`)).json()) as {
      status: string;
      record: { projectName: string | null };
    };
    expect(doc.status).toBe('indexed');
    expect(doc.record).toBeTruthy();
    expect(await stack.search.countReports()).toBe(1);
  });

  it('queues an upload whose first attempt died between registering and queueing it, when the client sends it again', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'reports', 'r00006.pdf'));
    // What an API killed at that moment leaves: the document registered as queued, no job, no staged file.
    await stack.documents.register(sha256(bytes), 'r00006.pdf', bytes.length);
    const res = await upload(stack, bytes, 'r00006.pdf');
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ id: sha256(bytes), duplicate: false });
    expect((await waitForFinal(stack, [sha256(bytes)])).get(sha256(bytes))).toBe('indexed');
  });

  it('queues an upload whose first attempt died half-way through registering, when the client sends it again', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'reports', 'r00008.pdf'));
    const id = sha256(bytes);
    // What an earlier version's two-step registration left when its API was killed between the steps: a row
    // with its status and nothing else. The resend must not take it for a document already known.
    await stack.redis.hset(`${stack.config.queuePrefix}:doc:${id}`, 'status', 'queued');
    const res = await upload(stack, bytes, 'r00008.pdf');
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ id, duplicate: false });
    expect((await waitForFinal(stack, [id])).get(id)).toBe('indexed');
    expect(await stack.documents.get(id)).toMatchObject({ originalName: 'r00008.pdf', stage: 'index' });
    // Registering the same bytes again is a duplicate.
    expect(await stack.documents.register(id, 'again.pdf', bytes.length)).toBe(false);
  });

  it('ends a broken upload failed with its code', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'bad', 'truncated.pdf'));
    const res = await upload(stack, bytes, 'truncated.pdf');
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await waitForFinal(stack, [id]);
    const doc = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${id}`)).json()) as {
      status: string;
      error: { code: string; message: string };
      record?: unknown;
    };
    expect(doc.status).toBe('failed');
    expect(doc.error.code).toBe('pdf_corrupt');
    expect(doc.record).toBeUndefined();
  });

  it('refuses uploads without the right key (401)', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'reports', 'r00005.pdf'));
    for (const key of [null, 'wrong-key', `${stack.apiKey}x`]) {
      const res = await upload(stack, bytes, 'r00005.pdf', key);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('unauthorized');
    }
    expect(await stack.documents.get(sha256(bytes))).toBeNull();
  });

  it('refuses files of no kind it reads (415) and files over the size limit (413)', async () => {
    const form = new FormData();
    // A picture named as a report: the bytes decide.
    form.append(
      'file',
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], { type: 'application/pdf' }),
      'report.pdf',
    );
    const res = await fetch(`${stack.baseUrl}/api/v1/documents`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${stack.apiKey}` },
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_type');

    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const tooBig = await upload(stack, big, 'big.pdf');
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe('too_large');
    // Nothing of the refused upload is left in the incoming folder.
    expect(await fs.readdir(stack.archive.incoming)).toEqual([]);
  });

  it('answers 400, not 500, to multipart bodies the parser cannot read', async () => {
    // Nothing staged before the request is this request's. (A body cut off before its staged file was open left
    // that file behind until staging waited for the file to close: shared/archive.test.ts.)
    const staged = new Set(await fs.readdir(stack.archive.incoming));
    const bodies = [
      '--x\r\nContent-Disposition form-data\r\n\r\nabc\r\n--x--', // a part header without its colon
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4', // cut off
    ];
    for (const body of bodies) {
      const res = await fetch(`${stack.baseUrl}/api/v1/documents`, {
        method: 'POST',
        body,
        headers: { authorization: `Bearer ${stack.apiKey}`, 'content-type': 'multipart/form-data; boundary=x' },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    }
    expect((await fs.readdir(stack.archive.incoming)).filter((f) => !staged.has(f))).toEqual([]);
  });

  it('answers 400 naming the bad parameter', async () => {
    const cases: [string, string][] = [
      ['limit=abc', 'limit'],
      ['limit=1000', 'limit'],
      ['offset=-1', 'offset'],
      ['documentType=novel', 'documentType'],
      ['yearFrom=2020&yearTo=2010', 'yearFrom'],
      ['budgetMin=9&budgetMax=1', 'budgetMin'],
      ['colour=blue', 'colour'],
      ['limit=1&limit=2', 'limit'],
    ];
    for (const [qs, param] of cases) {
      const res = await fetch(`${stack.baseUrl}/api/v1/search?${qs}`);
      expect(res.status, qs).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message, qs).toContain(param);
    }
  });

  it('keeps filter values from changing the filter expression', async () => {
    const injected = 'x" OR id EXISTS OR owner = "y';
    const res = await fetch(`${stack.baseUrl}/api/v1/search?${new URLSearchParams({ owner: injected })}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number };
    expect(await stack.search.countReports()).toBeGreaterThan(0);
    expect(body.total).toBe(0);
  });

  it('answers 404 in the error shape for unknown documents and routes', async () => {
    const unknown = await fetch(`${stack.baseUrl}/api/v1/documents/${'0'.repeat(64)}`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const traversal = await fetch(`${stack.baseUrl}/api/v1/documents/..%2F..%2Fetc%2Fpasswd`);
    expect(traversal.status).toBe(404);
    const route = await fetch(`${stack.baseUrl}/api/v1/nothing-here`);
    expect(route.status).toBe(404);
  });

  it('answers 503, not 500, when Redis is down', async () => {
    const redis = stack.services.started.redis!;
    const staged = new Set(await fs.readdir(stack.archive.incoming));
    await redis.stop();
    const res = await fetch(`${stack.baseUrl}/api/v1/documents/${'0'.repeat(64)}`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
    const health = await fetch(`${stack.baseUrl}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { redis: string }).redis).toBe('down');

    // Ingesting now stops with the service's error instead of blaming the files, and keeps no staged copies.
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
    await expect(ingestFiles(deps, [path.join(FIXTURES, 'reports', 'r00006.pdf')], 'cli')).rejects.toMatchObject({
      code: 'service_unavailable',
    });
    expect((await fs.readdir(stack.archive.incoming)).filter((f) => !staged.has(f))).toEqual([]);
  });

  it('reports 503 when Meilisearch is down', async () => {
    await stack.services.started.meili!.stop();
    const res = await fetch(`${stack.baseUrl}/health`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { meilisearch: string }).meilisearch).toBe('down');
  });
});
