// The container image runs the compiled JavaScript (npm run build → dist/), not tsx. This builds it into a
// folder laid out like the image (package.json, node_modules, dist/; no TypeScript sources), runs the
// compiled API and worker against a real Redis and Meilisearch, and puts a report through every stage,
// so the parse sandbox's threads load compiled code too.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, outputTail, startProcess, type ManagedProcess } from '../../services/stack/processes.js';
import { serviceEnv, startBackingServices, type BackingServices } from '../../services/stack/stack.js';
import { waitFor } from '../../shared/wait-for.js';
import { FIXTURES } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the compiled build', () => {
  let tmp: string;
  let app: string;
  let services: BackingServices;
  const procs: ManagedProcess[] = [];
  let baseUrl: string;
  const apiKey = 'compiled-build-test-key-0123456789';

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'lardom-compiled-'));
    app = path.join(tmp, 'app');
    await fs.mkdir(app);
    await fs.copyFile(path.join(root, 'package.json'), path.join(app, 'package.json'));
    await fs.symlink(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir');
    await promisify(execFile)(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', path.join(app, 'dist')],
      {
        cwd: root,
      },
    );

    const dataDir = path.join(tmp, 'data');
    services = await startBackingServices({ dataDir, persist: false });
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      ...serviceEnv(services, { dataDir, apiKey, prefix: 'compiled' }),
      LARDOM_INDEX_BATCH_MS: '50',
      PORT: String(port),
    };
    for (const name of ['worker', 'api']) {
      procs.push(startProcess(name, process.execPath, [path.join(app, 'dist', 'services', name, 'main.js')], { cwd: app, env }));
    }
    baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(
      'the compiled API',
      async () => (await fetch(`${baseUrl}/health/ready`).catch(() => null))?.ok === true,
      60_000,
      200,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n${procs.map(outputTail).join('\n')}`);
    });
  }, 180_000);

  afterAll(async () => {
    for (const p of procs.reverse()) await p.stop(5_000);
    await services?.stop();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('holds JavaScript only: no TypeScript source is there to fall back on', async () => {
    const files = (await fs.readdir(path.join(app, 'dist'), { recursive: true })) as string[];
    expect(files).toContain(path.join('services', 'api', 'main.js'));
    expect(files).toContain(path.join('pipelines', 'parse', 'parse-thread.js'));
    expect(files).toContain(path.join('services', 'worker', 'healthcheck.js'));
    expect(files).toContain(path.join('shared', 'data', 'kommuner.json'));
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
    for (const p of procs) expect(p.child.spawnargs.join(' ')).not.toMatch(/tsx/);
  });

  it('reads, extracts and indexes an uploaded report', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'reports', 'r00004.pdf'));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'r00004.pdf');
    const res = await fetch(`${baseUrl}/api/v1/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${apiKey}` } });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    let doc: { status: string; error?: unknown; record?: { projectName: string | null; lessonsLearned: string[] } } = { status: '' };
    const deadline = Date.now() + 60_000;
    while (!['indexed', 'failed'].includes(doc.status) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      doc = (await (await fetch(`${baseUrl}/api/v1/documents/${id}`)).json()) as typeof doc;
    }
    expect(doc.status, `${JSON.stringify(doc.error)}\n${procs.map(outputTail).join('\n')}`).toBe('indexed');
    expect(doc.record?.projectName).toBeTruthy();
    const search = (await (await fetch(`${baseUrl}/api/v1/search?q=${encodeURIComponent(doc.record!.projectName!)}`)).json()) as {
      hits: { id: string }[];
    };
    expect(search.hits.map((h) => h.id)).toContain(id);
  });
});
