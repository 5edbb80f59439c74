// `npm run ingest -- <folder-or-files>`: queues every document, shows progress until each one is indexed
// or failed, prints a summary, and exits 0 once all were processed. `--watch <folder>` ingests what arrives there.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../config/load-config.js';
import { Archive } from '../../shared/archive.js';
import { DocumentStore } from '../../shared/clients/document-store.js';
import { closeQueues, createQueues } from '../../shared/clients/queues.js';
import { createRedis, waitForRedis } from '../../shared/clients/redis.js';
import { resolveServices } from './connect.js';
import { findDocuments, ingestFiles } from './ingest-files.js';
import { watchFolder } from './watch-folder.js';

const say = (m: string) => process.stderr.write(`${m}\n`);
const { values: opts, positionals: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  allowPositionals: true,
  options: { watch: { type: 'string' }, interval: { type: 'string', default: '5000' } },
});
if (!args.length && !opts.watch) {
  say('usage: npm run ingest -- <folder-or-file>...\n       npm run ingest -- --watch <folder> [--interval <ms>]');
  process.exit(2);
}

try {
  const config = loadConfig();
  const files = opts.watch ? [] : await findDocuments(args);
  const { redisUrl } = await resolveServices(config);
  const redis = createRedis(redisUrl, 'producer', 'ingest');
  redis.on('error', () => undefined);
  await waitForRedis(redis, 5_000).catch(() => {
    throw new Error(`Redis at ${redisUrl} does not answer. Is "npm start" running?`);
  });
  const queues = createQueues(redis, config.queuePrefix);
  if (opts.watch) {
    const intervalMs = Number(opts.interval);
    if (!Number.isInteger(intervalMs) || intervalMs < 200) throw new Error('--interval takes milliseconds, at least 200');
    const stat = await fs.stat(opts.watch).catch(() => null);
    if (!stat?.isDirectory()) throw new Error(`No such folder: ${opts.watch}`);
    const stop = new AbortController();
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => stop.abort());
    say(`Watching ${path.resolve(opts.watch)} every ${intervalMs} ms (Ctrl-C stops). Files are taken once they stop changing.`);
    await watchFolder(
      {
        archive: new Archive(config.archiveDir),
        documents: new DocumentStore(redis, config.queuePrefix),
        queues,
        maxBytes: config.maxUploadBytes,
      },
      opts.watch,
      {
        intervalMs,
        signal: stop.signal,
        onOutcome: (file, o) =>
          say(
            o.status === 'failed'
              ? `✗ ${file}: ${o.code}: ${o.message}`
              : `${o.status === 'indexed' ? '✓ indexed  ' : '= duplicate'} ${file} (${o.id.slice(0, 12)})`,
          ),
      },
    );
    await closeQueues(queues);
    await redis.quit();
    process.exit(0);
  }
  const bar = new cliProgress.SingleBar(
    { format: 'Ingesting [{bar}] {value}/{total} {percentage}% | {duration_formatted}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(files.length, 0);
  const summary = await ingestFiles(
    {
      archive: new Archive(config.archiveDir),
      documents: new DocumentStore(redis, config.queuePrefix),
      queues,
      maxBytes: config.maxUploadBytes,
    },
    files,
    'cli',
    (done) => bar.update(done),
  );
  bar.stop();
  await closeQueues(queues);
  await redis.quit();

  say(`\n${summary.total} files: ${summary.indexed} indexed, ${summary.duplicates} duplicates, ${summary.failed} failed`);
  for (const [code, n] of Object.entries(summary.failedByCode).sort()) say(`  ${code}: ${n}`);
  for (const f of summary.failures.slice(0, 20)) say(`  ✗ ${f.file}: ${f.code}: ${f.message}`);
  if (summary.failures.length > 20) say(`  … and ${summary.failures.length - 20} more`);
  // The summary as JSON on stdout, for scripts.
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} catch (err) {
  say(`ingest: ${(err as Error).message}`);
  process.exit(1);
}
