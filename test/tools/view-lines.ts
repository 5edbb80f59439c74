import fs from 'node:fs';
import { createParseSandbox } from '../../pipelines/parse/create-sandbox.js';
import { buildView } from '../../pipelines/extract/document.js';
const sb = createParseSandbox({ concurrency: 1, timeoutMs: 60000, memoryMb: 512, maxPages: 2000, maxBytes: 5e7 });
const p = await sb.parse(fs.readFileSync(process.argv[2]!));
await sb.close();
const v = buildView(p.pages);
const n = Number(process.argv[3] ?? 30);
v.lines.slice(0, n).forEach((l, i) => console.log(i, v.roles[i], JSON.stringify(l.text)));
console.log(
  v.labels
    .slice(0, 15)
    .map((h) => `${h.lineIndex} ${h.field} ${h.label} = ${h.value}`)
    .join('\n'),
);
