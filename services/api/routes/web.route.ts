import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { PROJECT_ROOT } from '../../stack/stack.js';

/** Where `npm run build:web` puts the built page. */
export const WEB_DIST = path.join(PROJECT_ROOT, 'services', 'web', 'dist');

// Paths the page handles itself (client-side routes); each gets index.html.
export const PAGES = ['/', '/reports/:id', '/compare', '/ingest', '/aterkommande'];

/** Serves the web page: built assets, and index.html for the page's own routes. */
export function webRouter(dist = WEB_DIST): Router {
  const router = Router();
  router.use(express.static(dist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
  const page: express.RequestHandler = (_req, res) => {
    const index = path.join(dist, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The web page is not built yet: run "npm run build:web" (npm start does it for you).');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  };
  // One route per pattern, so logs and metrics name the page that answered.
  for (const p of PAGES) router.get(p, page);
  return router;
}

function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
}
