/**
 * OCR for scanned pages: a page with no text layer (or almost none: a page number) is rendered with poppler's
 * pdftoppm and read with Tesseract. Each page image's result is cached by the image's hash, so reading the
 * same scan again (a re-ingest, a re-extraction) does not OCR again. Runs inside the parse sandbox's thread;
 * every child process has the time left of the document's OCR budget, so none outlives it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';

/** What OCR may do for one document. */
export interface OcrOptions {
  /** Tesseract's languages, "swe+eng". */
  languages: string;
  /** Pages OCR reads at most in one document; later scanned pages stay empty. */
  maxPages: number;
  /** Time OCR may take for one document, over all its pages. */
  timeoutMs: number;
  /** Where page results are kept, by the page image's sha256. */
  cacheDir: string;
  /** Rendering resolution. */
  dpi?: number;
}

/** One page read by OCR. */
export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
}

/** How to install what OCR needs, for messages and the startup notice. */
export const OCR_INSTALL_HINT =
  'OCR needs poppler and Tesseract with Swedish and English: sudo apt-get install poppler-utils tesseract-ocr tesseract-ocr-swe tesseract-ocr-eng';

/** Null when pdftoppm and Tesseract with every language asked for are installed; else what is missing. */
export function ocrMissing(languages: string): string | null {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore', timeout: 10_000 });
  } catch {
    return 'pdftoppm (poppler-utils) is not installed';
  }
  let langs: string;
  try {
    langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return 'tesseract is not installed';
  }
  const have = new Set(langs.split(/\s+/));
  const lacking = languages.split('+').filter((l) => !have.has(l));
  return lacking.length ? `Tesseract has no language data for ${lacking.join(', ')}` : null;
}

function run(cmd: string, args: string[], timeoutMs: number, binary = false): Promise<Buffer | string> {
  return new Promise((resolve, reject) => {
    if (timeoutMs <= 0) {
      reject(new AppError('timeout', 'OCR took longer than its time limit.'));
      return;
    }
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, encoding: binary ? 'buffer' : 'utf8' },
      (err, stdout) => {
        if (err) {
          const killed = (err as { killed?: boolean }).killed;
          reject(killed ? new AppError('timeout', 'OCR took longer than its time limit.') : err);
        } else resolve(stdout);
      },
    );
  });
}

/** Tesseract's TSV into lines (words of one line joined) and the mean confidence of its words. */
export function readTsv(tsv: string): OcrPage {
  const lines = new Map<string, string[]>();
  const confs: number[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const word = c.slice(11).join('\t').trim();
    const conf = Number(c[10]);
    if (!word || conf < 0) continue;
    confs.push(conf);
    const key = `${c[2]}.${c[3]}.${c[4]}`;
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  const text = [...lines.values()].map((w) => w.join(' ')).join('\n');
  return { text, confidence: confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : 0 };
}

/**
 * Reads the given pages (1-based) of a PDF by OCR, in order, within the document's budget. Pages past
 * `maxPages` are not read. Throws AppError `timeout` when the budget runs out.
 */
export async function ocrPages(pdf: Uint8Array, pages: number[], opts: OcrOptions): Promise<Map<number, OcrPage>> {
  const deadline = Date.now() + opts.timeoutMs;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-ocr-'));
  const out = new Map<number, OcrPage>();
  try {
    const file = path.join(dir, `${randomUUID()}.pdf`);
    await fs.writeFile(file, pdf);
    for (const page of pages.slice(0, opts.maxPages)) {
      const prefix = path.join(dir, `p${page}`);
      const dpi = String(opts.dpi ?? 300);
      await run(
        'pdftoppm',
        ['-r', dpi, '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix],
        deadline - Date.now(),
      );
      const image = await fs.readFile(`${prefix}.png`);
      const hash = createHash('sha256').update(image).update(opts.languages).digest('hex');
      const cached = path.join(opts.cacheDir, hash.slice(0, 2), `${hash}.json`);
      const hit = await fs.readFile(cached, 'utf8').then(
        (s) => JSON.parse(s) as OcrPage,
        () => null,
      );
      if (hit) {
        out.set(page, hit);
        continue;
      }
      const tsv = (await run('tesseract', [`${prefix}.png`, 'stdout', '-l', opts.languages, 'tsv'], deadline - Date.now())) as string;
      const result = readTsv(tsv);
      out.set(page, result);
      await fs.mkdir(path.dirname(cached), { recursive: true });
      // Written whole, then renamed: a reader never sees half a result.
      const tmp = `${cached}.${randomUUID()}.tmp`;
      await fs.writeFile(tmp, JSON.stringify(result));
      await fs.rename(tmp, cached);
    }
    return out;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
