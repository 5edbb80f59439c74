import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/errors.js';
import type { ExtractedRecord, ParsedDocument } from '../../shared/types/record.js';
import type { OcrOptions } from './ocr.js';
import type { ParseLimits } from './parse-pdf.js';
import type { ThreadHeap } from './parse-thread.js';
import { type ThreadScript, threadExecArgv, threadScript } from './thread-script.js';

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
  /** A thread is started afresh after this many documents (0: never). */
  recycleAfterDocs?: number;
  /** A thread is started afresh when its heap has grown by more than this over what it held when ready, MB (0: never). */
  recycleHeapMb?: number;
}

/** One thread's figures, as its last answer gave them. */
export interface ThreadStats {
  /** Documents (reads or extractions) it has finished since it started. */
  tasks: number;
  /** From its spawn until it could take work, ms; null while it starts. */
  startMs: number | null;
  /** Its V8 heap: in use, held from the system, and the most it has held. */
  heapUsedMb: number;
  heapTotalMb: number;
  peakHeapTotalMb: number;
}

/** What a sandbox has done and how much memory its threads hold. */
export interface SandboxStats {
  /** What the threads run: the compiled build, the bundled sources, or the sources through tsx. */
  script: ThreadScript['kind'];
  threads: ThreadStats[];
  /** Documents finished over all threads, ever. */
  tasks: number;
  /** Threads started afresh after their number of documents or their heap limit (between two documents). */
  recycled: number;
  /** Threads replaced after a timeout, running out of memory or stopping. */
  replaced: number;
  /** Thread starts and their time, ms. */
  starts: { count: number; meanMs: number; maxMs: number };
  /** The most heap any thread of this sandbox has held, recycled and replaced ones included, MB. */
  peakThreadHeapMb: number;
}

/** One piece of work for a thread: read a PDF, or extract the record of a parsed document. */
type Task =
  | { kind: 'parse'; bytes: Uint8Array; resolve: (doc: ParsedDocument) => void; reject: (err: Error) => void }
  | { kind: 'extract'; doc: ParsedDocument; resolve: (record: ExtractedRecord) => void; reject: (err: Error) => void };

/** What a thread sends: that it is ready, or the answer to one task; each with its heap. */
type ThreadMessage =
  | { ready: true; heap: ThreadHeap }
  | { id: number; ok: boolean; doc?: ParsedDocument; record?: ExtractedRecord; code?: ErrorCode; message?: string; heap?: ThreadHeap };

interface Slot {
  worker: Worker;
  spawnedAt: number;
  /** Until the thread says it is ready, no work is sent: a task's time limit does not count the thread's start. */
  ready: boolean;
  startTimer: NodeJS.Timeout | null;
  startMs: number | null;
  tasks: number;
  heap: ThreadHeap;
  /** The heap it held when it said it was ready (its code, and for extraction its models): recycling counts growth over it. */
  readyHeapTotal: number;
  peakHeapTotal: number;
  busy: { id: number; task: Task; timer: NodeJS.Timeout } | null;
}

/** Extraction of a normal report takes milliseconds; a document that needs this long is a poison input. */
export const DEFAULT_EXTRACT_TIMEOUT_MS = 20_000;

/** A thread that has not loaded its code after this long (or the parse time limit, when longer) did not start. */
const THREAD_START_LIMIT_MS = 60_000;

const MB = 2 ** 20;
const toMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

let warnedFallback = false;

/**
 * Parses PDFs and extracts records in worker threads with a hard timeout and a heap limit, so a hostile or
 * broken file can hang or blow up only its own thread: the thread is terminated and replaced, the job fails
 * with a stable code, and the process goes on. A thread is also started afresh, between two documents, after a
 * number of documents or once its heap has grown past a limit, so a long run does not keep what pdf.js left.
 */
export class ParseSandbox {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly script = threadScript();
  private nextId = 1;
  private closed = false;
  private tasksDone = 0;
  private recycled = 0;
  private replaced = 0;
  private readonly starts = { count: 0, totalMs: 0, maxMs: 0 };
  private peakThreadHeap = 0;

