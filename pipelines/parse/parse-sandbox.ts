import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/errors.js';
import type { ExtractedRecord, ParsedDocument } from '../../shared/types/record.js';
import { type OcrOptions, ocrMissing } from './ocr.js';
import type { ParseLimits } from './parse-pdf.js';

/** Limits of the sandbox: per-document hard timeouts (reading, extracting), heap per thread, and how many threads work at once. */
export interface SandboxOptions extends ParseLimits {
  timeoutMs: number;
  /** OCR for scanned pages (its own time limit is added to `timeoutMs`), or null with why not in `ocrMissing`. */
  ocr?: OcrOptions | null;
  extractTimeoutMs: number;
  /** Load the extractor when a thread starts, so the first record does not wait for it. */
  preloadExtractor?: boolean;
  memoryMb: number;
  threads: number;
}

/** One piece of work for a thread: read a PDF, or extract the record of a parsed document. */
type Task =
  | { kind: 'parse'; bytes: Uint8Array; resolve: (doc: ParsedDocument) => void; reject: (err: Error) => void }
  | { kind: 'extract'; doc: ParsedDocument; resolve: (record: ExtractedRecord) => void; reject: (err: Error) => void };

interface Slot {
  worker: Worker;
  busy: { id: number; task: Task; timer: NodeJS.Timeout } | null;
}

/** Extraction of a normal report takes milliseconds; a document that needs this long is a poison input. */
export const DEFAULT_EXTRACT_TIMEOUT_MS = 20_000;

// From the sources the thread first registers the TypeScript loader (parse-thread-entry.mjs); the compiled
// build (dist/) loads the compiled thread directly.
const THREAD_URL = import.meta.url.endsWith('.ts')
  ? new URL('./parse-thread-entry.mjs', import.meta.url)
  : new URL('./parse-thread.js', import.meta.url);

// Profiling and inspector flags belong to the host process, not to each parse thread.
function threadExecArgv(): string[] {
  return process.execArgv.filter((a) => !a.startsWith('--inspect') && !a.startsWith('--cpu-prof'));
}

/**
 * Parses PDFs and extracts records in worker threads with a hard timeout and a heap limit, so a hostile or
 * broken file can hang or blow up only its own thread: the thread is terminated and replaced, the job fails
 * with a stable code, and the process goes on.
 */
