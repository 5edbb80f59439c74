import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { type RequestHandler, Router } from 'express';
import { queueByName } from '../../../shared/clients/queues.js';
import { QUEUE_NAMES } from '../../../shared/queues/queue-names.js';
import type { ApiDeps } from '../deps.js';
import { DASHBOARD_PATH, dashboardAccess } from '../middleware/admin-session.js';
import { INLINE_STYLES, routeCsp } from '../middleware/security-headers.js';

/**
 * The queue dashboard (bull-board) at /admin/queues: every stage's queue and the lesson-group updates' queue with
 * their jobs, their data, errors and timings, and retry, promote or clean. Only with the admin key (bearer) or the session cookie that
 * POST /api/v1/admin/session sets (the web page's settings do it).
 */
export function queuesDashboardRouter(deps: ApiDeps, limiter?: RequestHandler): Router {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(queueByName(deps.queues, name))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Lärdom' } },
  });
  const board = adapter.getRouter() as Router & { disable?: (setting: string) => void };
  // bull-board is an Express app of its own: it would announce itself again.
  board.disable?.('x-powered-by');
  const router = Router();
  router.use(DASHBOARD_PATH, ...(limiter ? [limiter] : []), dashboardAccess(deps.config), routeCsp(INLINE_STYLES), board);
  return router;
}
