import { PDFParse, PasswordException, InvalidPDFException } from 'pdf-parse';
import { AppError } from '../../shared/errors.js';
import type { ParsedDocument } from '../../shared/types/record.js';
import { estimateInflated } from './inflate-guard.js';
import { OCR_INSTALL_HINT, type OcrOptions, ocrPages } from './ocr.js';

/** Limits applied while reading one PDF. */
export interface ParseLimits {
  maxPages: number;
  maxBytes: number;
  /** What its compressed streams may inflate to, counting each as often as it is used (default 1 GiB). */
  maxInflatedBytes?: number;
  /** OCR for scanned pages, when it is installed; else why not (for the failure's message). */
  ocr?: OcrOptions | null;
  ocrMissing?: string | null;
}

// A page with fewer letters than this has no text layer to speak of (a scan, or a page number only).
const MIN_PAGE_LETTERS = 20;
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

export const DEFAULT_MAX_INFLATED_BYTES = 2 ** 30;

/** The part of pdf.js's document that is read here. */
interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info: unknown }>;
}

// Fewer letters than this in the whole document means there is no usable text (a scan OCR could not read).
const MIN_TEXT_LETTERS = 20;

/** True when the bytes start like a PDF. Readers accept the header anywhere in the first 1 KiB. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/**
 * Reads the text of a PDF, page by page. The only module that imports pdf-parse.
 * Throws AppError with a stable document error code for every kind of bad input.
 */
export async function parsePdf(bytes: Uint8Array, limits: ParseLimits): Promise<ParsedDocument> {
  if (bytes.byteLength === 0) throw new AppError('empty_file');
  if (bytes.byteLength > limits.maxBytes) {
    throw new AppError('too_large', `The file is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}.`);
  }
  if (!looksLikePdf(bytes)) throw new AppError('not_pdf');

  const maxInflated = limits.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES;
  if ((await estimateInflated(bytes, maxInflated)).over) {
    throw new AppError(
      'too_large',
      `The PDF's compressed streams inflate to more than ${Math.round(maxInflated / 2 ** 20)} MB (counting each as often as its pages use it).`,
    );
  }
  // pdf.js may take over the bytes it is given; OCR renders pages from a copy of its own.
  const original = limits.ocr ? bytes.slice() : null;
  const parser = new PDFParse({ data: bytes, verbosity: 0 });
  try {
    // Only the page count and the metadata are needed: pdf-parse's getInfo would also walk the outline,
    // which a hostile file nests deep enough to overflow the stack.
    const doc = await (parser as unknown as { load(): Promise<PdfDocument> }).load();
    if (doc.numPages > limits.maxPages) {
      throw new AppError('too_large', `The PDF has ${doc.numPages} pages; the limit is ${limits.maxPages}.`);
    }
    const info = await doc.getMetadata();
    // getText reads one page at a time and cleans each up after reading it (page.cleanup()); the document is
    // destroyed in `finally`. On a 509-page report pdf.js's heap peaks at ~25 MB; clearing its document caches
    // (doc.cleanup()) every 10 or 50 pages did not lower that peak, so it is not done.
    const text = await parser.getText();
    const pages = text.pages.map((p) => p.text);
    // Scanned pages are read by OCR where it is installed; the text layer stays where it has more letters.
    const scanned = pages.flatMap((p, i) => (letters(p) < MIN_PAGE_LETTERS ? [i + 1] : []));
    let ocr: ParsedDocument['ocr'];
    if (scanned.length && limits.ocr && original) {
      const read = await ocrPages(original, scanned, limits.ocr);
      for (const [n, r] of read) if (letters(r.text) > letters(pages[n - 1]!)) pages[n - 1] = r.text;
      const confidences = [...read.values()].map((r) => r.confidence);
      ocr = {
        pages: [...read.keys()],
        meanConfidence: Math.round(confidences.reduce((a, b) => a + b, 0) / Math.max(1, confidences.length)),
      };
    }
    if (letters(pages.join('')) < MIN_TEXT_LETTERS) {
      throw new AppError(
        'no_text_layer',
        limits.ocr
          ? 'The PDF has no text layer, and OCR found no text on its pages.'
          : `The PDF has no text layer (a scan), and OCR is not available: ${limits.ocrMissing ?? 'switched off'}. ${OCR_INSTALL_HINT}`,
      );
    }
    const meta = (info.info ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    return {
      pages,
      ...(ocr ? { ocr } : {}),
      info: { title: str(meta.Title), author: str(meta.Author), creator: str(meta.Creator), producer: str(meta.Producer) },
    };
  } catch (err) {
    throw toDocumentError(err);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Maps pdf.js exceptions onto the stable codes. */
function toDocumentError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof PasswordException) return new AppError('pdf_encrypted', undefined, { cause: err });
  if (err instanceof InvalidPDFException) {
    return new AppError('pdf_corrupt', `The PDF is damaged or incomplete: ${err.message}`, { cause: err });
  }
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = (err as { message?: string } | null)?.message ?? String(err);
  // pdf.js raises FormatError / UnknownErrorException for broken object streams and xref tables.
  if (/FormatError|UnknownErrorException|InvalidPDF|MissingPDF/.test(name) || /Invalid PDF|xref|bad XRef/i.test(message)) {
    return new AppError('pdf_corrupt', `The PDF is damaged or incomplete: ${message}`, { cause: err });
  }
  return new AppError('pdf_corrupt', `The PDF could not be read: ${message}`, { cause: err });
}
