// `npm run --silent extract -- <file-or-folder>...`: prints one JSON line per PDF on stdout (the
// extraction contract), needs no running services, and exits 0 once every file has been tried.
import path from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { toContractRecord } from '../../shared/contract.js';
import { explainFile } from './explain.js';
import { extractFiles } from './extract-files.js';
import { findDocuments } from './ingest-files.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (!args.length || (args[0] === '--why' && args.length !== 2)) {
  process.stderr.write('usage: npm run --silent extract -- <file-or-folder>...\n       npm run --silent extract -- --why <file>\n');
  process.exit(2);
}
const config = loadConfig();
if (args[0] === '--why') {
  process.exitCode = await explainFile(args[1]!, config);
  process.exit();
}
const files = await findDocuments(args).catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});

const display = (f: string) => path.relative(process.cwd(), f) || f;
let done = 0;
let failed = 0;
const started = Date.now();
await extractFiles(files, config, (r) => {
  if ('error' in r) failed++;
  process.stdout.write(
    `${JSON.stringify('error' in r ? { file: display(r.file), error: r.error } : toContractRecord(display(r.file), r.record))}\n`,
  );
  done++;
  if (process.stderr.isTTY && done % 10 === 0) process.stderr.write(`\r${done}/${files.length}`);
});
process.stderr.write(
  `${process.stderr.isTTY ? '\r' : ''}${files.length} files, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
