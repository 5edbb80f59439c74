import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Config } from '../../../config/load-config.js';
import { AppError } from '../../../shared/errors.js';

/** What a key may do; each role includes the ones before it. */
export type Role = 'read' | 'write' | 'admin';
const RANK: Record<Role, number> = { read: 0, write: 1, admin: 2 };

declare module 'express-serve-static-core' {
  interface Request {
    /** Role of the key the request carried, or null without a (valid) key. */
    role: Role | null;
    /** Short digest of the key, for rate limiting and logs; never the key itself. */
    keyId: string | null;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Reads `Authorization: Bearer <key>` and sets `req.role`. Keys are compared in constant time on
 * digests, so neither a key's content nor its length leaks through timing. A wrong key is refused
 * at once (401), on every endpoint, so guessing is never silent.
 */
export function identify(config: Readonly<Config>): RequestHandler {
  const keys: { digest: Buffer; role: Role }[] = [
    ...(config.adminKey ? [{ digest: digest(config.adminKey), role: 'admin' as const }] : []),
    ...(config.apiKey ? [{ digest: digest(config.apiKey), role: 'write' as const }] : []),
    ...config.readKeys.map((k) => ({ digest: digest(k), role: 'read' as const })),
  ];
  return (req, _res, next) => {
    req.role = null;
    req.keyId = null;
    const header = req.get('authorization');
    if (!header) return next();
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) return next(new AppError('unauthorized', 'Malformed Authorization header: send "Authorization: Bearer <key>".'));
    const d = digest(m[1]!);
    // Compare against every key, so the time taken does not depend on which one matched.
    let found: Role | null = null;
    for (const k of keys) if (timingSafeEqual(d, k.digest)) found = found ?? k.role;
    if (!found) return next(new AppError('unauthorized', 'Wrong API key.'));
    req.role = found;
    req.keyId = d.subarray(0, 8).toString('hex');
    next();
  };
}

/**
 * Requires `Authorization: Bearer <one of keys>` (compared in constant time like `identify`); open when `keys` holds
 * none. For endpoints outside the roles, such as /metrics.
 */
export function requireOneOf(keys: (string | undefined)[], what: string): RequestHandler {
  const digests = keys.filter((k): k is string => !!k).map(digest);
  return (req, _res, next) => {
    if (!digests.length) return next();
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!m) return next(new AppError('unauthorized', `Missing key: send "Authorization: Bearer <${what}>".`));
    const d = digest(m[1]!);
    let ok = false;
    for (const k of digests) ok = timingSafeEqual(d, k) || ok;
    next(ok ? undefined : new AppError('unauthorized', `Wrong key: this endpoint needs the ${what}.`));
  };
}

/** Requires a key of at least `role`. Reads are open when no read key is configured. */
export function requireRole(role: Role, config: Readonly<Config>): RequestHandler {
  return (req: Request, _res, next) => {
    if (role === 'read' && config.readKeys.length === 0) return next();
    if (!req.role) {
      if (role !== 'read' && !config.apiKey && !config.adminKey) {
        return next(new AppError('unauthorized', 'Write access is disabled: the server has no API key configured.'));
      }
      return next(new AppError('unauthorized', 'Missing API key: send "Authorization: Bearer <key>".'));
    }
    if (RANK[req.role] < RANK[role])
      return next(new AppError('forbidden', `This endpoint needs a ${role} key; yours is a ${req.role} key.`));
    next();
  };
}
