import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../stack/stack.js';
import { WEB_DIST } from '../api/routes/web.route.js';

const WEB_SRC = path.join(PROJECT_ROOT, 'services', 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web page when its build is missing or older than its sources. */
export function ensureWebBuilt(say: (m: string) => void): void {
  if (!fs.existsSync(WEB_SRC)) return;
  const index = path.join(WEB_DIST, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built && built >= newestMtime(WEB_SRC)) return;
  say('  building the web page…');
  const res = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build:web'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (res.status !== 0) throw new Error('Building the web page failed (npm run build:web); see the messages above.');
}
