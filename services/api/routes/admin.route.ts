import { Router } from 'express';
import { STAGES } from '../../../shared/queues/queue-names.js';
import type { ApiDeps } from '../deps.js';

/** `GET /admin/stats` (admin key, mounted under /admin): documents by status, queue depths and index sizes. */
export function adminRouter(deps: ApiDeps): Router {
  const router = Router();
  router.get('/stats', async (_req, res) => {
    const [documents, reports, lessons, queues] = await Promise.all([
      deps.documents.counts(),
      deps.search.count('reports'),
      deps.search.count('lessons'),
      Promise.all(
        STAGES.map(async (s) => [s, await deps.queues[s].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed')] as const),
      ),
    ]);
    res.json({ documents, index: { reports, lessons }, queues: Object.fromEntries(queues) });
  });
  return router;
}
