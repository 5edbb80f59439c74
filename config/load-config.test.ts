import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireServices } from './load-config.js';

describe('loadConfig', () => {
  it('fills defaults and freezes the result', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.maxUploadBytes).toBe(50 * 1024 * 1024);
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('keeps the archive in the data dir unless an archive dir of its own is set (shared by the API and workers)', () => {
    const c = loadConfig({ LARDOM_DATA_DIR: '/var/lardom' });
    expect(c.archiveDir).toBe('/var/lardom');
    const shared = loadConfig({ LARDOM_DATA_DIR: '/var/lardom', LARDOM_ARCHIVE_DIR: '/mnt/share/lardom' });
    expect(shared).toMatchObject({ dataDir: '/var/lardom', archiveDir: '/mnt/share/lardom' });
    expect(shared.parse.ocr?.cacheDir).toBe('/var/lardom/ocr-cache');
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'abc', REDIS_URL: 'http://x', LARDOM_MAX_UPLOAD_MB: '0', LARDOM_LOG_LEVEL: 'loud' });
      expect.unreachable('loadConfig accepted a bad environment');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'REDIS_URL', 'LARDOM_MAX_UPLOAD_MB', 'LARDOM_LOG_LEVEL']) expect(problems).toContain(name);
    }
  });

  it('refuses a metrics key that is also another key', () => {
    expect(() => loadConfig({ LARDOM_ADMIN_KEY: 'k'.repeat(20), LARDOM_METRICS_KEY: 'k'.repeat(20) })).toThrow(/LARDOM_METRICS_KEY/);
    expect(loadConfig({ LARDOM_METRICS_KEY: 'm'.repeat(20) }).metricsKey).toBe('m'.repeat(20));
    expect(loadConfig({}).shutdownTimeoutMs).toBe(15_000);
  });

  it('takes a link secret of its own, never the Meilisearch master key or an API key', () => {
    const secret = 's'.repeat(32);
    expect(loadConfig({ LARDOM_LINK_SECRET: secret }).linkSecret).toBe(secret);
    expect(loadConfig({}).linkSecret).toBeUndefined();
    expect(loadConfig({}).linkTtlSeconds).toBe(3600);
    expect(() => loadConfig({ LARDOM_LINK_SECRET: secret, MEILI_MASTER_KEY: secret })).toThrow(/LARDOM_LINK_SECRET/);
    expect(() => loadConfig({ LARDOM_LINK_SECRET: secret, LARDOM_READ_KEYS: `r${'x'.repeat(20)},${secret}` })).toThrow(
      /LARDOM_LINK_SECRET/,
    );
    expect(() => loadConfig({ LARDOM_LINK_SECRET: 'short' })).toThrow(/LARDOM_LINK_SECRET/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ REDIS_URL: '', LARDOM_API_KEY: ' ' }).redisUrl).toBeUndefined();
  });

  it('requires the service URLs for the API and workers', () => {
    expect(() => requireServices(loadConfig({}))).toThrow(/REDIS_URL[\s\S]*MEILI_URL[\s\S]*MEILI_MASTER_KEY/);
    const ok = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'k'.repeat(20) });
    expect(() => requireServices(ok)).not.toThrow();
  });
});
