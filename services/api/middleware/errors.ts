import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { ZodError } from 'zod';
import { AppError, diskFullError } from '../../../shared/errors.js';
import type { Logger } from '../../../shared/logger.js';

/** Turns any error into the one JSON error shape `{ error: { code, message, details? } }`. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appErr = toAppError(err);
    if (appErr.httpStatus >= 500) (req.log ?? log).error({ err }, 'request failed');
    if (res.headersSent) return res.end();
    res.status(appErr.httpStatus).json(appErr.toJSON());
  };
}

/** Unknown routes answer 404 in the same shape. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No route for ${req.method} ${req.path}`));
};

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const full = diskFullError(err);
  if (full) return full;
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const param = first?.path.join('.') || 'request';
    return new AppError('bad_request', `Invalid parameter "${param}": ${first?.message ?? 'invalid'}`, {
      details: { issues: err.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message })) },
    });
  }
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return new AppError('too_large', 'The file is larger than the upload limit.');
    return new AppError('bad_request', `Upload: ${err.message}${err.field ? ` (field "${err.field}")` : ''}`);
  }
  // ioredis fails fast while Redis is unreachable (producer connections queue nothing offline).
  const name = (err as Error)?.name ?? '';
  const msg = (err as Error)?.message ?? '';
  if (
    /MaxRetriesPerRequest|ConnectionClosed/.test(name) ||
    /Stream isn't writeable|Connection is closed|ECONNREFUSED|enableOfflineQueue/.test(msg)
  ) {
    return new AppError('service_unavailable', 'Redis is unavailable; try again shortly.', { cause: err });
  }
  const status = (err as { status?: number; type?: string })?.status;
  if (status === 400 || status === 413) {
    return new AppError(status === 413 ? 'too_large' : 'bad_request', (err as Error).message);
  }
  return new AppError('internal', 'Internal error.', { cause: err });
}
