import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/load-config.js';
import { readStackFile } from './stack-file.js';

/**
 * Where the CLI tools find the services: the environment first (REDIS_URL, MEILI_URL,
 * MEILI_MASTER_KEY), otherwise the local stack that `npm start` runs on the same data dir.
 */
export async function resolveServices(config: Readonly<Config>): Promise<{ redisUrl: string; meiliUrl?: string; meiliMasterKey?: string }> {
  const stack = await readStackFile(config.dataDir);
  const redisUrl = config.redisUrl ?? stack?.redisUrl;
  if (!redisUrl) {
    throw new Error(
      `No Redis to talk to: start Lärdom with "npm start" (data dir ${config.dataDir}), or set REDIS_URL (and MEILI_URL, MEILI_MASTER_KEY).`,
    );
  }
  const meiliUrl = config.meiliUrl ?? stack?.meiliUrl;
  let meiliMasterKey = config.meiliMasterKey;
  if (!meiliMasterKey && !config.meiliUrl) {
    meiliMasterKey =
      (await fs.readFile(path.join(config.dataDir, 'secrets', 'meili-master-key'), 'utf8').catch(() => '')).trim() || undefined;
  }
  return { redisUrl, ...(meiliUrl ? { meiliUrl } : {}), ...(meiliMasterKey ? { meiliMasterKey } : {}) };
}
