// `npm run eval -- <folder>...`: per-field accuracy of extraction for PDFs with `<name>.truth.json`
// beside them (the extraction contract's scoring rules). `--min 0.95` exits 1 below that; `--show N`
// lists N misses per field.
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { toContractRecord } from '../../shared/contract.js';
import { extractFiles } from './extract-files.js';
import { SCORED_FIELDS, scoreAll } from './extraction-score.js';
import { findDocuments } from './ingest-files.js';

const argv = process.argv.slice(2).filter((a) => a !== '--');
const flag = (name: string) => {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const min = flag('--min');
const show = Number(flag('--show') ?? 0);
if (!argv.length) {
  process.stderr.write('usage: npm run eval -- <folder-with-pdfs-and-truth>... [--min 0.95] [--show 3]\n');
  process.exit(2);
}

const files = [];
for (const f of await findDocuments(argv)) {
  if (await fs.stat(f.replace(/\.pdf$/i, '.truth.json')).catch(() => null)) files.push(f);
}
if (!files.length) {
  process.stderr.write('No PDFs with a .truth.json beside them.\n');
  process.exit(2);
}
const preds = new Map<string, Record<string, unknown>>();
const started = Date.now();
await extractFiles(files, loadConfig(), (r) => {
  if (!('error' in r)) preds.set(r.file, toContractRecord(r.file, r.record));
});
const seconds = (Date.now() - started) / 1000;
const pairs = await Promise.all(
  files.map(async (file) => ({
    file: path.basename(file),
    truth: JSON.parse(await fs.readFile(file.replace(/\.pdf$/i, '.truth.json'), 'utf8')) as Record<string, unknown>,
    pred: preds.get(file) ?? null,
  })),
);
const score = scoreAll(pairs);
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const out: string[] = [
  `${score.documents} documents (${files.length - preds.size} failed to read), extracted in ${seconds.toFixed(1)} s`,
  '',
];
const stated = SCORED_FIELDS.filter((f) => score.fields[f].total);
for (const f of stated) {
  const s = score.fields[f];
  out.push(`${f.padEnd(18)} ${pct(s.accuracy)}  (${s.correct}/${s.total}, ${s.wrong} wrong)`);
  for (const m of score.misses.filter((x) => x.field === f).slice(0, show)) {
    out.push(`    ${m.file}: truth ${JSON.stringify(m.truth)}, got ${JSON.stringify(m.predicted)}`);
  }
}
const l = score.lessons;
out.push(`${'lessons'.padEnd(18)} P ${pct(l.precision)}  R ${pct(l.recall)}  F1 ${pct(l.f1)}`);
const accs = stated.map((f) => score.fields[f].accuracy);
out.push(
  '',
  `mean field accuracy ${pct(score.mean)}, worst ${pct(Math.min(...accs))}, lessons F1 ${pct(l.f1)}, wrong values ${pct(score.wrongRate)} of scored fields`,
);
process.stdout.write(`${out.join('\n')}\n`);
if (min !== undefined && (Math.min(...accs) < Number(min) || l.f1 < Number(min))) process.exit(1);
