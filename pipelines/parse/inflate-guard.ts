import { createInflate } from 'node:zlib';

/** What a PDF's compressed streams would inflate to, counted up to a budget. */
export interface InflateEstimate {
  /** Bytes counted: each stream's inflated size times the number of places that refer to it. */
  bytes: number;
  over: boolean;
}

// "12 0 obj << … >> stream": the dictionary of a stream and its object number, read from the text before the keyword.
const OBJECT_NUMBER = /(\d+)\s+\d+\s+$/;
const REFERENCE = /(\d+)\s+\d+\s+R\b/g;
const HEAD_WINDOW = 4096;

/** Inflated size of one zlib stream, counted without keeping it, stopping past `limit`. */
function inflatedLength(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    const z = createInflate({ finishFlush: 2 /* Z_SYNC_FLUSH: a truncated stream counts what it holds */ });
    const done = () => {
      z.removeAllListeners();
      z.on('error', () => undefined);
      z.destroy();
      resolve(n);
    };
    z.on('data', (c: Buffer) => {
      n += c.length;
      if (n > limit) done();
    });
    z.on('end', done);
    z.on('error', done); // corrupt data: pdf.js will judge the stream itself; it cannot inflate past this
    z.end(data);
  });
}

/**
 * Counts what a PDF's Flate streams would inflate to before pdf.js reads it, so a small file that expands to
 * gigabytes (a "zip bomb", or one stream listed many times as a page's content) fails fast with a clear code
 * instead of filling memory. Image streams are left out: reading text never decodes them. Streams inside
 * object streams are counted as found; references inside them are not (each such stream counts once).
 * The work is bounded by the budget: no stream is inflated past what is left of it.
 */
export async function estimateInflated(bytes: Uint8Array, budget: number): Promise<InflateEstimate> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  const refs = new Map<string, number>();
  for (const m of text.matchAll(REFERENCE)) refs.set(m[1]!, (refs.get(m[1]!) ?? 0) + 1);

  let total = 0;
  for (let at = text.indexOf('stream', 0); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const window = text.slice(Math.max(0, at - HEAD_WINDOW), at);
    const obj = window.lastIndexOf('obj');
    const number = obj > 0 ? OBJECT_NUMBER.exec(window.slice(0, obj))?.[1] : undefined;
    if (!number) continue;
    const dict = window.slice(obj + 3);
    if (!/\/(FlateDecode|Fl)\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const end = direct ? Math.min(buf.length, start + Number(direct[1])) : text.indexOf('endstream', start);
    if (end <= start) continue;
    const uses = Math.max(1, refs.get(number) ?? 0);
    const left = Math.ceil((budget - total) / uses);
    total += (await inflatedLength(buf.subarray(start, end), left)) * uses;
    if (total > budget) return { bytes: total, over: true };
  }
  return { bytes: total, over: false };
}
