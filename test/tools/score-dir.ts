// Scores the extractor on a folder of PDFs with truth beside them (one level of batch folders) and lists
// each field's misses: node --import tsx test/tools/score-dir.ts <dir> [field …]
import { fieldCorrect, scoreAll, SCORED_FIELDS, type ScoredField } from '../../services/cli/extraction-score.js';
import { pdfDocs } from '../extraction-fixtures.js';

const [dir, ...show] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: score-dir.ts <dir> [field …]\n');
  process.exit(2);
}
const docs = await pdfDocs(dir);
const s = scoreAll(docs);
for (const f of SCORED_FIELDS) {
  const x = s.fields[f];
  if (x.total) process.stdout.write(`${f.padEnd(16)} ${(x.accuracy * 100).toFixed(1).padStart(5)} %  n=${x.total} wrong=${x.wrong}\n`);
}
const l = s.lessons;
process.stdout.write(`lessons P ${l.precision.toFixed(2)} R ${l.recall.toFixed(2)} F1 ${l.f1.toFixed(2)} (truth ${l.truth})\n`);
process.stdout.write(`mean ${(s.mean * 100).toFixed(1)} %  wrong ${(s.wrongRate * 100).toFixed(1)} %  docs ${docs.length}\n`);
const get = (r: Record<string, unknown>, f: string): unknown =>
  f.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), r);
for (const f of show as ScoredField[]) {
  for (const d of docs) {
    const t = get(d.truth, f);
    if (t === undefined) continue;
    const p = get(d.pred, f);
    if (!fieldCorrect(f, t, p)) process.stdout.write(`[${f}] ${d.file}\n   truth: ${JSON.stringify(t)}\n   pred:  ${JSON.stringify(p)}\n`);
  }
}
