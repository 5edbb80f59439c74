// Where today's extraction output differs from the frozen output (test/fixtures/extraction-golden.jsonl),
// field by field, each change judged against the fixture's truth: better, worse, or neither.
// usage: node --import tsx test/tools/golden-diff.ts [--all]
import fs from 'node:fs';
import path from 'node:path';
import { fieldCorrect, SCORED_FIELDS, type ScoredField } from '../../services/cli/extraction-score.js';
import { FIXTURES, pdfDocs, reportTextDocs, type ScoredDoc } from '../extraction-fixtures.js';

const at = (o: Record<string, unknown>, f: string): unknown =>
  f.split('.').reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);
const labelled = (t: Record<string, unknown>, f: string): boolean => at(t, f) !== undefined;

const sets: [string, ScoredDoc[]][] = [
  ['report-texts', reportTextDocs()],
  ['extraction', await pdfDocs(path.join(FIXTURES, 'extraction'))],
  ['real-texts', await pdfDocs(path.join(FIXTURES, 'real-texts'))],
];
const golden = new Map(
  fs
    .readFileSync(path.join(FIXTURES, 'extraction-golden.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((o) => [`${o.set}/${o.file}`, o]),
);
const tally = { better: 0, worse: 0, neither: 0 };
const rows: string[] = [];
for (const [set, docs] of sets) {
  for (const d of docs) {
    const was = golden.get(`${set}/${d.file}`);
    if (!was) {
      rows.push(`${set}/${d.file}: new fixture`);
      continue;
    }
    for (const f of [...SCORED_FIELDS, 'lessonsLearned'] as const) {
      const [a, b] = [at(was, f), at(d.pred, f)];
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      let verdict = 'neither';
      if (f !== 'lessonsLearned' && labelled(d.truth, f)) {
        const [ok0, ok1] = [fieldCorrect(f as ScoredField, at(d.truth, f), a), fieldCorrect(f as ScoredField, at(d.truth, f), b)];
        verdict = ok1 && !ok0 ? 'better' : ok0 && !ok1 ? 'worse' : 'neither';
      }
      tally[verdict as keyof typeof tally]++;
      if (verdict !== 'neither' || process.argv.includes('--all')) {
        const truth = f === 'lessonsLearned' ? '' : `  (truth ${JSON.stringify(at(d.truth, f) ?? null)})`;
        rows.push(`${verdict.padEnd(7)} ${set}/${d.file} ${f}: ${JSON.stringify(a)} → ${JSON.stringify(b)}${truth}`);
      }
    }
  }
}
process.stdout.write(`${rows.join('\n')}\n\n${tally.better} better, ${tally.worse} worse, ${tally.neither} neither\n`);
