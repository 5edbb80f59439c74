import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordVersions } from '../../shared/clients/record-versions.js';
import { rebuildIndex } from '../../pipelines/index/rebuild-index.js';
import { searchDocumentsOf } from '../../pipelines/index/to-search-document.js';
import { FIXTURES, startTestStack, type TestStack, uploadBytes, waitForFinal } from './harness.js';

describe('record versions: a correction and a worker never overwrite each other', () => {
  let stack: TestStack;
  let versions: RecordVersions;
  const ids: string[] = [];
  beforeAll(async () => {
    stack = await startTestStack();
    await stack.startWorker();
    versions = new RecordVersions(stack.redis, stack.config.queuePrefix);
    for (const name of ['r00009.pdf', 'r00014.pdf']) {
      ids.push(await uploadBytes(stack, await fs.readFile(path.join(FIXTURES, 'reports', name)), name));
    }
    expect([...(await waitForFinal(stack, ids)).values()]).toEqual(['indexed', 'indexed']);
  }, 120_000);
  afterAll(async () => stack?.stop());

  const correct = async (id: string, body: Record<string, unknown>) => {
    const res = await fetch(`${stack.baseUrl}/api/v1/documents/${id}/record`, {
      method: 'PATCH',
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${stack.apiKey}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
  };
  const documentsOf = async (id: string) => {
    const [stored, text] = await Promise.all([stack.archive.readRecord(id), stack.archive.readText(id)]);
    return searchDocumentsOf(id, stored!, text, { originalName: null });
  };

  it('drops an index write built before a correction; without the version check it would win', async () => {
    const id = ids[0]!;
    const before = await documentsOf(id); // what an index job read just before the analyst saved
    const version = before[0]!.version!;
    expect(version).toBeGreaterThan(0);
    await correct(id, { owner: 'Rättade Ägaren AB' });
    expect(await versions.upsert(stack.search, before)).toEqual([id]);
    const now = await stack.search.getReport(id);
    expect(now?.owner).toBe('Rättade Ägaren AB');
    expect(now?.version).toBe(version + 1);
    // The same write unguarded puts the old owner back: the race the versions close is real.
    await stack.search.upsertReports(before);
    expect((await stack.search.getReport(id))?.owner).not.toBe('Rättade Ägaren AB');
    await versions.upsert(stack.search, await documentsOf(id));
    expect((await stack.search.getReport(id))?.owner).toBe('Rättade Ägaren AB');
  });

  it('keeps every correction when they race with re-extractions of the same record', async () => {
    const id = ids[1]!;
    const start = (await stack.archive.readRecord(id))!.version!;
    const extracted = (await stack.archive.readRecord(id))!.record;
    const managers = Array.from({ length: 12 }, (_, i) => `Person ${i} Testsson`);
    await Promise.all([
      ...managers.map((m, i) => correct(id, i === 0 ? { programme: 'Programmet', projectManager: m } : { projectManager: m })),
      // As the extract stage writes: a new record, keeping whatever corrections are in the archive then.
      ...Array.from({ length: 6 }, () =>
        versions.update(stack.archive, id, (previous) => ({ ...previous!, record: extracted, extractedAt: new Date().toISOString() })),
      ),
    ]);
    const stored = (await stack.archive.readRecord(id))!;
    expect(stored.version).toBe(start + 18);
    expect(stored.corrections.programme?.value).toBe('Programmet');
    expect(managers).toContain(stored.corrections.projectManager?.value);
    // The newest correction's index write is the one searchable, whatever order the writes ran in.
    const indexed = await stack.search.getReport(id);
    expect(indexed?.programme).toBe('Programmet');
    expect(indexed?.projectManager).toBe(stored.corrections.projectManager?.value);
    // The index job that follows a re-extraction writes the newest version.
    expect(await versions.upsert(stack.search, await documentsOf(id))).toEqual([]);
    expect((await stack.search.getReport(id))?.version).toBe(stored.version);
  });

  it('a correction made while the index is rebuilt survives the swap', { timeout: 120_000 }, async () => {
    const rebuildWithCorrections = async (guarded: boolean, owner: string) => {
      let corrected = false;
      return rebuildIndex(
        { archive: stack.archive, search: stack.search, ...(guarded ? { versions } : {}) },
        {
          batchSize: 1,
          // After the first report is in the new index, both are corrected: the first is then stale there.
          onProgress: async () => {
            if (corrected) return;
            corrected = true;
            for (const id of ids) await correct(id, { owner });
          },
        },
      );
    };
    await rebuildWithCorrections(true, 'Ägare Under Ombyggnad AB');
    for (const id of ids) expect((await stack.search.getReport(id))?.owner).toBe('Ägare Under Ombyggnad AB');
    // Without the versions the report written before the correction keeps its old owner after the swap.
    await rebuildWithCorrections(false, 'Ännu En Ägare AB');
    const owners = await Promise.all(ids.map(async (id) => (await stack.search.getReport(id))?.owner));
    expect(owners).toContain('Ägare Under Ombyggnad AB');
  });
});
