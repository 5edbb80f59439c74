// Writes the Word, web-page and scan samples that `npm start` ingests: two real texts beside the project
// (../shared/seeds) as a final report saved as Word and a project page saved as a web page, and a scan.
// node --import tsx test/tools/make-samples.ts <seeds folder>
import fs from 'node:fs';
import path from 'node:path';
import { type Block, makeDocx, makeHtml } from '../formats.js';
import { scanOf } from '../scan.js';

const seeds = process.argv[2];
if (!seeds) {
  process.stderr.write('usage: make-samples.ts <seeds folder>\n');
  process.exit(2);
}
const out = path.resolve(import.meta.dirname, '../../shared/samples');

/** A text's lines as blocks: short lines without a full stop are headings, "- " lines list items. */
function blocks(text: string): { title: string; blocks: Block[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const result: Block[] = [];
  for (const [i, l] of lines.slice(1).entries()) {
    if (/^[-–•]\s+/.test(l)) {
      const last = result[result.length - 1];
      const item = l.replace(/^[-–•]\s+/, '');
      if (last && 'li' in last) last.li.push(item);
      else result.push({ li: [item] });
    } else if (l.length < 70 && !/[.!?:;,]$/.test(l) && i + 2 < lines.length) result.push({ h: l });
    else result.push({ p: l });
  }
  return { title: lines[0]!, blocks: result };
}

const page = blocks(fs.readFileSync(path.join(seeds, '002_392f774165b4c2b3.txt'), 'utf8'));
fs.writeFileSync(path.join(out, 'kalix-foretagsklimat.html'), makeHtml(page.title, page.blocks));
// The report's text ends where the hosting site's list of other documents ("… Läs mer") begins.
const reportText = fs.readFileSync(path.join(seeds, '003_621b8c4c208abf8c.txt'), 'utf8');
const report = blocks(reportText.slice(0, reportText.indexOf('\nBilaga 1. Måluppfyllelse Tillväxtpaketet\n')));
fs.writeFileSync(path.join(out, 'tillvaxtpaketet-ludvika-smedjebacken.docx'), await makeDocx(report.title, report.blocks));
// A programme page that lists ten projects, each with its owner and period, saved as a web page (also what
// the listing tests read).
const listing = blocks(fs.readFileSync(path.join(seeds, '001_d411b1e12eacac8e.txt'), 'utf8'));
fs.writeFileSync(path.join(out, 'lokalt-och-regionalt-tillvaxtarbete-projekt.html'), makeHtml(listing.title, listing.blocks));
// A scanned progress report: a generated report's pages as pictures, no text layer (read by OCR on ingest).
fs.writeFileSync(
  path.join(out, 'skannad-lagesrapport-kalmar.pdf'),
  scanOf(path.resolve(import.meta.dirname, '../fixtures/reports/r00008.pdf'), 300),
);
process.stderr.write('4 samples written\n');
