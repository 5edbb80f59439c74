import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSecret, meilisearchBinary, verifyMeilisearchBinary } from './meilisearch-server.js';

describe('the pinned Meilisearch binary', () => {
  it('passes the sha256 check as installed', async () => {
    await expect(verifyMeilisearchBinary()).resolves.toBe(meilisearchBinary());
  });

  it('is refused when its bytes differ', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-meili-'));
    const copy = path.join(dir, 'meilisearch');
    await fs.writeFile(copy, Buffer.concat([await fs.readFile(meilisearchBinary()), Buffer.from([0])]));
    await expect(verifyMeilisearchBinary(copy)).rejects.toThrow(/Refusing to run/);
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe('loadOrCreateSecret', () => {
  it('creates a key with mode 600 once and reads the same key back', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-secret-'));
    const file = path.join(dir, 'secrets', 'key');
    const a = await loadOrCreateSecret(file);
    const b = await loadOrCreateSecret(file);
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(16);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
