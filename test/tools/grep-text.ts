// Finds a pattern in the text of PDFs, with some context: node --import tsx test/tools/grep-text.ts <regex> <file.pdf>…
import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
const re = new RegExp(process.argv[2]!, 'giu');
for (const f of process.argv.slice(3)) {
  const text = (await new PDFParse({ data: fs.readFileSync(f) }).getText()).text.replace(/\s+/g, ' ');
  const hits = [...text.matchAll(re)].slice(0, 4).map((m) => text.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 60));
  console.log(`== ${f.split('/').pop()}\n   ${hits.join('\n   ')}`);
}
