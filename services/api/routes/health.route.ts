import { type RequestHandler, Router } from 'express';
import type { ApiDeps } from '../deps.js';
import type { Health } from './responses.schema.js';

/**
 * `GET /health/live`: the process answers (200 while it runs, also while it drains).
 * `GET /health/ready` and `GET /health`: 200 when Redis and Meilisearch both answer and the API is not draining
 * before a stop, 503 otherwise, with each one's state. A load balancer sends traffic only to a ready API.
 */
export function healthRouter(deps: ApiDeps): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'alive' });
  });
  const ready: RequestHandler = async (_req, res) => {
    const [redisUp, meiliUp] = await Promise.all([
      deps.redis.ping().then(
        (r) => r === 'PONG',
        () => false,
      ),
      deps.search.healthy(),
    ]);
    const draining = deps.lifecycle?.draining ?? false;
    const ok = redisUp && meiliUp && !draining;
    res.status(ok ? 200 : 503).json({
      status: draining ? 'draining' : ok ? 'ok' : 'degraded',
      redis: redisUp ? 'up' : 'down',
      meilisearch: meiliUp ? 'up' : 'down',
    } satisfies Health);
  };
  router.get('/health', ready);
  router.get('/health/ready', ready);
  return router;
}
