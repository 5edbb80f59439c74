// The verifier's examples as the extractor of the day gave them: each batch of real texts read by the extractor
// of the session it arrived in (before anything was changed for it), its chosen values described with today's
// verifier features and marked right or wrong. These are the values an extractor gives on texts it has never
// seen, which the values of today's extractor on the texts it was tuned on are not.
// Each text's project-name candidates (the rules' choice before a verifier read it) go to a second file, described
// with today's name-ranker features: the name ranker's training set.
//   node --import tsx test/tools/arrival-examples.ts <extractor root> <out.jsonl> <names.jsonl> <batch> …
// The extractor root is a checkout (a git worktree) of the commit the batches arrived at.
import fs from 'node:fs';
import path from 'node:path';
import type { Choice } from '../../pipelines/extract/choice.js';
import { VERIFIED_FIELDS, type VerifiedField, verifyContext, verifyFeatures } from '../../pipelines/extract/model/verify-model.js';
import { createParseSandbox } from '../../pipelines/parse/create-sandbox.js';
import { nameCandidates } from '../../pipelines/extract/model/name-model.js';
import { fieldCorrect } from '../../services/cli/extraction-score.js';
import { REAL_TEXTS, realTextFiles } from '../document-type-training.js';
import { judged } from '../verify-training.js';

const [root, out, namesOut, ...batches] = process.argv.slice(2);
if (!root || !out || !namesOut || !batches.length) {
  process.stderr.write('usage: arrival-examples.ts <extractor root> <out.jsonl> <names.jsonl> <batch> …\n');
  process.exit(2);
}
const { explainRecord } = (await import(path.resolve(root, 'pipelines/extract/extract-record.ts'))) as {
  explainRecord: (d: unknown, opts?: { verify?: boolean }) => { record: Record<string, unknown>; choices: Choice<unknown>[] };
};
const { buildView } = (await import(path.resolve(root, 'pipelines/extract/document.ts'))) as {
  buildView: (p: string[]) => Parameters<typeof verifyContext>[0];
};
const sandbox = createParseSandbox({ concurrency: 2, timeoutMs: 60_000, memoryMb: 512, maxPages: 2000, maxBytes: 5e7 });
const lines: string[] = [];
const names: string[] = [];
try {
  for (const { file, batch } of realTextFiles(REAL_TEXTS).filter((f) => batches.includes(f.batch))) {
    const truth = JSON.parse(fs.readFileSync(file.replace(/\.pdf$/, '.truth.json'), 'utf8')) as Record<string, unknown>;
    const parsed = await sandbox.parse(fs.readFileSync(file));
    const { record, choices } = explainRecord(parsed);
    const view = buildView(parsed.pages);
    const ctx = verifyContext(view, (record.documentType as string | null) ?? null, String(record.language), parsed.pages.length);
    if (truth.projectName !== undefined) {
      const unverified = explainRecord(parsed, { verify: false }).choices.find((c) => c.field === 'projectName') as Choice<string>;
      names.push(
        JSON.stringify({
          batch,
          file: path.relative(REAL_TEXTS, file),
          truth: truth.projectName,
          value: record.projectName ?? null,
          candidates: nameCandidates(unverified, ctx).map((c) => ({
            value: c.value,
            name: truth.projectName !== null && fieldCorrect('projectName', truth.projectName, c.value),
            features: c.features,
          })),
        }),
      );
    }
    for (const choice of choices) {
      const field = choice.field as VerifiedField;
      if (!VERIFIED_FIELDS.includes(field) || choice.value === null || !choice.chosen) continue;
      const right = judged(field, truth, choice.value);
      if (right === null) continue;
      lines.push(
        JSON.stringify({
          batch,
          file: path.relative(REAL_TEXTS, file),
          field,
          value: choice.value,
          right,
          features: verifyFeatures(field, choice, ctx),
        }),
      );
    }
  }
} finally {
  await sandbox.close();
}
fs.appendFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
fs.appendFileSync(namesOut, names.length ? `${names.join('\n')}\n` : '');
process.stdout.write(`${lines.length} values from ${batches.join(', ')}\n`);
