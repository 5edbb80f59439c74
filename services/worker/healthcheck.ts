// Health check of a worker container: exits 0 while the worker's heartbeat file (LARDOM_HEARTBEAT_FILE) is fresh,
// 1 otherwise. docker-compose.yml runs it as `node dist/services/worker/healthcheck.js`.
import { loadConfig } from '../../config/load-config.js';
import { heartbeatFresh } from './heartbeat.js';

const config = loadConfig();
if (!config.heartbeatFile) {
  process.stderr.write('LARDOM_HEARTBEAT_FILE is not set: the worker writes no heartbeat to check.\n');
  process.exit(1);
}
const { ok, why } = await heartbeatFresh(config.heartbeatFile);
process.stdout.write(`${ok ? 'healthy' : 'unhealthy'}: ${why}\n`);
process.exit(ok ? 0 : 1);
