/**
 * A scan made from a text report, as a scanner delivers it: each page rendered to a picture (poppler's
 * pdftoppm) and put back into a PDF of pictures only, with no text layer.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** JPEG pages into a PDF, one picture a page (A4 at the given resolution). */
export function imagesToPdf(jpegs: Buffer[], dpi: number): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => {
    objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const kids: number[] = [];
  for (const jpg of jpegs) {
    // Width and height from the JPEG's start-of-frame marker.
    let i = 2;
    let w = 0;
    let h = 0;
    let components = 1;
    while (i < jpg.length) {
      const marker = jpg.readUInt16BE(i);
      const len = jpg.readUInt16BE(i + 2);
      if (marker >= 0xffc0 && marker <= 0xffc3) {
        h = jpg.readUInt16BE(i + 5);
        w = jpg.readUInt16BE(i + 7);
        components = jpg[i + 9]!;
        break;
      }
      i += 2 + len;
    }
    const img = add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /${components === 3 ? 'DeviceRGB' : 'DeviceGray'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`,
          'latin1',
        ),
        jpg,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    const [pw, ph] = [(w * 72) / dpi, (h * 72) / dpi];
    const draw = `q ${pw.toFixed(2)} 0 0 ${ph.toFixed(2)} 0 0 cm /Im0 Do Q`;
    const content = add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${pw.toFixed(2)} ${ph.toFixed(2)}] /Resources << /XObject << /Im0 ${img} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`, 'latin1');
  objects[pagesId - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, k) => {
    offsets.push(at);
    const obj = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(obj);
    at += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** A text PDF as its scan: pages rendered in grey at `dpi`, as pictures in a PDF without text. */
export function scanOf(pdf: string, dpi = 200): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lardom-scan-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-jpeg', '-jpegopt', 'quality=92', pdf, path.join(dir, 'p')]);
    const pages = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.jpg'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f)));
    return imagesToPdf(pages, dpi);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
