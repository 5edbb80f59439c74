/**
 * A watched folder, like a consume folder: every document that arrives in it (and its subfolders) is ingested
 * once, and its outcome told. The folder is polled, so it works on network shares where change events do not
 * arrive. A file is taken only when its size and modification time have not changed between two polls, so a
 * file still being copied or written is never ingested half-written. Files are left where they are.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_NAME, type FileOutcome, ingestFiles } from './ingest-files.js';

type Deps = Parameters<typeof ingestFiles>[0];

export interface WatchOptions {
  intervalMs: number;
  signal: AbortSignal;
  onOutcome: (file: string, outcome: FileOutcome) => void;
  /** After each poll: how many files are waiting to settle, and how many were taken. */
  onPoll?: (poll: { waiting: number; taken: number }) => void;
}

// Names of files that programs write before renaming them to their real name.
const PARTIAL = /(?:^[.~]|~\$|\.(?:part|partial|crdownload|download|tmp|temp|swp)$)/i;

async function listDocuments(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (PARTIAL.test(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && DOCUMENT_NAME.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}

/** Watches `dir` until the signal aborts; resolves then. */
export async function watchFolder(deps: Deps, dir: string, opts: WatchOptions): Promise<void> {
  const root = path.resolve(dir);
  const seen = new Map<string, string>(); // file -> size:mtime at the last poll
  const taken = new Set<string>(); // file@size:mtime already ingested
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const onAbort = () => {
        clearTimeout(t);
        resolve();
      };
      const t = setTimeout(() => {
        opts.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      opts.signal.addEventListener('abort', onAbort, { once: true });
    });
  while (!opts.signal.aborted) {
    const ready: string[] = [];
    let waiting = 0;
    for (const file of await listDocuments(root)) {
      const st = await fs.stat(file).catch(() => null);
      if (!st) continue;
      const mark = `${st.size}:${st.mtimeMs}`;
      const before = seen.get(file);
      seen.set(file, mark);
      if (taken.has(`${file}@${mark}`)) continue;
      // Unchanged since the last poll: it is complete.
      if (before === mark) ready.push(file);
      else waiting++;
    }
    for (const f of ready) taken.add(`${f}@${seen.get(f)}`);
    if (ready.length) await ingestFiles(deps, ready, 'cli', undefined, undefined, opts.onOutcome);
    opts.onPoll?.({ waiting, taken: ready.length });
    await sleep(opts.intervalMs);
  }
}
