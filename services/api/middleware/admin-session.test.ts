import { describe, expect, it } from 'vitest';
import { SESSION_MAX_AGE_MS, sessionValue, validSession } from './admin-session.js';

describe('the queue dashboard session cookie', () => {
  const key = 'an-admin-key-of-some-length-0123';
  const now = Date.UTC(2025, 0, 1, 12);

  it('holds an expiry and a signature, never the key', () => {
    const v = sessionValue(key, now);
    expect(v).toMatch(/^\d+\.[\w-]{43}$/);
    expect(v).not.toContain(key);
    expect(Number(v.split('.')[0]) * 1000).toBe(now + SESSION_MAX_AGE_MS);
  });

  it('is valid until it expires, with the key that made it only', () => {
    const v = sessionValue(key, now);
    expect(validSession(v, key, now)).toBe(true);
    expect(validSession(v, key, now + SESSION_MAX_AGE_MS - 1000)).toBe(true);
    expect(validSession(v, key, now + SESSION_MAX_AGE_MS)).toBe(false);
    expect(validSession(v, `${key}x`, now)).toBe(false);
  });

  it('refuses a changed expiry, a changed signature and anything malformed', () => {
    const v = sessionValue(key, now);
    const [expires, mac] = v.split('.') as [string, string];
    expect(validSession(`${Number(expires) + 1}.${mac}`, key, now)).toBe(false);
    expect(validSession(`${expires}.${mac.slice(1)}A`, key, now)).toBe(false);
    // Signed by the key but for longer than a session lasts (made far in the future): refused.
    expect(validSession(sessionValue(key, now + 3600_000), key, now)).toBe(false);
    for (const bad of [undefined, '', key, `${expires}.`, `.${mac}`, `${expires}.${mac}.x`])
      expect(validSession(bad, key, now)).toBe(false);
  });
});