export class ParseSandbox {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: SandboxOptions) {
    for (let i = 0; i < opts.threads; i++) this.slots.push(this.spawn());
  }

  /** Parses one PDF; rejects with AppError (document codes, or `timeout`). */
  parse(bytes: Uint8Array): Promise<ParsedDocument> {
    if (this.closed) return Promise.reject(new Error('parse sandbox is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'parse', bytes, resolve, reject });
      this.pump();
    });
  }

  /** Extracts the record of a parsed document; rejects with AppError `timeout` past the extraction time limit. */
  extract(doc: ParsedDocument): Promise<ExtractedRecord> {
    if (this.closed) return Promise.reject(new Error('parse sandbox is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'extract', doc, resolve, reject });
      this.pump();
    });
  }

  /** Terminates every thread; pending parses are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('parse sandbox closed'));
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.busy) {
          clearTimeout(s.busy.timer);
          s.busy.task.reject(new Error('parse sandbox closed'));
          s.busy = null;
        }
        await s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(THREAD_URL, {
      workerData: { preloadExtractor: !!this.opts.preloadExtractor },
      execArgv: threadExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, busy: null };
    worker.on(
      'message',
      (msg: { id: number; ok: boolean; doc?: ParsedDocument; record?: ExtractedRecord; code?: ErrorCode; message?: string }) => {
        if (!slot.busy || slot.busy.id !== msg.id) return;
        const { task, timer } = slot.busy;
        clearTimeout(timer);
        slot.busy = null;
        if (msg.ok && task.kind === 'parse' && msg.doc) task.resolve(msg.doc);
        else if (msg.ok && task.kind === 'extract' && msg.record) task.resolve(msg.record);
        else task.reject(new AppError(msg.code ?? (task.kind === 'parse' ? 'pdf_corrupt' : 'internal'), msg.message));
        this.pump();
      },
    );
    const onDeath = (err?: Error & { code?: string }) => {
      const busy = slot.busy;
      slot.busy = null;
      if (busy) {
        clearTimeout(busy.timer);
        // The heap limit is the only way a thread dies on its own while working: the document is too big.
        busy.task.reject(
          err?.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError(
                'too_large',
                `${busy.task.kind === 'parse' ? 'Reading the PDF' : 'Extracting its record'} needed more than ${this.opts.memoryMb} MB of memory.`,
              )
            : new AppError('internal', `The parse thread stopped: ${err?.message ?? 'exit'}`),
        );
      }
      this.replace(slot);
    };
    worker.once('error', onDeath);
    worker.once('exit', () => onDeath());
    return slot;
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (this.closed) {
      this.slots.splice(i, 1);
      return;
    }
    this.slots[i] = this.spawn();
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const task = this.queue.shift();
      if (!task) return;
      const id = this.nextId++;
      // OCR has its own time on top of reading the PDF.
      const limitMs = task.kind === 'parse' ? this.opts.timeoutMs + (this.opts.ocr?.timeoutMs ?? 0) : this.opts.extractTimeoutMs;
      const timer = setTimeout(() => {
        if (slot.busy?.id !== id) return;
        slot.busy = null;
        task.reject(
          new AppError('timeout', `${task.kind === 'parse' ? 'Reading the PDF' : 'Extracting its record'} took longer than ${limitMs} ms.`),
        );
        this.replace(slot);
      }, limitMs);
      slot.busy = { id, task, timer };
      if (task.kind === 'extract') {
        slot.worker.postMessage({ id, kind: 'extract', doc: task.doc });
        continue;
      }
      // Copy into a transferable buffer: the caller keeps its bytes, the thread owns its copy.
      const copy = new Uint8Array(task.bytes);
      const limits: ParseLimits = {
        maxPages: this.opts.maxPages,
        maxBytes: this.opts.maxBytes,
        ...(this.opts.maxInflatedBytes ? { maxInflatedBytes: this.opts.maxInflatedBytes } : {}),
        ocr: this.opts.ocr ?? null,
        ocrMissing: this.opts.ocrMissing ?? null,
      };
      slot.worker.postMessage({ id, kind: 'parse', bytes: copy, limits }, [copy.buffer]);
    }
  }
}

/** The `parse` part of the config, as the sandboxes take it. */
type ParseConfig = {
  timeoutMs: number;
  extractTimeoutMs?: number;
  memoryMb: number;
  maxPages: number;
  maxBytes: number;
  maxInflatedBytes?: number;
  ocr?: Omit<OcrOptions, 'dpi'> | null;
};

const missingByLanguages = new Map<string, string | null>();

/** Whether OCR can run here, found once per process: null when it can, else what is missing. */
export function ocrAvailability(parse: Pick<ParseConfig, 'ocr'>): string | null {
  if (!parse.ocr) return 'switched off (LARDOM_OCR=off)';
  const langs = parse.ocr.languages;
  if (!missingByLanguages.has(langs)) missingByLanguages.set(langs, ocrMissing(langs));
  return missingByLanguages.get(langs)!;
}

function sandboxOptions(parse: ParseConfig, threads: number, preloadExtractor: boolean): SandboxOptions {
  const missing = ocrAvailability(parse);
  return {
    ocr: missing ? null : (parse.ocr ?? null),
    ocrMissing: missing,
    threads,
    preloadExtractor,
    timeoutMs: parse.timeoutMs,
    extractTimeoutMs: parse.extractTimeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS,
    memoryMb: parse.memoryMb,
    maxPages: parse.maxPages,
    maxBytes: parse.maxBytes,
    ...(parse.maxInflatedBytes ? { maxInflatedBytes: parse.maxInflatedBytes } : {}),
  };
}

/** A sandbox with the configured limits (the `parse` part of the config). */
export function createParseSandbox(parse: ParseConfig & { concurrency: number }): ParseSandbox {
  return new ParseSandbox(sandboxOptions(parse, parse.concurrency, false));
}

/**
 * A sandbox for extraction beside the one that parses: its own thread(s), so records are extracted while the
 * next PDFs are read, each under the extraction time limit.
 */
export function createExtractSandbox(parse: ParseConfig, threads = 1): ParseSandbox {
  return new ParseSandbox(sandboxOptions(parse, threads, true));
}
