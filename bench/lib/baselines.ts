// Baselines measured in the same run as the pipeline: poppler's pdftotext with the pipeline's
// parallelism, and the project's pdf-parse adapter alone in this one process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { parsePdf } from '../../pipelines/parse/parse-pdf.js';
import { which } from '../../services/stack/processes.js';
import { onCleanup } from './cleanup.js';

export interface ParseBaseline {
  wallMs: number;
  reports: number;
  pages: number;
  failed: number;
}

/** Finds pdftotext, installing Debian's poppler-utils with apt-get when it is missing (needs root). */
export function ensurePdftotext(log: (s: string) => void): string | null {
  let bin = which('pdftotext', process.env.PATH);
  if (bin) return bin;
  if (process.getuid?.() !== 0) {
    log('pdftotext is missing and this is not root: install poppler-utils to get the pdftotext baseline.');
    return null;
  }
  log('pdftotext is missing: apt-get install poppler-utils …');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'ignore', env });
  } catch (err) {
    log(`apt-get failed: ${(err as Error).message}`);
  }
  bin = which('pdftotext', process.env.PATH);
  return bin;
}

/**
 * pdftotext over every file, `parallel` at a time, text to a pipe (counted, not kept).
 * Returns the page count of each file as well (pdftotext ends every page with a form feed).
 */
export async function pdftotextBaseline(
  bin: string,
  files: string[],
  parallel: number,
): Promise<ParseBaseline & { pagesByFile: Map<string, number> }> {
  const live = new Set<ChildProcess>();
  const undo = onCleanup('pdftotext children', () => live.forEach((c) => c.kill('SIGKILL')));
  const pagesByFile = new Map<string, number>();
  let failed = 0;
  let next = 0;
  const one = (file: string) =>
    new Promise<void>((resolve) => {
      const child = spawn(bin, ['-q', '-enc', 'UTF-8', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
      live.add(child);
      let ff = 0;
      child.stdout.on('data', (b: Buffer) => {
        for (let i = b.indexOf(12); i !== -1; i = b.indexOf(12, i + 1)) ff++;
      });
      child.on('close', (code) => {
        live.delete(child);
        if (code === 0) pagesByFile.set(file, ff);
        else failed++;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.max(1, parallel) }, async () => {
      while (next < files.length) await one(files[next++]!);
    }),
  );
  const wallMs = performance.now() - started;
  await undo();
  let pages = 0;
  for (const p of pagesByFile.values()) pages += p;
  return { wallMs, reports: files.length - failed, pages, failed, pagesByFile };
}

/** The project's pdf-parse adapter alone, one file after another, in this process (no sandbox, no queues). */
export async function pdfParseBaseline(files: string[]): Promise<ParseBaseline> {
  const limits = { maxPages: 2000, maxBytes: 50 * 1024 * 1024 };
  let pages = 0;
  let failed = 0;
  let wallMs = 0;
  for (const file of files) {
    const bytes = await fs.readFile(file); // reading is not timed: the pipeline's parse stage reads from its archive too
    const t = performance.now();
    try {
      pages += (await parsePdf(bytes, limits)).pages.length;
    } catch {
      failed++;
    }
    wallMs += performance.now() - t;
  }
  return { wallMs, reports: files.length - failed, pages, failed };
}
