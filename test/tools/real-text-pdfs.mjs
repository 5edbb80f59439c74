// Sets real report texts as plain PDFs, the way the real development set is laid out: one paragraph per line
// of the text, wrapped, blank lines dropped, 11 pt Helvetica.
// usage: node test/tools/real-text-pdfs.mjs <folder with texts/<slug>.txt and real-<slug>.truth.json>
import fs from 'node:fs';
import path from 'node:path';
import { wrap, writePdf } from '../../bench/corpus/pdf-writer.mjs';

const LINES_PER_PAGE = 52;
const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node test/tools/real-text-pdfs.mjs <folder>\n');
  process.exit(2);
}
let n = 0;
for (const f of fs.readdirSync(path.join(dir, 'texts')).filter((x) => x.endsWith('.txt'))) {
  const slug = f.replace(/\.txt$/, '');
  const lines = fs
    .readFileSync(path.join(dir, 'texts', f), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((l) => wrap(l, 88));
  const pages = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) {
    pages.push(lines.slice(i, i + LINES_PER_PAGE).map((text, k) => ({ x: 56, y: 790 - k * 14.5, size: 11, text })));
  }
  fs.writeFileSync(path.join(dir, `real-${slug}.pdf`), writePdf(pages.length ? pages : [[]], { compress: true }));
  n++;
}
process.stderr.write(`${n} PDFs written\n`);
