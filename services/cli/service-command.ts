// Prints, as JSON, how a service (`api` or `worker`) is started from here: `serviceCommand` of stack.ts, which
// bundles the sources when they changed. Run by services/stack/run-service.mjs (`npm run worker`, `npm run api`).
import { serviceCommand } from '../stack/stack.js';

const name = process.argv[2];
if (name !== 'api' && name !== 'worker') {
  process.stderr.write('usage: service-command.ts api|worker\n');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(serviceCommand(name))}\n`);
