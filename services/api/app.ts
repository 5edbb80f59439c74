import express, { type Express } from 'express';
import type { ApiDeps } from './deps.js';
import { errorHandler, notFound } from './middleware/errors.js';
import { requestLog } from './middleware/request-log.js';
import { documentsRouter } from './routes/documents.route.js';
import { healthRouter } from './routes/health.route.js';
import { searchRouter } from './routes/search.route.js';

/** Builds the HTTP app from its dependencies; connects to nothing itself. */
export function createApp(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestLog(deps.log));
  app.use(express.json({ limit: '1mb' }));
  app.use(healthRouter(deps));
  app.use('/api/v1', documentsRouter(deps));
  app.use('/api/v1', searchRouter(deps));
  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}
