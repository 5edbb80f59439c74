// `npm run api` and `npm run worker` go through services/stack/run-service.mjs: the service runs from the bundle
// of the sources that `npm start` uses, in the launcher's own process, with no TypeScript loader.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, outputTail, startProcess, type ManagedProcess } from '../../services/stack/processes.js';
import { serviceEnv, startBackingServices, type BackingServices } from '../../services/stack/stack.js';
import { waitFor } from '../../shared/wait-for.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm run api', () => {
  let tmp: string;
  let services: BackingServices;
  let api: ManagedProcess;
  let baseUrl: string;

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-run-service-'));
    services = await startBackingServices({ dataDir: tmp, persist: false });
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      ...serviceEnv(services, { dataDir: tmp, apiKey: 'run-service-test-key-0123456789', prefix: 'runservice' }),
      PORT: String(port),
    };
    api = startProcess('api', process.execPath, [path.join(root, 'services', 'stack', 'run-service.mjs'), 'api'], { cwd: root, env });
    baseUrl = `http://127.0.0.1:${port}`;
    await waitFor('the API', async () => (await fetch(`${baseUrl}/health/ready`).catch(() => null))?.ok === true, 120_000, 200).catch(
      (err: Error) => {
        throw new Error(`${err.message}\n${outputTail(api)}`);
      },
    );
  }, 180_000);

  afterAll(async () => {
    await api?.stop(5_000);
    await services?.stop();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('runs the bundle, not the sources through tsx, and finds the files it serves', async () => {
    expect(outputTail(api)).not.toMatch(/through tsx|BundleWarning/);
    expect((await fetch(`${baseUrl}/api/docs/assets/swagger-ui.css`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/api/v1/openapi.json`)).status).toBe(200);
  });
});
