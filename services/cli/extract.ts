// `npm run --silent extract -- <file-or-folder>...`: prints one JSON line per PDF on stdout (the
// extraction contract), needs no running services, and exits 0 once every file has been tried.
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { toContractRecord } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { extractRecord } from '../../pipelines/extract/extract-record.js';
import { createParseSandbox } from '../../pipelines/parse/parse-sandbox.js';
import { findPdfs } from './ingest-files.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (!args.length) {
  process.stderr.write('usage: npm run --silent extract -- <file-or-folder>...\n');
  process.exit(2);
}
const config = loadConfig();
const files = await findPdfs(args).catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});
const sandbox = createParseSandbox(config.parse);

const display = (f: string) => path.relative(process.cwd(), f) || f;
let done = 0;
let failed = 0;
const started = Date.now();

async function one(file: string): Promise<string> {
  try {
    const st = await fs.stat(file);
    if (st.size > config.parse.maxBytes) throw new AppError('too_large', `The file is ${st.size} bytes; the limit is ${config.parse.maxBytes}.`);
    const doc = await sandbox.parse(await fs.readFile(file));
    return JSON.stringify(toContractRecord(display(file), extractRecord(doc)));
  } catch (err) {
    failed++;
    const e = err instanceof AppError ? err : new AppError('internal', (err as Error)?.message ?? String(err));
    return JSON.stringify({ file: display(file), error: { code: e.code, message: e.message } });
  }
}

// Parse in parallel (the sandbox bounds concurrency); print as each finishes.
let next = 0;
const runners = Array.from({ length: Math.max(1, config.parse.concurrency * 2) }, async () => {
  while (next < files.length) {
    const file = files[next++]!;
    const line = await one(file);
    process.stdout.write(`${line}\n`);
    done++;
    if (process.stderr.isTTY && done % 10 === 0) process.stderr.write(`\r${done}/${files.length}`);
  }
});
await Promise.all(runners);
await sandbox.close();
process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}${files.length} files, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
