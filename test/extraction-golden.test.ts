import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, pdfDocs, reportTextDocs } from './extraction-fixtures.js';

// Today's extraction output over every fixture, frozen. A change to the extractor that changes any output
// shows here, field by field; when the change is meant, `npm run golden` writes the new output and the
// commit carries the diff of test/fixtures/extraction-golden.jsonl.
const GOLDEN = path.join(FIXTURES, 'extraction-golden.jsonl');

describe('extraction output over every fixture', () => {
  it('equals the frozen output', { timeout: 180_000 }, async () => {
    const docs = [
      ...reportTextDocs().map((d) => ({ ...d, set: 'report-texts' })),
      ...(await pdfDocs(path.join(FIXTURES, 'extraction'))).map((d) => ({ ...d, set: 'extraction' })),
      ...(await pdfDocs(path.join(FIXTURES, 'real-texts'))).map((d) => ({ ...d, set: 'real-texts' })),
    ];
    const lines = docs.map((d) => JSON.stringify({ set: d.set, ...d.pred }));
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, `${lines.join('\n')}\n`);
    const frozen = fs.readFileSync(GOLDEN, 'utf8').trim().split('\n');
    const key = (l: string) => {
      const o = JSON.parse(l) as { set: string; file: string };
      return `${o.set}/${o.file}`;
    };
    const want = new Map(frozen.map((l) => [key(l), l]));
    const changed: string[] = [];
    for (const l of lines) {
      const w = want.get(key(l));
      if (w !== l) changed.push(`${key(l)}\n  was ${w ?? '(new)'}\n  now ${l}`);
      want.delete(key(l));
    }
    for (const k of want.keys()) changed.push(`${k}: no longer extracted`);
    expect(
      changed,
      `output changed for ${changed.length} fixtures (run \`npm run golden\` when meant):\n${changed.slice(0, 10).join('\n')}`,
    ).toEqual([]);
  });
});
