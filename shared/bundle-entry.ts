// Runs the TypeScript sources as JavaScript without the compiled build: an entry and the project files it imports
// are bundled once (esbuild, the compiler tsx itself uses) into a cache folder named after the hash of those files,
// and bundled again only when one of them changes. A process or thread started from the bundle needs no TypeScript
// loader, which would hold the compiler and a loader thread of its own for the process's whole life.
// The only file importing esbuild.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Bundles unused this long, other than the current one, are removed when a new one is written. */
const KEEP_OLD_MS = 7 * 24 * 3600_000;

/** What to bundle, and where the bundles of that entry are kept. */
export interface BundleRequest {
  /** The project root: where package.json and node_modules are. */
  root: string;
  /** The entry's TypeScript file, relative to the root (`services/worker/main.ts`). */
  entry: string;
  /** The folder that keeps this entry's bundles, each in a subfolder named after its key; under the root in use. */
  cacheDir: string;
  /** Split at dynamic imports, so what is imported late is loaded late (a separate file per split part). */
  splitting?: boolean;
}

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

/** The hash of some source files' contents, with what else decides the output (bundler version, root, options). */
function keyOf(root: string, inputs: string[], salt: string): string {
  const h = createHash('sha256').update(`${salt}\n`);
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

/**
 * The bundled entry for the current sources: the cached bundle when the files it holds are unchanged, else a new
 * one. Returns the path of the bundled entry, `<cacheDir>/<key>/<entry's path with .js>`, so a process started
 * from it still shows which entry it runs. Throws when the sources cannot be bundled.
 */
export function bundleEntry(req: BundleRequest): string {
  const { root, entry, cacheDir } = req;
  const esbuild = createRequire(path.join(root, 'package.json'))('esbuild') as Esbuild;
  const salt = JSON.stringify({ esbuild: esbuild.version, root, entry, splitting: !!req.splitting });
  const manifestFile = path.join(cacheDir, 'manifest.json');
  const outFile = (key: string) => path.join(cacheDir, key, entry.replace(/\.ts$/, '.js'));
  const last = readManifest(manifestFile);
  if (last) {
    try {
      if (keyOf(root, last.inputs, salt) === last.key && fs.existsSync(outFile(last.key))) {
        touch(path.join(cacheDir, last.key));
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
      entryPoints: [path.join(root, entry)],
      // The output keeps the entry's path (services/worker/main.js), the split parts sit at the top.
      outbase: root,
      entryNames: '[dir]/[name]',
      outdir: tmp,
      bundle: true,
      splitting: !!req.splitting,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages stay imports (native modules, optional ones such as msgpackr-extract, files packages read from
      // their own folder); the cache folder sits under the root, so they resolve from its node_modules.
      packages: 'external',
      // Code that finds project files asks shared/code-location.ts, which reads this instead of import.meta.url.
      define: { LARDOM_BUNDLED_FROM: JSON.stringify(root) },
      metafile: true,
      sourcemap: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    if (!inputs.length) throw new Error('the bundler reported no inputs');
    // Node reads .js in a folder without package.json as CommonJS; the bundle is ES modules.
    fs.writeFileSync(path.join(tmp, 'package.json'), '{ "type": "module" }\n');
    const key = keyOf(root, inputs, salt);
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

// A running process may still load files of an older bundle (a thread is started again after a recycle, a split
// part is imported late), so a bundle goes only when no process has picked it for a week.
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
