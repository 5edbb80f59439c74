import type { DocumentFormat } from '../../shared/types/record.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]/iu;

/**
 * The kind of a file, told from its bytes (never its name): a PDF by its header, a Word or OpenDocument text by
 * the parts inside its zip container, a web page by its markup, plain text by being text. Anything else is null.
 */
export function detectFormat(bytes: Uint8Array): DocumentFormat | null {
  if (bytes.byteLength === 0) return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (ZIP.every((b, i) => bytes[i] === b)) {
    // A zip's part names are stored uncompressed in its local headers and central directory.
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    // Word writes its parts under word/ right after the package's own, so even a cut-off file shows them.
    if (names.includes('word/document.xml') || (names.includes('[Content_Types].xml') && names.includes('word/'))) return 'docx';
    if (names.includes('application/vnd.oasis.opendocument.text')) return 'odt';
    return null;
  }
  const text = decodeText(bytes.subarray(0, Math.min(bytes.byteLength, 64 * 1024)), true);
  if (text === null) return null;
  if (HTML_START.test(text.replace(/^\uFEFF/, '')) || /<html[\s>]|<body[\s>]/iu.test(text.slice(0, 4096))) return 'html';
  return 'txt';
}

/**
 * Text from bytes: UTF-8 (with or without its mark), else Windows-1252 as older Swedish files are written.
 * Null for binary content (NUL and other control bytes). A cut-off prefix may end inside a UTF-8 character.
 */
export function decodeText(bytes: Uint8Array, prefix = false): string | null {
  let controls = 0;
  for (const b of bytes) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) controls++;
  if (controls > 0) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: prefix });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
