// Sandboxes built from the configuration: one that reads documents, one that extracts records.
import { type OcrOptions, ocrMissing } from './ocr.js';
import { DEFAULT_EXTRACT_TIMEOUT_MS, ParseSandbox, type SandboxOptions } from './parse-sandbox.js';

/** The `parse` part of the config, as the sandboxes take it. */
type ParseConfig = {
  timeoutMs: number;
  extractTimeoutMs?: number;
  memoryMb: number;
  maxPages: number;
  maxBytes: number;
  maxInflatedBytes?: number;
  ocr?: Omit<OcrOptions, 'dpi'> | null;
  recycleAfterDocs?: number;
  recycleHeapMb?: number;
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
    recycleAfterDocs: parse.recycleAfterDocs ?? 0,
    recycleHeapMb: parse.recycleHeapMb ?? 0,
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
