import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../../../shared/errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Requires `Authorization: Bearer <key>`. Compared in constant time on digests, so neither the
 * key's content nor its length leaks through timing. With no key configured, every call is refused.
 */
export function requireApiKey(apiKey: string | undefined): RequestHandler {
  const expected = apiKey ? digest(apiKey) : null;
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!expected) return next(new AppError('unauthorized', 'Write access is disabled: the server has no API key configured.'));
    if (!m) return next(new AppError('unauthorized', 'Missing API key: send "Authorization: Bearer <key>".'));
    if (!timingSafeEqual(digest(m[1]!), expected)) return next(new AppError('unauthorized', 'Wrong API key.'));
    next();
  };
}
