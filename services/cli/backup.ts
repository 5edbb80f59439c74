// `npm run backup [-- --out DIR]`: a backup of the running Lärdom (archive, Meilisearch dump, Redis) in a new
// folder, by default backups/lardom-<time> beside the data dir.
import path from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { backup } from './backup-restore.js';
import { resolveServices } from './connect.js';

const say = (m: string) => process.stderr.write(`${m}\n`);
try {
  const config = loadConfig();
  const at = process.argv.indexOf('--out');
  const out = path.resolve(
    at > 0 && process.argv[at + 1]
      ? process.argv[at + 1]!
      : path.join(path.dirname(config.dataDir), 'backups', `lardom-${new Date().toISOString().replace(/[:.]/g, '-')}`),
  );
  const { redisUrl, meiliUrl, meiliMasterKey } = await resolveServices(config);
  if (!meiliUrl || !meiliMasterKey) throw new Error('No Meilisearch: run "npm start", or set MEILI_URL and MEILI_MASTER_KEY.');
  const m = await backup(config, { redisUrl, meiliUrl, meiliMasterKey }, out);
  say(`Backup written to ${out}: ${m.records} records, ${m.redisKeys} Redis keys, ${m.indexedReports} indexed reports.`);
  if ('uid' in m.meilisearch) say(`  The Meilisearch dump stays on its server: ${m.meilisearch.note}`);
  say(`Restore it into a new data dir with: LARDOM_DATA_DIR=<new dir> npm run restore -- ${out}`);
} catch (err) {
  say(`backup: ${(err as Error).message}`);
  process.exit(1);
}
