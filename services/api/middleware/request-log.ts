import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../../../shared/logger.js';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    log: Logger;
    /** Pattern of the route that answered (`/api/v1/documents/:id`), set when Express matches one. */
    routePattern?: string;
  }
}

/** The route label of requests that no route answered: static files, refused keys, unknown paths. */
export const NO_ROUTE = '(no route)';

/** The route pattern a request was answered by, for logs and metrics (never the raw path: ids stay out). */
export function routeOf(req: Request): string {
  return req.routePattern ?? NO_ROUTE;
}

/**
 * Keeps the full pattern of the route Express matches. Express sets `req.route` when a route takes the request,
 * while `req.baseUrl` still holds the mount path of its router; by the time the response finishes (after an error,
 * say) the mount path may be gone, so it is read at that moment.
 */
function captureRoute(req: Request): void {
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set: (r: { path?: unknown } | undefined) => {
      route = r;
      if (r?.path !== undefined) req.routePattern = `${req.baseUrl}${Array.isArray(r.path) ? r.path.join('|') : String(r.path)}`;
    },
  });
}

/**
 * Access log (pino-http): every request gets an id (a well-formed incoming x-request-id, or a new one, echoed in
 * the response) and a child logger `req.log`, and one line when it finishes: request id, method, route pattern,
 * path, status and milliseconds, at info (error for 5xx). Nothing else of the request is logged: no headers, so
 * no key, Authorization or cookie, and no query string.
 */
export function requestLog(log: Logger): RequestHandler {
  const line = (req: IncomingMessage, res: ServerResponse, ms: number) => {
    const r = req as Request;
    return { method: r.method, route: routeOf(r), path: r.originalUrl.split('?')[0], status: res.statusCode, ms };
  };
  const http = pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    customSuccessObject: (req, res, val: { responseTime: number }) => line(req, res, val.responseTime),
    customErrorObject: (req, res, _err, val: { responseTime: number }) => line(req, res, val.responseTime),
  });
  return (req, res, next) => {
    captureRoute(req);
    http(req, res, next);
  };
}
