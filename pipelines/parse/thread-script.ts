// Which JavaScript a sandbox thread runs. The compiled build (dist/) has its own parse-thread.js. From the sources
// (or a bundle of them), the thread and what it imports are bundled into JavaScript once (shared/bundle-entry.ts),
// kept in a cache folder named after the sources' hash; a thread then starts without a TypeScript loader of its own.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEntry } from '../../shared/bundle-entry.js';
import { CODE_KIND, PROJECT_ROOT } from '../../shared/code-location.js';

/** The script of a sandbox thread, and how it came to be. */
export interface ThreadScript {
  url: URL;
  /** `compiled`: dist/ build; `bundled`: the sources bundled into the cache; `tsx`: the sources through the TypeScript loader. */
  kind: 'compiled' | 'bundled' | 'tsx';
  /** Why the sources could not be bundled (only with `tsx`). */
  fallbackReason?: string;
}

/** The thread's entry among the sources. */
export const THREAD_ENTRY = 'pipelines/parse/parse-thread.ts';

let resolved: ThreadScript | null = null;

/**
 * The script sandbox threads run, found once per process: the compiled thread in the build, else the bundle of
 * the sources (built on first use, or when a source it holds has changed), else the TypeScript loader with why.
 */
export function threadScript(): ThreadScript {
  if (resolved) return resolved;
  if (CODE_KIND === 'compiled') {
    resolved = { url: new URL('./parse-thread.js', import.meta.url), kind: 'compiled' };
    return resolved;
  }
  try {
    const file = bundleEntry({
      root: PROJECT_ROOT,
      entry: THREAD_ENTRY,
      cacheDir: path.join(PROJECT_ROOT, '.cache', 'parse-thread'),
      // Split at dynamic imports, so a thread loads the extractor and the markup readers only when it needs them.
      splitting: true,
    });
    resolved = { url: pathToFileURL(file), kind: 'bundled' };
  } catch (err) {
    resolved = {
      url: pathToFileURL(path.join(PROJECT_ROOT, 'pipelines', 'parse', 'parse-thread-entry.mjs')),
      kind: 'tsx',
      fallbackReason: `could not bundle the parse thread (${(err as Error).message}); threads load the TypeScript sources through tsx`,
    };
  }
  return resolved;
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
