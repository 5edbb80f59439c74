import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSources, threadExecArgv, threadScript } from './thread-script.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the parse thread bundle', { timeout: 60_000 }, () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'lardom-thread-bundle-'));
  afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));
  const manifest = () => JSON.parse(fs.readFileSync(path.join(cache, 'manifest.json'), 'utf8')) as { key: string; inputs: string[] };

  it('bundles the thread with what it imports, named after the hash of those sources', () => {
    const file = bundleSources(ROOT, cache);
    expect(path.basename(path.dirname(file))).toBe(manifest().key);
    expect(manifest().inputs).toEqual(expect.arrayContaining(['pipelines/parse/parse-thread.ts', 'pipelines/parse/parse-pdf.ts']));
    // Packages stay imports, resolved from the project's node_modules.
    expect(manifest().inputs.some((f) => f.includes('node_modules'))).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toContain('parentPort');
  });

  it('reuses the bundle while its sources are unchanged', () => {
    const file = bundleSources(ROOT, cache);
    const written = fs.statSync(file).mtimeMs;
    expect(bundleSources(ROOT, cache)).toBe(file);
    expect(fs.statSync(file).mtimeMs).toBe(written);
  });

  it('bundles again when the sources no longer match the last bundle', () => {
    const file = bundleSources(ROOT, cache);
    const { inputs } = manifest();
    fs.writeFileSync(path.join(cache, 'manifest.json'), JSON.stringify({ key: 'an-older-bundle', inputs }));
    expect(bundleSources(ROOT, cache)).toBe(file);
    expect(manifest().key).toBe(path.basename(path.dirname(file)));
  });

  it('is what sandbox threads run from the sources', () => {
    expect(threadScript().kind).toBe('bundled');
  });
});

describe('threadExecArgv', () => {
  it.each([
    [['--import', 'tsx'], []],
    [['--import=tsx', '--max-old-space-size=900'], ['--max-old-space-size=900']],
    [['-r', 'ts-node/register', '--enable-source-maps'], ['--enable-source-maps']],
    [['--loader', 'tsx', '--experimental-loader=x'], []],
    [['--cpu-prof', '--cpu-prof-dir=/tmp/p', '--inspect=9229', '--trace-warnings'], ['--trace-warnings']],
  ])('keeps of %j only %j', (argv, kept) => {
    expect(threadExecArgv(argv)).toEqual(kept);
  });
});
