import fs from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { fieldCorrect, type ScoredField } from '../../services/cli/extraction-score.js';
import { pdfDocs } from '../extraction-fixtures.js';
const [dir, field, w = '160'] = process.argv.slice(2) as [string, ScoredField, string];
const docs = await pdfDocs(dir);
const get = (r: Record<string, unknown>, f: string): unknown =>
  f.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), r);
for (const d of docs) {
  const t = get(d.truth, field);
  if (t === undefined) continue;
  const p = get(d.pred, field);
  if (fieldCorrect(field, t, p)) continue;
  const pdf = new PDFParse({ data: fs.readFileSync(path.join(dir, `${d.file}.pdf`)) });
  const text = (await pdf.getText()).text.replace(/\s+/g, ' ');
  const needle = Array.isArray(t) ? String(t[0] ?? '') : String(t ?? '');
  const i = needle ? text.toLowerCase().indexOf(needle.toLowerCase().slice(0, 40)) : -1;
  const n = Number(w);
  process.stdout.write(
    `[${d.file}] truth ${JSON.stringify(t)} pred ${JSON.stringify(p)}\n   ${i >= 0 ? text.slice(Math.max(0, i - n), i + needle.length + n / 2) : '(not found) ' + text.slice(0, n)}\n`,
  );
}
