import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStackFile } from '../../services/cli/stack-file.js';
import { freePort } from '../../services/stack/processes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start killed outright', () => {
  const dataDir = path.join(os.tmpdir(), `lardom-kill-${process.pid}-${Date.now()}`);
  let pids: number[] = [];
  let servePid = 0;
  afterAll(async () => {
    for (const pid of [servePid, ...pids]) if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no Redis, Meilisearch, API or worker running', { timeout: 240_000 }, async () => {
    await fs.mkdir(dataDir, { recursive: true });
    // The samples are not what this is about.
    await fs.writeFile(path.join(dataDir, '.samples-ingested'), '');
    const port = await freePort();
    const serve = spawn(process.execPath, ['--import', 'tsx', 'services/cli/serve.ts'], {
      cwd: ROOT,
      env: { ...process.env, LARDOM_DATA_DIR: dataDir, PORT: String(port), REDIS_URL: '', MEILI_URL: '', MEILI_MASTER_KEY: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    servePid = serve.pid ?? 0;
    let out = '';
    await new Promise<void>((resolve, reject) => {
      serve.stderr!.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('Lärdom is running')) resolve();
      });
      serve.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`)));
    });
    const stack = await readStackFile(dataDir);
    pids = stack!.children.map((c) => c.pid);
    expect(stack!.children.map((c) => c.name).sort()).toEqual(['api', 'meilisearch', 'redis', 'worker']);
    expect(pids.every(alive)).toBe(true);
    // The API and worker run a bundle of the sources (no TypeScript loader), and the bundled API still finds the
    // files it serves beside the sources: the web page's build and the API docs' assets.
    for (const c of stack!.children.filter((c) => c.name === 'api' || c.name === 'worker')) {
      const args = (await fs.readFile(`/proc/${c.pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
      expect(args).not.toContain('tsx');
      expect(path.relative(ROOT, args.at(-1)!)).toMatch(new RegExp(`^\\.cache/${c.name}/[0-9a-f]{16}/services/${c.name}/main\\.js$`));
    }
    const page = await fetch(`${stack!.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const docs = await fetch(`${stack!.url}/api/docs/assets/swagger-ui.css`);
    expect(docs.status).toBe(200);

    serve.kill('SIGKILL');
    // Each process notices on its own (the API and worker watch their parent; a watchdog stops the servers).
    const deadline = Date.now() + 60_000;
    while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(stack!.children.filter((c) => alive(c.pid))).toEqual([]);
  });
});
