// Stops the local stack's processes when `npm start` itself dies without stopping them (SIGKILL from a
// supervisor after its grace period, the OOM killer). They run in process groups of their own, so nothing
// else reaches them. Runs detached: node watchdog.mjs <stack pid> app:<pid>... server:<pid>...
// In the order of a normal stop: the API and worker first (they notice a lost parent themselves and close
// their queues while Redis is still there), then Meilisearch and Redis. Exits once nothing is left.
import fs from 'node:fs';

const [parentArg, ...rest] = process.argv.slice(2);
const parent = Number(parentArg);
const apps = rest.filter((a) => a.startsWith('app:')).map((a) => Number(a.slice(4)));
const servers = rest.filter((a) => a.startsWith('server:')).map((a) => Number(a.slice(7)));
const OURS = /redis-server|meilisearch|services\/(?:api|worker)\/main/;
const APP_GRACE_MS = 20_000;
const SERVER_GRACE_MS = 10_000;

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
// Only a process whose command line is still the one started (a pid may be reused).
const ours = (pid) => {
  try {
    return OURS.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '));
  } catch {
    return alive(pid);
  }
};
const living = (pids) => pids.filter((pid) => alive(pid) && ours(pid));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the processes are gone, signalling `first` at once and SIGKILL after `graceMs`. */
async function stop(pids, first, graceMs) {
  for (const pid of living(pids)) if (first) process.kill(pid, first);
  const deadline = Date.now() + graceMs;
  while (living(pids).length && Date.now() < deadline) await sleep(200);
  for (const pid of living(pids)) process.kill(pid, 'SIGKILL');
}

while (alive(parent)) {
  if (!living([...apps, ...servers]).length) process.exit(0);
  await sleep(500);
}
// The API and worker stop by themselves when their parent goes; SIGTERM is their normal stop too.
await stop(apps, 'SIGTERM', APP_GRACE_MS);
await stop(servers, 'SIGTERM', SERVER_GRACE_MS);
process.exit(0);
