import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzApi } from '../../bench/fuzz-api.js';
import { FIXTURES, startTestStack, waitForFinal, type TestStack } from './harness.js';

describe('fuzzed API requests', () => {
  let stack: TestStack;
  let id: string;
  beforeAll(async () => {
    stack = await startTestStack({ LARDOM_RATE_LIMIT: '0' });
    await stack.startWorker();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await fs.readFile(path.join(FIXTURES, 'reports', 'r00014.pdf')))]), 'r00014.pdf');
    const res = await fetch(`${stack.baseUrl}/api/v1/documents`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${stack.apiKey}` },
    });
    id = ((await res.json()) as { id: string }).id;
    await waitForFinal(stack, [id]);
  });
  afterAll(async () => stack?.stop());

  it('answers 1,000 of them with no 5xx, no hang and no escape', { timeout: 600_000 }, async () => {
    const r = await fuzzApi(stack.baseUrl, {
      n: 1000,
      seed: 20261201,
      apiKey: stack.apiKey,
      secrets: [stack.services.meiliMasterKey],
      knownId: id,
    });
    expect(r.requests).toBe(1000);
    // The requests reach the handlers, not only the router: many are answered, many refused by validation.
    expect(r.byStatus['200'], JSON.stringify(r.byStatus)).toBeGreaterThan(80);
    expect(r.byStatus['400'], JSON.stringify(r.byStatus)).toBeGreaterThan(80);
    expect(r.serverErrors.length, r.serverErrors.join('\n')).toBe(0);
    expect(r.hangs.length, r.hangs.join('\n')).toBe(0);
    expect(r.escapes.length, r.escapes.join('\n')).toBe(0);
  });
});
