import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../../../config/load-config.js';
import { AppError } from '../../../shared/errors.js';
import { identify } from './auth.js';

/** Where the queue dashboard is served. */
export const DASHBOARD_PATH = '/admin/queues';
/** The cookie that lets a browser into the dashboard, sent to the dashboard's path only. */
export const SESSION_COOKIE = 'lardom_admin';
/** How long a dashboard session lasts. */
export const SESSION_MAX_AGE_MS = 8 * 3600_000;

// The cookie holds an expiry and an HMAC of it keyed with the admin key, never the key itself: every API replica
// can check it without shared state, and a new admin key ends every session.
const sign = (adminKey: string, expires: number) =>
  createHmac('sha256', adminKey).update(`lardom-dashboard:${expires}`).digest('base64url');

/** A session value valid until `now + SESSION_MAX_AGE_MS`. */
export function sessionValue(adminKey: string, now = Date.now()): string {
  const expires = Math.floor((now + SESSION_MAX_AGE_MS) / 1000);
  return `${expires}.${sign(adminKey, expires)}`;
}

/** True when `value` was made with this admin key and has not expired. */
export function validSession(value: string | undefined, adminKey: string, now = Date.now()): boolean {
  const m = /^(\d{1,12})\.([\w-]{43})$/.exec(value ?? '');
  if (!m) return false;
  const expires = Number(m[1]);
  if (expires * 1000 <= now || expires * 1000 > now + SESSION_MAX_AGE_MS) return false;
  return timingSafeEqual(Buffer.from(m[2]!), Buffer.from(sign(adminKey, expires)));
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Sets the dashboard cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over HTTPS. */
export function startSession(req: Request, res: Response, adminKey: string): Date {
  const value = sessionValue(adminKey);
  res.cookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: DASHBOARD_PATH,
    maxAge: SESSION_MAX_AGE_MS,
  });
  return new Date(Number(value.split('.')[0]) * 1000);
}

/** Lets a request into the dashboard with `Authorization: Bearer <admin key>` or a valid session cookie. */
export function dashboardAccess(config: Readonly<Config>): RequestHandler {
  const bearer = identify(config);
  return (req, res, next) => {
    const adminKey = config.adminKey;
    if (!adminKey) return next(new AppError('unauthorized', 'The queue dashboard needs an admin key: set LARDOM_ADMIN_KEY.'));
    if (req.get('authorization')) {
      return bearer(req, res, (err?: unknown) => {
        if (err) return next(err);
        if (req.role === 'admin') return next();
        next(new AppError('forbidden', `The queue dashboard needs the admin key; yours is a ${req.role} key.`));
      });
    }
    if (validSession(cookieOf(req, SESSION_COOKIE), adminKey)) return next();
    next(
      new AppError(
        'unauthorized',
        'Open the queue dashboard from the web page (Settings, admin key), or send "Authorization: Bearer <admin key>".',
      ),
    );
  };
}
