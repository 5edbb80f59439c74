// How often each rule's chosen value is right or wrong on the real texts, per field: the evidence for the
// confidences in choice.ts. node --import tsx test/tools/rule-precision.ts <dir> [field]
// (TRUTH=1 lists every wrong choice with its truth.)
import fs from 'node:fs';
import path from 'node:path';
import { fieldCorrect, type ScoredField } from '../../services/cli/extraction-score.js';
import { createParseSandbox } from '../../pipelines/parse/create-sandbox.js';
import { explainRecord } from '../../pipelines/extract/extract-record.js';
import { toContractRecord } from '../../shared/contract.js';

const [dir, only] = process.argv.slice(2) as [string, string | undefined];
const files: string[] = [];
for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
  if (e.isFile() && e.name.endsWith('.pdf')) files.push(path.join(dir, e.name));
  if (e.isDirectory())
    for (const f of fs.readdirSync(path.join(dir, e.name))) if (f.endsWith('.pdf')) files.push(path.join(dir, e.name, f));
}
const FIELD_OF: Record<string, ScoredField[]> = {
  projectName: ['projectName'],
  documentType: ['documentType'],
  owner: ['owner'],
  diaryNumber: ['diaryNumber'],
  period: ['period.start', 'period.end'],
  'budget.totalSek': ['budget.totalSek'],
  'budget.grantedSek': ['budget.grantedSek'],
  county: ['county'],
  municipalities: ['municipalities'],
  funders: ['funders'],
  programme: ['programme'],
  projectManager: ['projectManager'],
};
const get = (r: Record<string, unknown>, f: string): unknown =>
  f.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), r);
const tally = new Map<string, { right: number; wrong: number; unlabelled: number; examples: string[] }>();
const sb = createParseSandbox({ concurrency: 2, timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxBytes: 5e7 });
for (const f of files.sort()) {
  const parsed = await sb.parse(fs.readFileSync(f));
  const truth = JSON.parse(fs.readFileSync(f.replace(/\.pdf$/, '.truth.json'), 'utf8')) as Record<string, unknown>;
  const ex = explainRecord(parsed);
  const pred = toContractRecord('x', ex.record) as Record<string, unknown>;
  for (const c of ex.choices) {
    if (!c.chosen || (only && c.field !== only)) continue;
    const scored = FIELD_OF[c.field];
    if (!scored) continue;
    const band = process.env.BANDS ? `  @${(Math.floor(c.confidence * 20) / 20).toFixed(2)}` : '';
    const key = `${c.field}  ${process.env.BANDS ? '' : c.chosen.rule}${band}`;
    const t = tally.get(key) ?? { right: 0, wrong: 0, unlabelled: 0, examples: [] };
    const labelled = scored.filter((s) => get(truth, s) !== undefined);
    if (!labelled.length) t.unlabelled++;
    else if (labelled.every((s) => fieldCorrect(s, get(truth, s), get(pred, s)))) t.right++;
    else {
      t.wrong++;
      const truthOf = process.env.TRUTH ? ` (truth ${JSON.stringify(get(truth, labelled[0]!)).slice(0, 60)})` : '';
      if (t.examples.length < (process.env.TRUTH ? 60 : 4))
        t.examples.push(`${path.relative(dir, f)}: ${JSON.stringify(c.value).slice(0, 80)}${truthOf}`);
    }
    tally.set(key, t);
  }
}
await sb.close();
for (const [k, t] of [...tally].sort()) {
  process.stdout.write(
    `${k.padEnd(60)} right ${String(t.right).padStart(3)}  wrong ${String(t.wrong).padStart(3)}  unlabelled ${t.unlabelled}\n`,
  );
  if (only) for (const e of t.examples) process.stdout.write(`      ${e}\n`);
}
