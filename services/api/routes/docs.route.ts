import path from 'node:path';
import { createRequire } from 'node:module';
import express, { Router } from 'express';
import { openApiDocument } from '../openapi.js';

// Swagger UI from the npm package, served locally: the page works without any network beyond the app.
const uiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lärdom API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#ui', deepLinking: true });`;

/** `GET /api/v1/openapi.json` (also `/openapi.json`) and the browsable page at `/api/docs`. */
export function docsRouter(): Router {
  const router = Router();
  const doc = openApiDocument();
  for (const p of ['/api/v1/openapi.json', '/openapi.json']) router.get(p, (_req, res) => res.json(doc));
  router.get('/api/docs', (_req, res) => res.type('html').send(PAGE));
  router.get('/api/docs/init.js', (_req, res) => res.type('application/javascript').send(INIT));
  router.use('/api/docs/assets', express.static(uiDir, { index: false, maxAge: '1d' }));
  return router;
}
