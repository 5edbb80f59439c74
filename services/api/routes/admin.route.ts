import { Router } from 'express';
import { queueByName } from '../../../shared/clients/queues.js';
import { QUEUE_NAMES } from '../../../shared/queues/queue-names.js';
import type { ApiDeps } from '../deps.js';
import { DASHBOARD_PATH, startSession } from '../middleware/admin-session.js';
import type { AdminSession, AdminStats } from './responses.schema.js';

/**
 * Admin endpoints (admin key, mounted under /admin): `GET /admin/stats`, documents by status, queue depths (each
 * stage and lesson-groups) and index sizes; `POST /admin/session`, a cookie that opens the queue dashboard at
 * /admin/queues in this browser.
 */
export function adminRouter(deps: ApiDeps): Router {
  const router = Router();
  router.post('/session', (req, res) => {
    // Only an admin key reaches this (requireRole), so the configured admin key is set.
    const expiresAt = startSession(req, res, deps.config.adminKey!);
    res.json({ dashboard: DASHBOARD_PATH, expiresAt: expiresAt.toISOString() } satisfies AdminSession);
  });
  router.get('/stats', async (_req, res) => {
    const [documents, reports, lessons, queues] = await Promise.all([
      deps.documents.counts(),
      deps.search.count('reports'),
      deps.search.count('lessons'),
      Promise.all(
        QUEUE_NAMES.map(
          async (q) => [q, await queueByName(deps.queues, q).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed')] as const,
        ),
      ),
    ]);
    res.json({ documents, index: { reports, lessons }, queues: Object.fromEntries(queues) } satisfies AdminStats);
  });
  return router;
}
