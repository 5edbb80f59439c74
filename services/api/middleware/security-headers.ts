import type { RequestHandler } from 'express';
import helmet, { contentSecurityPolicy } from 'helmet';

type Directives = Record<string, string[] | null>;

/**
 * The Content-Security-Policy of every page the API serves: its own scripts, styles, images and API only; no inline
 * script, no plugin, no framing by other sites. No upgrade-insecure-requests: the API is often reached over plain
 * HTTP inside a network (docker compose), where upgrading would break every asset.
 */
export const BASE_CSP: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
};

/** Helmet's security headers (HSTS, nosniff, frame options, referrer policy, COOP/CORP, …) with the CSP above. */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives: BASE_CSP } }) as unknown as RequestHandler;
}

/**
 * A CSP for one route that needs more than the base, replacing the base header there. (Swagger UI at /api/docs
 * works under the base policy: its page loads the bundle and its start script from files.)
 */
export function routeCsp(extra: Directives): RequestHandler {
  return contentSecurityPolicy({ useDefaults: false, directives: { ...BASE_CSP, ...extra } }) as unknown as RequestHandler;
}

/** Inline styles allowed (never inline scripts): the queue dashboard's React app styles elements inline. */
export const INLINE_STYLES: Directives = { 'style-src': ["'self'", "'unsafe-inline'"] };
