import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { THREAD_ENTRY, threadExecArgv, threadScript } from './thread-script.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the parse thread script', { timeout: 60_000 }, () => {
  it('is the thread bundled from the sources, split at its dynamic imports', () => {
    const script = threadScript();
    expect(script.kind).toBe('bundled');
    const file = fileURLToPath(script.url);
    expect(file.startsWith(path.join(ROOT, '.cache', 'parse-thread'))).toBe(true);
    expect(file.endsWith(path.join(...THREAD_ENTRY.replace(/\.ts$/, '.js').split('/')))).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toContain('parentPort');
    // The extractor is a part of its own, loaded when a thread first extracts; its JSON data is inlined.
    const bundleDir = path.resolve(path.dirname(file), '../..');
    expect(fs.readdirSync(bundleDir).some((f) => /^extract-record-.+\.js$/.test(f))).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(bundleDir, '..', 'manifest.json'), 'utf8')) as { inputs: string[] };
    expect(manifest.inputs).toContain('shared/data/kommuner.json');
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
