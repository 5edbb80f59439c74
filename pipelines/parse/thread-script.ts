// Which JavaScript a sandbox thread runs. The compiled build (dist/) has its own parse-thread.js. From the sources,
// the thread and what it imports are bundled once into JavaScript (esbuild, the compiler tsx itself uses), kept in
// a cache folder named after the sources' hash; a thread then starts without a TypeScript loader of its own.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The script of a sandbox thread, and how it came to be. */
export interface ThreadScript {
  url: URL;
  /** `compiled`: dist/ build; `bundled`: the sources bundled into the cache; `tsx`: the sources through the TypeScript loader. */
  kind: 'compiled' | 'bundled' | 'tsx';
  /** Why the sources could not be bundled (only with `tsx`). */
  fallbackReason?: string;
}

const HERE = import.meta.url;
const ENTRY = 'parse-thread.ts';
/** Bundles unused this long, other than the current one, are removed when a new one is written. */
const KEEP_OLD_MS = 7 * 24 * 3600_000;

/** What one bundle was made from: its key and the source files it holds (relative to the project root). */
interface Manifest {
  key: string;
  inputs: string[];
}

/** The subset of esbuild's API used here. */
interface Esbuild {
  version: string;
  buildSync(options: Record<string, unknown>): { metafile?: { inputs: Record<string, unknown> } };
}

let resolved: ThreadScript | null = null;

/**
 * The script sandbox threads run, found once per process: the compiled thread in the build, else the bundle of
 * the sources (built on first use, or when a source it holds has changed), else the TypeScript loader with why.
 */
export function threadScript(): ThreadScript {
  if (resolved) return resolved;
  if (!HERE.endsWith('.ts')) {
    resolved = { url: new URL('./parse-thread.js', HERE), kind: 'compiled' };
    return resolved;
  }
  const root = path.resolve(path.dirname(fileURLToPath(HERE)), '../..');
  try {
    resolved = { url: pathToFileURL(bundleSources(root, path.join(root, '.cache', 'parse-thread'))), kind: 'bundled' };
  } catch (err) {
    resolved = {
      url: new URL('./parse-thread-entry.mjs', HERE),
      kind: 'tsx',
      fallbackReason: `could not bundle the parse thread (${(err as Error).message}); threads load the TypeScript sources through tsx`,
    };
  }
  return resolved;
}

/** The hash of some source files' contents, with the bundler's version. */
function keyOf(root: string, inputs: string[], esbuildVersion: string): string {
  const h = createHash('sha256').update(`esbuild ${esbuildVersion}\n`);
  for (const f of [...inputs].sort()) h.update(`${f}\n`).update(fs.readFileSync(path.join(root, f)));
  return h.digest('hex').slice(0, 16);
}

function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The bundled thread for the current sources: the cached one when its sources are unchanged, else a new one. */
export function bundleSources(root: string, cacheDir: string): string {
  const esbuild = createRequire(HERE)('esbuild') as Esbuild;
  const manifestFile = path.join(cacheDir, 'manifest.json');
  const outFile = (key: string) => path.join(cacheDir, key, 'parse-thread.js');
  const last = readManifest(manifestFile);
  if (last) {
    try {
      if (keyOf(root, last.inputs, esbuild.version) === last.key && fs.existsSync(outFile(last.key))) {
        touch(path.dirname(outFile(last.key)));
        return outFile(last.key);
      }
    } catch {
      // A source file of the last bundle is gone: bundle again.
    }
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(cacheDir, 'tmp-'));
  try {
    const result = esbuild.buildSync({
      absWorkingDir: root,
      entryPoints: [path.join(root, 'pipelines', 'parse', ENTRY)],
      bundle: true,
      // Split at dynamic imports, so a thread loads the extractor and the markup readers only when it needs them.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages stay imports; the cache folder sits under the project root, so they resolve from its node_modules.
      packages: 'external',
      outdir: tmp,
      metafile: true,
      sourcemap: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    if (!inputs.length) throw new Error('the bundler reported no inputs');
    // Node reads .js in a folder without package.json as CommonJS; the bundle is ES modules.
    fs.writeFileSync(path.join(tmp, 'package.json'), '{ "type": "module" }\n');
    const key = keyOf(root, inputs, esbuild.version);
    try {
      fs.renameSync(tmp, path.join(cacheDir, key));
    } catch (err) {
      // Another process wrote the same bundle first.
      if (!fs.existsSync(outFile(key))) throw err;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    const manifestTmp = path.join(cacheDir, `manifest.${process.pid}.tmp`);
    fs.writeFileSync(manifestTmp, JSON.stringify({ key, inputs } satisfies Manifest));
    fs.renameSync(manifestTmp, manifestFile);
    removeOld(cacheDir, key);
    return outFile(key);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Marks a bundle as in use (a read-only cache is used as it is). */
function touch(dir: string): void {
  try {
    const now = new Date();
    fs.utimesSync(dir, now, now);
  } catch {
    // read-only
  }
}

// A running process may still start threads from an older bundle (a thread is started again after a recycle), so a
// bundle goes only when no process has picked it for a week.
function removeOld(cacheDir: string, keep: string): void {
  for (const name of fs.readdirSync(cacheDir)) {
    const p = path.join(cacheDir, name);
    if (name === keep || name === 'manifest.json') continue;
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > KEEP_OLD_MS) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

/** Flags that load modules before the main one; with a value of their own unless written `--flag=value`. */
const PRELOAD_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The host's flags a thread keeps. Profiling and inspector flags belong to the host process. Preloads go too:
 * a thread runs JavaScript (compiled or bundled), and `--import tsx` would load the TypeScript compiler and a
 * loader thread of its own into every parse thread.
 */
export function threadExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (PRELOAD_FLAGS.has(a)) {
      i++;
      continue;
    }
    const flag = a.split('=')[0]!;
    if (PRELOAD_FLAGS.has(flag) || a.startsWith('--inspect') || a.startsWith('--cpu-prof')) continue;
    kept.push(a);
  }
  return kept;
}
