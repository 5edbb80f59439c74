import fs from 'node:fs/promises';
import path from 'node:path';

/** What a running local stack records about itself in `<dataDir>/run/stack.json`. */
export interface StackFile {
  pid: number;
  url: string;
  redisUrl: string;
  meiliUrl: string;
  children: { name: string; pid: number }[];
}

const file = (dataDir: string) => path.join(dataDir, 'run', 'stack.json');

/** Records the running stack, so the CLI tools can find it and a later start can clean up after a crash. */
export async function writeStackFile(dataDir: string, s: StackFile): Promise<void> {
  await fs.mkdir(path.dirname(file(dataDir)), { recursive: true });
  await fs.writeFile(file(dataDir), JSON.stringify(s, null, 2), { mode: 0o600 });
}

export async function readStackFile(dataDir: string): Promise<StackFile | null> {
  try {
    return JSON.parse(await fs.readFile(file(dataDir), 'utf8')) as StackFile;
  } catch {
    return null;
  }
}

export async function removeStackFile(dataDir: string): Promise<void> {
  await fs.rm(file(dataDir), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function cmdline(pid: number): Promise<string> {
  return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ');
}

/**
 * Refuses to start twice on one data dir, and stops the processes a crashed earlier start left
 * behind (only those whose command line is still ours), so they do not hold the data dir's files.
 */
export async function stopStaleStack(dataDir: string, say: (m: string) => void): Promise<void> {
  const s = await readStackFile(dataDir);
  if (!s) return;
  if (s.pid !== process.pid && alive(s.pid) && /serve\.ts/.test(await cmdline(s.pid))) {
    throw new Error(`Lärdom is already running on this data dir (pid ${s.pid}, ${s.url}). Stop it first.`);
  }
  for (const c of s.children) {
    const cmd = await cmdline(c.pid);
    if (c.pid > 0 && alive(c.pid) && /redis-server|meilisearch|services\/(api|worker)\/main\.[jt]s/.test(cmd)) {
      say(`  stopping ${c.name} (pid ${c.pid}) left from an earlier run`);
      process.kill(c.pid, 'SIGTERM');
      for (let i = 0; i < 50 && alive(c.pid); i++) await new Promise((r) => setTimeout(r, 100));
      if (alive(c.pid)) process.kill(c.pid, 'SIGKILL');
    }
  }
  await removeStackFile(dataDir);
}
