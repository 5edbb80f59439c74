// Prints, for each file given, the sections the document model found and the lessons extraction takes.
// usage: node --import tsx test/tools/lessons-view.ts FILE…
import fs from 'node:fs';
import { buildView } from '../../pipelines/extract/document.js';
import { chooseLessons } from '../../pipelines/extract/fields/lessons.js';
import { parseDocument } from '../../pipelines/parse/parse-document.js';

for (const f of process.argv.slice(2)) {
  const doc = await parseDocument(fs.readFileSync(f), { maxPages: 500, maxBytes: 5e7, ocr: null, ocrMissing: 'off' });
  const v = buildView(doc.pages);
  const r = chooseLessons(v);
  const sections = v.sections.map((s) => `${s.kind}:${s.title}`.slice(0, 40)).join(' | ');
  console.log('##', f.split('/').pop(), 'pages', doc.pages.length, 'sections', sections);
  for (const l of r.lessons) console.log('   +', l.slice(0, 120));
}
