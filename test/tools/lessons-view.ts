import fs from 'node:fs';
import { buildView } from '../../pipelines/extract/document.ts';
import { chooseLessons } from '../../pipelines/extract/fields/lessons.ts';
import { parseDocument } from '../../pipelines/parse/parse-document.ts';
for (const f of process.argv.slice(2)) {
  const doc = await parseDocument(fs.readFileSync(f), { maxPages: 500, maxBytes: 5e7, ocr: null, ocrMissing: 'off' });
  const v = buildView(doc.pages);
  const r = chooseLessons(v);
  console.log(
    '##',
    f.split('/').slice(-1)[0],
    'pages',
    doc.pages.length,
    'sections',
    v.sections.map((s) => `${s.kind}:${s.heading ?? ''}`.slice(0, 40)).join(' | '),
  );
  for (const l of r.lessons) console.log('   +', l.slice(0, 120));
}
