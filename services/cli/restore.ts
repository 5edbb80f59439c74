// `npm run restore -- <backup folder>`: fills a new data dir (LARDOM_DATA_DIR, default ./data) from a backup;
// `npm start` then runs on it.
import path from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { restore } from './backup-restore.js';

const say = (m: string) => process.stderr.write(`${m}\n`);
try {
  const from = process.argv[2];
  if (!from) throw new Error('usage: npm run restore -- <backup folder>');
  const config = loadConfig();
  say(`Restoring ${path.resolve(from)} into ${config.dataDir}`);
  const r = await restore(config, path.resolve(from), say);
  say(
    `Restored ${r.records} records, ${r.redisKeys} Redis keys${r.indexedReports != null ? `, ${r.indexedReports} indexed reports` : ''}. Start with "npm start".`,
  );
} catch (err) {
  say(`restore: ${(err as Error).message}`);
  process.exit(1);
}
