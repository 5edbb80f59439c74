// `npm run reindex [-- --re-extract]`: rebuilds the search index from the archive without parsing
// again (after a settings change, or to apply a newer extractor with --re-extract), then asks the worker to
// group every lesson anew.
import { loadConfig } from '../../config/load-config.js';
import { Archive } from '../../shared/archive.js';
import { RecordVersions } from '../../shared/clients/record-versions.js';
import { createRedis } from '../../shared/clients/redis.js';
import { LessonGroupsStore } from '../../shared/clients/lesson-groups-store.js';
import { closeQueues, createQueues, requestLessonGroups } from '../../shared/clients/queues.js';
import { SearchIndex } from '../../shared/clients/search-index.js';
import { rebuildIndex } from '../../pipelines/index/rebuild-index.js';
import { createExtractSandbox } from '../../pipelines/parse/create-sandbox.js';
import { resolveServices } from './connect.js';

const say = (m: string) => process.stderr.write(`${m}\n`);
const reExtract = process.argv.includes('--re-extract');
try {
  const config = loadConfig();
  const { redisUrl, meiliUrl, meiliMasterKey } = await resolveServices(config);
  if (!meiliUrl || !meiliMasterKey) throw new Error('No Meilisearch: run "npm start", or set MEILI_URL and MEILI_MASTER_KEY.');
  const search = new SearchIndex(meiliUrl, meiliMasterKey, config.indexPrefix);
  if (!(await search.healthy())) throw new Error(`Meilisearch at ${meiliUrl} does not answer.`);
  const started = Date.now();
  // Re-extraction runs in the sandbox, under the same time limit as the worker's extract stage.
  const sandbox = reExtract ? createExtractSandbox(config.parse) : null;
  // Redis holds the records' versions: a correction made while the rebuild runs is not lost by the swap.
  const redis = createRedis(redisUrl, 'producer', 'reindex');
  const count = await rebuildIndex(
    { archive: new Archive(config.archiveDir), search, versions: new RecordVersions(redis, config.queuePrefix) },
    {
      ...(sandbox ? { reExtract: (doc) => sandbox.extract(doc) } : {}),
      onExtractError: (id, err) => say(`  ${id}: kept its earlier record (${err.message})`),
      onProgress: (n) => {
        say(`  ${n} reports…`);
      },
    },
  )
    // Lessons may have changed (a newer extractor): the worker groups every lesson anew.
    .then(async (n) => {
      const queues = createQueues(redis, config.queuePrefix);
      await requestLessonGroups(queues.lessonGroups, new LessonGroupsStore(redis, config.queuePrefix), [], true).finally(() =>
        closeQueues(queues),
      );
      return n;
    })
    .finally(async () => {
      await sandbox?.close();
      redis.disconnect();
    });
  say(
    `Reindexed ${count} reports from the archive in ${((Date.now() - started) / 1000).toFixed(1)} s${reExtract ? ' (re-extracted)' : ''}.`,
  );
} catch (err) {
  say(`reindex: ${(err as Error).message}`);
  process.exit(1);
}
