import { AppError } from '../../shared/errors.js';
import type { ParsedDocument } from '../../shared/types/record.js';
import { decodeText, detectFormat } from './detect-type.js';
import { parsePdf, type ParseLimits } from './parse-pdf.js';

/**
 * Reads any file Lärdom takes, by the kind its content shows: PDF, Word, OpenDocument, web page or plain text.
 * Throws AppError with a stable code: `unsupported_type` for anything else, each kind's own code when broken.
 */
export async function parseDocument(bytes: Uint8Array, limits: ParseLimits): Promise<ParsedDocument> {
  if (bytes.byteLength === 0) throw new AppError('empty_file');
  if (bytes.byteLength > limits.maxBytes) {
    throw new AppError('too_large', `The file is ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}.`);
  }
  const format = detectFormat(bytes);
  if (format === 'pdf') return { ...(await parsePdf(bytes, limits)), format: 'pdf' };
  if (format === null) throw new AppError('unsupported_type');
  // Most documents are PDFs: the readers of the other kinds (and their libraries) load when one arrives.
  const { readDocx, readHtml, readOdt, readTxt } = await import('./parse-markup.js');
  switch (format) {
    case 'docx':
      return readDocx(bytes, limits.maxPages);
    case 'odt':
      return readOdt(bytes, limits.maxPages);
    case 'html':
      return readHtml(decodeText(bytes) ?? '', limits.maxPages);
    case 'txt':
      return readTxt(bytes, limits.maxPages);
    default:
      throw new AppError('unsupported_type');
  }
}
