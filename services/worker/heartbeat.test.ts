import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEARTBEAT_MAX_AGE_MS, heartbeatFresh, startHeartbeat } from './heartbeat.js';

describe('the worker heartbeat', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-heartbeat-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('is written while healthy and removed when stopped', async () => {
    const file = path.join(dir, 'run', 'worker.alive');
    const stop = startHeartbeat(
      file,
      () => true,
      (err) => {
        throw err;
      },
    );
    await expect
      .poll(() =>
        fs.stat(file).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    expect((await heartbeatFresh(file)).ok).toBe(true);
    await stop();
    expect(await heartbeatFresh(file)).toMatchObject({ ok: false, why: expect.stringMatching(/^no heartbeat/) });
  });

  it('is not written while unhealthy', async () => {
    const file = path.join(dir, 'worker.alive');
    const stop = startHeartbeat(
      file,
      () => false,
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect((await heartbeatFresh(file)).ok).toBe(false);
    await stop();
  });

  it('counts as stale past its age limit', async () => {
    const file = path.join(dir, 'worker.alive');
    await fs.writeFile(file, 'x');
    const old = new Date(Date.now() - HEARTBEAT_MAX_AGE_MS - 5_000);
    await fs.utimes(file, old, old);
    expect(await heartbeatFresh(file)).toMatchObject({ ok: false, why: expect.stringMatching(/s ago \(more than 30 s\)$/) });
    expect((await heartbeatFresh(file, old.getTime() + 1_000)).ok).toBe(true);
  });
});
