// Hostile and pathological documents, made on the fly: each must end `indexed` or `failed` with a code within
// the limits, and never stall the worker that reads it.
import { deflateSync } from 'node:zlib';
import { type TextRun, wrap, writePdf } from '../bench/corpus/pdf-writer.mjs';

type Run = TextRun;

const lines = (texts: string[], top = 790, step = 14.5): Run[] => texts.map((text, k) => ({ x: 56, y: top - k * step, size: 11, text }));

function paged(texts: string[], perPage = 52): Run[][] {
  const pages: Run[][] = [];
  for (let i = 0; i < texts.length; i += perPage) pages.push(lines(texts.slice(i, i + perPage)));
  return pages;
}

const FRONT = ['Slutrapport', 'Projektnamn: Långa Slutsatser', 'Projektägare: Testkommunen', 'Projektperiod: 2019-01-01 – 2021-12-31'];

/** A 36-page report whose conclusions section is about 200 kB of prose with quotes and abbreviations. */
export function quotedProseReport(chars = 200_000): Buffer {
  const sentences = [
    '"Vi har lärt oss att t.ex. styrgruppen måste mötas oftare", sa projektledaren, dvs. minst en gång i månaden.',
    'Enl. utvärderingen (s.k. följeforskning) var "förankringen" i kommunerna o.s.v. avgörande för resultatet.',
    '”Det tog tid”, menade bl.a. deltagarna, ”men det var värt det”, och fr.o.m. år två gick arbetet snabbare.',
  ];
  const prose: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const s = sentences[i % sentences.length]!;
    prose.push(s);
    n += s.length + 1;
  }
  const text = wrap(prose.join(' '), 95);
  return writePdf(paged([...FRONT, '', 'Slutsatser och lärdomar', ...text], 160 / 3), { compress: true });
}

/** A report that is one table of `rows` rows (four columns), 60 rows a page. */
export function hugeTableReport(rows = 10_000): Buffer {
  const pages: Run[][] = [lines(FRONT)];
  for (let r = 0; r < rows; r += 60) {
    const page: Run[] = [];
    for (let k = 0; k < 60 && r + k < rows; k++) {
      const y = 800 - k * 13;
      const i = r + k + 1;
      page.push(
        { x: 40, y, size: 9, text: `Rad ${i}` },
        { x: 140, y, size: 9, text: `Kommun ${i % 290}` },
        { x: 300, y, size: 9, text: `${(i * 1337) % 1_000_000} kr` },
        { x: 420, y, size: 9, text: `Aktivitet nr ${i}` },
      );
    }
    pages.push(page);
  }
  return writePdf(pages, { compress: true });
}

/** `pages` pages with next to nothing on them (a page number), as a broken scanner or generator writes. */
export function nearEmptyPages(pages = 2_000): Buffer {
  return writePdf(
    Array.from({ length: pages }, (_, i) => [{ x: 290, y: 30, size: 8, text: String(i + 1) }]),
    { compress: true },
  );
}

/** Serialises numbered objects (1…n, object 1 the catalog) with a correct cross-reference table. */
function rawPdf(objects: (string | Buffer)[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    chunks.push(b);
    length += b.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

const PAGE_TEXT = (lines: string[]) =>
  lines.map((l, i) => `BT /F1 11 Tf 56 ${790 - i * 15} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');

/** A one-page report with an outline (bookmarks) nested `depth` levels deep. */
export function nestedOutlineReport(depth = 5_000): Buffer {
  // 1 catalog, 2 pages, 3 page, 4 content, 5 font, 6 outlines root, 7… the items, each the only child of the one before.
  const content = PAGE_TEXT([...FRONT, 'Slutsatser: arbetet gick bra.']);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /PageMode /UseOutlines >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count ${depth} >>`,
  ];
  for (let d = 0; d < depth; d++) {
    const self = 7 + d;
    const parent = d === 0 ? 6 : self - 1;
    const child = d + 1 < depth ? ` /First ${self + 1} 0 R /Last ${self + 1} 0 R /Count ${depth - d - 1}` : '';
    objects.push(`<< /Title (Avsnitt ${d + 1}) /Parent ${parent} 0 R /Dest [3 0 R /Fit]${child} >>`);
  }
  return rawPdf(objects);
}

/**
 * A PDF of `pages` pages whose content is compressed streams that inflate to `mb` MB of spaces in all (each
 * stream 64 MB from about 64 kB), listed `repeat` times by every page: gigabytes once read.
 */
export function inflatingReport(mb = 512, repeat = 4, pages = 4): Buffer {
  const block = deflateSync(Buffer.alloc(64 << 20, 0x20), { level: 9 });
  const streams = Math.max(1, Math.ceil(mb / 64));
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${4 + i} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  const first = 4 + pages;
  const once = Array.from({ length: streams }, (_, s) => `${first + s} 0 R`).join(' ');
  const refs = Array.from({ length: repeat }, () => once).join(' ');
  for (let p = 0; p < pages; p++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents [${refs}] >>`);
  }
  for (let s = 0; s < streams; s++) {
    objects.push(
      Buffer.concat([Buffer.from(`<< /Length ${block.length} /Filter /FlateDecode >>\nstream\n`), block, Buffer.from('\nendstream')]),
    );
  }
  return rawPdf(objects);
}
