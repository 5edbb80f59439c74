import { Router } from 'express';
import type { ApiDeps } from '../deps.js';

/** `GET /health`: 200 when Redis and Meilisearch both answer, 503 otherwise, with each one's state. */
export function healthRouter(deps: ApiDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const [redisUp, meiliUp] = await Promise.all([
      deps.redis.ping().then(
        (r) => r === 'PONG',
        () => false,
      ),
      deps.search.healthy(),
    ]);
    const ok = redisUp && meiliUp;
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'degraded',
      redis: redisUp ? 'up' : 'down',
      meilisearch: meiliUp ? 'up' : 'down',
    });
  });
  return router;
}
