import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch, MeilisearchRequestTimeOutError } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meiliApiError, meiliHttpClient } from '../../shared/clients/meili-http.js';
import { type BackingServices, startBackingServices } from '../../services/stack/stack.js';

// The Meilisearch client with the node:http client, against a real Meilisearch: the answers and errors the
// client's own fetch path gives.
describe('the Meilisearch HTTP client', () => {
  let services: BackingServices;
  let dataDir: string;
  let ours: Meilisearch;
  let theirs: Meilisearch;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-meili-http-'));
    services = await startBackingServices({ dataDir, persist: false });
    ours = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey, httpClient: meiliHttpClient });
    theirs = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
    // Pages of hits far larger than one socket read: 40 documents of 30 kB.
    const docs = Array.from({ length: 40 }, (_, i) => ({ id: i, text: `styrgrupp kommun lärdom ${i} `.repeat(1000) }));
    // Indexing 1.2 MB takes a while on a busy machine: the client's default wait of 5 s is no bound for it.
    await ours.index('big').addDocuments(docs).waitTask({ timeout: 100_000 });
  }, 120_000);
  afterAll(async () => {
    await services?.stop();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('answers a search with a large body as fetch does', async () => {
    const q = { q: 'styrgrupp', limit: 40 };
    const [a, b] = await Promise.all([ours.index('big').search(q.q, q), theirs.index('big').search(q.q, q)]);
    expect(a.hits).toHaveLength(40);
    expect(a.hits).toEqual(b.hits);
    expect(a.estimatedTotalHits).toBe(b.estimatedTotalHits);
  });

  it('gives the API error with its code for a status other than 2xx', async () => {
    const err = await ours
      .index('missing')
      .search('x')
      .catch((e: unknown) => e);
    expect(meiliApiError(err)?.cause?.code).toBe('index_not_found');
    expect(meiliApiError(err)?.response.status).toBe(404);
    const bad = await ours
      .index('big')
      .search('x', { filter: 'nothing = 1' })
      .catch((e: unknown) => e);
    expect(meiliApiError(bad)?.cause?.code).toBe('invalid_search_filter');
  });

  it('times out as the client says when Meilisearch does not answer', async () => {
    const pid = services.started.meili!.process.child.pid!;
    const slow = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey, httpClient: meiliHttpClient, timeout: 300 });
    process.kill(pid, 'SIGSTOP');
    try {
      const err = await slow
        .index('big')
        .search('styrgrupp')
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    // And answers again once Meilisearch does.
    expect((await ours.index('big').search('styrgrupp', { limit: 1 })).hits).toHaveLength(1);
  });
});
