/**
 * The extraction fixtures, read once for the tests that score them or freeze their output: the hand-written
 * report texts (page texts in JSON), the development-corpus subset and the real report texts (PDFs with
 * truth beside them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createParseSandbox } from '../pipelines/parse/create-sandbox.js';
import { extractRecord } from '../pipelines/extract/extract-record.js';
import { toContractRecord } from '../shared/contract.js';
import type { ParsedDocument } from '../shared/types/record.js';

export const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');

export interface ScoredDoc {
  file: string;
  truth: Record<string, unknown>;
  pred: Record<string, unknown>;
}

interface ReportText {
  id: string;
  info?: { title?: string | null; author?: string | null };
  pages: string[];
  truth: Record<string, unknown>;
}

/** The hand-written report texts as documents to extract, each with its id and truth. */
export function reportTexts(): { id: string; doc: ParsedDocument; truth: Record<string, unknown> }[] {
  const dir = path.join(FIXTURES, 'report-texts');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ReportText)
    .map((r) => ({
      id: r.id,
      truth: r.truth,
      doc: { pages: r.pages, info: { title: r.info?.title ?? null, author: r.info?.author ?? null, creator: null, producer: null } },
    }));
}

/** The hand-written report texts, extracted from their page texts. */
export function reportTextDocs(): ScoredDoc[] {
  return reportTexts().map((r) => ({ file: r.id, truth: r.truth, pred: toContractRecord(r.id, extractRecord(r.doc)) }));
}

/** Every PDF below `dir` (one level of batch folders) with its `<name>.truth.json`, parsed and extracted. */
export async function pdfDocs(dir: string): Promise<ScoredDoc[]> {
  const files: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.pdf')) files.push(path.join(dir, e.name));
    if (e.isDirectory())
      for (const f of fs.readdirSync(path.join(dir, e.name))) if (f.endsWith('.pdf')) files.push(path.join(dir, e.name, f));
  }
  files.sort();
  // The fixtures are small PDFs that parse in well under a second; the limit is wide because a machine busy with
  // trainings once took over a minute on one of them, and a fixture that times out says nothing about extraction.
  const sandbox = createParseSandbox({ concurrency: 2, timeoutMs: 300_000, memoryMb: 512, maxPages: 2000, maxBytes: 50 * 1024 * 1024 });
  try {
    return await Promise.all(
      files.map(async (f) => {
        const parsed = await sandbox.parse(fs.readFileSync(f));
        const truth = JSON.parse(fs.readFileSync(f.replace(/\.pdf$/, '.truth.json'), 'utf8')) as Record<string, unknown>;
        const id = path.relative(dir, f).replace(/\.pdf$/, '');
        return { file: id, truth, pred: toContractRecord(id, extractRecord(parsed)) };
      }),
    );
  } finally {
    await sandbox.close();
  }
}
