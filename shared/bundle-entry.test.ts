import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleEntry } from './bundle-entry.js';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('bundleEntry', { timeout: 60_000 }, () => {
  // Under the project root, as the real cache is: packages in a bundle resolve from the root's node_modules.
  fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  const cache = fs.mkdtempSync(path.join(ROOT, '.cache', 'test-bundle-'));
  afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));
  const manifest = () => JSON.parse(fs.readFileSync(path.join(cache, 'manifest.json'), 'utf8')) as { key: string; inputs: string[] };
  const bundleWorker = () => bundleEntry({ root: ROOT, entry: 'services/worker/main.ts', cacheDir: cache });

  it('bundles an entry with the project files it imports, named after the hash of those files', () => {
    const file = bundleWorker();
    expect(path.relative(cache, file)).toBe(path.join(manifest().key, 'services', 'worker', 'main.js'));
    expect(manifest().inputs).toEqual(
      expect.arrayContaining(['services/worker/main.ts', 'services/worker/start-workers.ts', 'shared/code-location.ts']),
    );
    // Packages stay imports, resolved from the project's node_modules.
    expect(manifest().inputs.some((f) => f.includes('node_modules'))).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/from "bullmq"/);
  });

  it('reuses the bundle while its sources are unchanged', () => {
    const file = bundleWorker();
    const written = fs.statSync(file).mtimeMs;
    expect(bundleWorker()).toBe(file);
    expect(fs.statSync(file).mtimeMs).toBe(written);
  });

  it('bundles again when the sources no longer match the last bundle', () => {
    const file = bundleWorker();
    const { inputs } = manifest();
    fs.writeFileSync(path.join(cache, 'manifest.json'), JSON.stringify({ key: 'an-older-bundle', inputs }));
    expect(bundleWorker()).toBe(file);
    expect(manifest().key).toBe(file.slice(cache.length + 1).split(path.sep)[0]);
  });

  it('tells the bundled code where the project is, although import.meta.url names the bundle', async () => {
    const file = bundleEntry({ root: ROOT, entry: 'shared/code-location.ts', cacheDir: path.join(cache, 'location') });
    const bundled = (await import(pathToFileURL(file).href)) as typeof import('./code-location.js');
    expect(bundled.CODE_KIND).toBe('bundled');
    expect(bundled.PROJECT_ROOT).toBe(ROOT);
    const here = await import('./code-location.js');
    expect(here.CODE_KIND).toBe('sources');
    expect(here.PROJECT_ROOT).toBe(ROOT);
  });

  it('throws, naming the problem, when the entry cannot be bundled', () => {
    expect(() => bundleEntry({ root: ROOT, entry: 'services/no-such-entry.ts', cacheDir: path.join(cache, 'missing') })).toThrow(
      /no-such-entry/,
    );
  });
});
