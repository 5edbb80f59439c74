// Extraction speed, measured side by side in one run: what `npm run extract` does for a folder of reports (PDFs read in
// the parse sandbox's threads, records extracted in the extraction sandbox's threads, each under its time limit)
// against pdf-parse alone on the same files; and extraction alone in this thread on the same text repeated 1, 2, 4 and
// 8 times, whose cost per kB tells whether it stays linear in the text's length.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/load-config.js';
import { extractRecord } from '../../pipelines/extract/extract-record.js';
import { parsePdf } from '../../pipelines/parse/parse-pdf.js';
import { extractFiles } from '../../services/cli/extract-files.js';
import type { ParsedDocument } from '../../shared/types/record.js';
import { median } from './stats.js';

export interface ExtractSpeed {
  reports: number;
  failed: number;
  /** `npm run extract`'s work over the reports, from the first file read to the last record: median of the runs. */
  commandS: number;
  /** pdf-parse alone over the same files in this thread (reading the files not timed): median of the runs. */
  pdfParseAloneS: number;
  /** extractRecord alone over the parsed reports in this thread, once warm. */
  extractAloneS: number;
  /** extractRecord over one text repeated `times` times: its length and the median milliseconds per kB. */
  lengths: { times: number; kB: number; msPerKb: number }[];
}

const REPEATS = 3;

/** Times the extraction of `files` as `npm run extract` does it, and extraction alone over growing texts. */
export async function measureExtraction(files: string[], config: Readonly<Config>, log: (s: string) => void): Promise<ExtractSpeed> {
  const commandMs: number[] = [];
  let failed = 0;
  for (let i = 0; i < REPEATS; i++) {
    log(`extraction: ${files.length} reports as \`npm run extract\` reads them (run ${i + 1}/${REPEATS})`);
    failed = 0;
    const t = performance.now();
    await extractFiles(files, config, (r) => {
      if ('error' in r) failed++;
    });
    commandMs.push(performance.now() - t);
  }
  const limits = { maxPages: 2000, maxBytes: 50 * 1024 * 1024 };
  const docs: ParsedDocument[] = [];
  const parseMs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    let ms = 0;
    for (const file of files) {
      const bytes = await fs.readFile(file);
      const t = performance.now();
      try {
        const doc = await parsePdf(bytes, limits);
        if (i === 0) docs.push({ ...doc, format: 'pdf' });
      } catch {}
      ms += performance.now() - t;
    }
    parseMs.push(ms);
  }
  for (const d of docs) extractRecord(d); // warm
  let t = performance.now();
  for (const d of docs) extractRecord(d);
  const extractAloneMs = performance.now() - t;
  // The longest reports' text, repeated: prose, tables and lists as reports have them.
  const base = [...docs]
    .sort((a, b) => b.pages.join('').length - a.pages.join('').length)
    .slice(0, 10)
    .flatMap((d) => d.pages);
  const lengths: ExtractSpeed['lengths'] = [];
  for (const times of [1, 2, 4, 8]) {
    const pages = Array.from({ length: times }, () => base).flat();
    const doc: ParsedDocument = { ...docs[0]!, pages };
    const kB = pages.join('\n').length / 1000;
    const runs: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      t = performance.now();
      extractRecord(doc);
      runs.push((performance.now() - t) / kB);
    }
    lengths.push({ times, kB: Math.round(kB), msPerKb: median(runs) });
  }
  return {
    reports: files.length,
    failed,
    commandS: median(commandMs) / 1000,
    pdfParseAloneS: median(parseMs) / 1000,
    extractAloneS: extractAloneMs / 1000,
    lengths,
  };
}

/** The figures as text. */
export function renderExtraction(x: ExtractSpeed, dir: string): string {
  const fmt = (v: number, d = 2) => v.toFixed(d);
  const first = x.lengths[0]!;
  const last = x.lengths[x.lengths.length - 1]!;
  return (
    `\nExtraction (${x.reports} reports from ${path.basename(dir)}; ${x.failed} failed):` +
    `\n  as \`npm run extract\` does it: ${fmt(x.commandS)} s (median of ${REPEATS}); pdf-parse alone on the same files ${fmt(x.pdfParseAloneS)} s: ${fmt(x.commandS / x.pdfParseAloneS)}×` +
    `\n  extractRecord alone in one thread, once warm: ${fmt(x.extractAloneS)} s (${fmt((1000 * x.extractAloneS) / x.reports, 1)} ms per report)` +
    `\n  by length (the longest reports' text repeated): ${x.lengths.map((l) => `${l.kB} kB ${fmt(l.msPerKb)} ms/kB`).join(', ')}; ` +
    `cost per kB at ${last.times}× the length against 1×: ${fmt(last.msPerKb / first.msPerKb)} (1.00 is linear)`
  );
}
