import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_RETRIES, autoRetryDelayMs, requeueTransientFailures } from '../../shared/queues/requeue.js';
import { FIXTURES, startTestStack, waitForFinal, type TestStack } from './harness.js';

describe('retrying a failed document', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
    await stack.startWorker();
  });
  afterAll(async () => stack?.stop());

  const upload = async (file: string): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await fs.readFile(file))]), path.basename(file));
    const res = await fetch(`${stack.baseUrl}/api/v1/documents`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${stack.apiKey}` },
    });
    return ((await res.json()) as { id: string }).id;
  };
  const retry = (id: string, key: string | null = stack.apiKey) =>
    fetch(`${stack.baseUrl}/api/v1/documents/${id}/retry`, { method: 'POST', headers: key ? { authorization: `Bearer ${key}` } : {} });

  it('reads a document that failed on a passing fault again, and refuses to retry a bad file', { timeout: 120_000 }, async () => {
    const good = await upload(path.join(FIXTURES, 'reports', 'r00009.pdf'));
    const bad = await upload(path.join(FIXTURES, 'bad', 'truncated.pdf'));
    await waitForFinal(stack, [good, bad]);
    expect((await retry(good)).status).toBe(409); // indexed: nothing to retry

    // As a worker leaves it when Meilisearch stayed down past every attempt of the index stage.
    await stack.search.deleteReports([good]);
    await stack.documents.markFailed(good, 'index', 'service_unavailable', 'Meilisearch was unavailable past every retry.');
    expect((await retry(good, null)).status).toBe(401);
    const res = await retry(good);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ id: good, status: 'queued', stage: 'parse' });
    await waitForFinal(stack, [good]);
    const doc = (await (await fetch(`${stack.baseUrl}/api/v1/documents/${good}`)).json()) as { status: string; error?: unknown };
    expect(doc.status).toBe('indexed');
    expect(doc.error).toBeUndefined();
    expect(await stack.search.countReports()).toBe(1);

    const refused = await retry(bad);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/pdf_corrupt/);
  });

  it('re-queues a document that failed on a passing fault by itself after its backoff, a limited number of times', {
    timeout: 120_000,
  }, async () => {
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues };
    const good = await upload(path.join(FIXTURES, 'reports', 'r00013.pdf'));
    await waitForFinal(stack, [good]);
    await stack.search.deleteReports([good]);
    await stack.documents.markFailed(good, 'index', 'service_unavailable', 'Meilisearch was unavailable past every retry.');
    // Not before its backoff; then once; a bad file never.
    expect(await requeueTransientFailures(deps)).toEqual([]);
    expect(await requeueTransientFailures(deps, Date.now() + autoRetryDelayMs(0) + 1000)).toEqual([good]);
    await waitForFinal(stack, [good]);
    expect((await stack.documents.get(good))?.status).toBe('indexed');
    // After its automatic retries it stays failed, for a person to look at.
    await stack.documents.markFailed(good, 'index', 'service_unavailable', 'down again');
    for (let i = 1; i < AUTO_RETRIES; i++) await stack.documents.countAutoRetry(good);
    expect(await requeueTransientFailures(deps, Date.now() + 2 * 24 * 3600_000)).toEqual([]);
  });
});