  constructor(private readonly opts: SandboxOptions) {
    if (this.script.fallbackReason && !warnedFallback) {
      warnedFallback = true;
      process.emitWarning(this.script.fallbackReason, 'ParseThreadWarning');
    }
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

  /** The threads' documents, starts and heap so far. */
  stats(): SandboxStats {
    return {
      script: this.script.kind,
      threads: this.slots.map((s) => ({
        tasks: s.tasks,
        startMs: s.startMs,
        heapUsedMb: toMb(s.heap.used),
        heapTotalMb: toMb(s.heap.total),
        peakHeapTotalMb: toMb(s.peakHeapTotal),
      })),
      tasks: this.tasksDone,
      recycled: this.recycled,
      replaced: this.replaced,
      starts: {
        count: this.starts.count,
        meanMs: this.starts.count ? Math.round(this.starts.totalMs / this.starts.count) : 0,
        maxMs: Math.round(this.starts.maxMs),
      },
      peakThreadHeapMb: toMb(this.peakThreadHeap),
    };
  }

  /** Terminates every thread; pending parses are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('parse sandbox closed'));
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.startTimer) clearTimeout(s.startTimer);
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
    const worker = new Worker(this.script.url, {
      workerData: { preloadExtractor: !!this.opts.preloadExtractor },
      execArgv: threadExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: this.opts.memoryMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = {
      worker,
      spawnedAt: performance.now(),
      ready: false,
      startTimer: null,
      startMs: null,
      tasks: 0,
      heap: { used: 0, total: 0 },
      readyHeapTotal: 0,
      peakHeapTotal: 0,
      busy: null,
    };
    slot.startTimer = setTimeout(
      () => this.failedStart(slot, `it was not ready after ${Math.max(this.opts.timeoutMs, THREAD_START_LIMIT_MS)} ms`),
      Math.max(this.opts.timeoutMs, THREAD_START_LIMIT_MS),
    );
    worker.on('message', (msg: ThreadMessage) => {
      if (msg.heap) this.noteHeap(slot, msg.heap);
      if ('ready' in msg) {
        slot.readyHeapTotal = msg.heap.total;
        this.started(slot);
        return;
      }
      if (!slot.busy || slot.busy.id !== msg.id) return;
      const { task, timer } = slot.busy;
      clearTimeout(timer);
      slot.busy = null;
      slot.tasks++;
      this.tasksDone++;
      if (msg.ok && task.kind === 'parse' && msg.doc) task.resolve(msg.doc);
      else if (msg.ok && task.kind === 'extract' && msg.record) task.resolve(msg.record);
      else task.reject(new AppError(msg.code ?? (task.kind === 'parse' ? 'pdf_corrupt' : 'internal'), msg.message));
      // Between two documents: nothing is in flight on this thread, so starting it afresh loses nothing.
      if (this.dueForRecycle(slot)) {
        this.recycled++;
        this.restart(slot);
      } else this.pump();
    });
    const onDeath = (err?: Error & { code?: string }) => {
      if (!slot.ready) {
        this.failedStart(slot, err?.message ?? 'it stopped');
        return;
      }
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
      this.replaced++;
      this.restart(slot);
    };
    worker.once('error', onDeath);
    worker.once('exit', () => onDeath());
    return slot;
  }

  private started(slot: Slot): void {
    if (slot.startTimer) clearTimeout(slot.startTimer);
    slot.startTimer = null;
    slot.ready = true;
    slot.startMs = Math.round(performance.now() - slot.spawnedAt);
    this.starts.count++;
    this.starts.totalMs += slot.startMs;
    this.starts.maxMs = Math.max(this.starts.maxMs, slot.startMs);
    this.pump();
  }

  private noteHeap(slot: Slot, heap: ThreadHeap): void {
    slot.heap = heap;
    slot.peakHeapTotal = Math.max(slot.peakHeapTotal, heap.total);
    this.peakThreadHeap = Math.max(this.peakThreadHeap, heap.total);
  }

  private dueForRecycle(slot: Slot): boolean {
    const { recycleAfterDocs = 0, recycleHeapMb = 0 } = this.opts;
    if (this.closed) return false;
    return (
      (recycleAfterDocs > 0 && slot.tasks >= recycleAfterDocs) ||
      (recycleHeapMb > 0 && slot.heap.total - slot.readyHeapTotal > recycleHeapMb * MB)
    );
  }

  /**
   * A thread that cannot load its code would fail every document the same way: the waiting ones fail now, with
   * why, and no new thread is started until more work comes (no loop of threads that cannot start).
   */
  private failedStart(slot: Slot, why: string): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    if (slot.startTimer) clearTimeout(slot.startTimer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots.splice(i, 1);
    if (this.closed) return;
    const err = new AppError('internal', `The parse thread could not start: ${why}`);
    for (const t of this.queue.splice(0)) t.reject(err);
  }

  /** Terminates a thread and starts a new one in its place. */
  private restart(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    if (slot.startTimer) clearTimeout(slot.startTimer);
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
    // Threads that could not start are started again when there is work for them.
    while (!this.closed && this.queue.length && this.slots.length < this.opts.threads) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      if (!slot.ready || slot.busy) continue;
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
        this.replaced++;
        this.restart(slot);
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
