import cors from 'cors';
import express, { type Express } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { RedisRateStore } from './middleware/redis-rate-store.js';
import { AppError } from '../../shared/errors.js';
import type { ApiDeps } from './deps.js';
import { identify, requireRole } from './middleware/auth.js';
import { errorHandler, notFound } from './middleware/errors.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { createMetrics } from './metrics.js';
import { createLinkSigner } from './signed-links.js';
import { adminRouter } from './routes/admin.route.js';
import { docsRouter } from './routes/docs.route.js';
import { documentsRouter } from './routes/documents.route.js';
import { batchRouter, exportRouter } from './routes/export.route.js';
import { healthRouter } from './routes/health.route.js';
import { lessonGroupsRouter } from './routes/lesson-groups.route.js';
import { projectsRouter } from './routes/projects.route.js';
import { queuesDashboardRouter } from './routes/queues-dashboard.route.js';
import { searchRouter } from './routes/search.route.js';
import { webRouter } from './routes/web.route.js';

/** Builds the HTTP app from its dependencies; connects to nothing itself. */
export function createApp(deps: ApiDeps): Express {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Behind a proxy the client's address (for rate limits) comes from X-Forwarded-For, but only through trusted hops.
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  app.use(requestLog(deps.log));
  const metrics = createMetrics(deps);
  app.use(metrics.observe);
  if (config.corsOrigins) {
    app.use(
      cors({
        origin: config.corsOrigins === '*' ? '*' : config.corsOrigins,
        exposedHeaders: ['x-request-id', 'ratelimit', 'ratelimit-policy'],
      }),
    );
  }
  app.use(healthRouter(deps));
  app.use(metrics.router);
  app.use(docsRouter());

  const limiter =
    config.rateLimitPerMinute > 0
      ? rateLimit({
          windowMs: 60_000,
          limit: config.rateLimitPerMinute,
          standardHeaders: 'draft-8',
          legacyHeaders: false,
          // Per key when the request carries one, otherwise per client address.
          keyGenerator: (req) => (req.keyId ? `key:${req.keyId}` : `ip:${ipKeyGenerator(req.ip ?? '')}`),
          handler: (_req, _res, next) => next(new AppError('rate_limited')),
          // Counted in Redis: replicas of the API share the limit.
          store: new RedisRateStore(deps.redis, `${config.queuePrefix}:ratelimit:`),
          passOnStoreError: true,
        })
      : undefined;
  app.use(queuesDashboardRouter(deps, limiter));

  const api = express.Router();
  // Links to originals that a plain <a href> can open where reads need a key.
  const links = createLinkSigner(config, deps.redis);
  api.use(identify(config));
  if (limiter) api.use(limiter);
  api.use(express.json({ limit: '1mb' }));
  api.use(documentsRouter(deps, links));
  const read = requireRole('read', config);
  api.use(read, searchRouter(deps, links));
  api.use(read, projectsRouter(deps));
  api.use(read, lessonGroupsRouter(deps));
  api.use(read, exportRouter(deps));
  api.use(read, batchRouter(deps, links));
  api.use('/admin', requireRole('admin', config), adminRouter(deps));
  app.use('/api/v1', api);
  app.use(webRouter());

  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}
