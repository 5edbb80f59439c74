import path from 'node:path';
import { Router, type Request } from 'express';
import multer, { type StorageEngine } from 'multer';
import { AppError } from '../../../shared/errors.js';
import { isDocumentId } from '../../../shared/archive.js';
import { applyCorrections } from '../../../shared/records.js';
import { submitStaged } from '../../../shared/queues/submit.js';
import { requireApiKey } from '../middleware/auth.js';
import type { ApiDeps } from '../deps.js';

interface StagedUpload {
  id: string;
  path: string;
  size: number;
}

/** Multer storage that streams the upload into the archive's incoming folder while hashing it. */
function stagingStorage(deps: ApiDeps): StorageEngine {
  return {
    _handleFile(_req, file, cb) {
      deps.archive.stage(file.stream, deps.config.maxUploadBytes).then(
        (staged) => cb(null, { path: staged.path, size: staged.size, filename: staged.id } as Partial<Express.Multer.File>),
        (err) => cb(err),
      );
    },
    _removeFile(_req, file, cb) {
      import('node:fs/promises').then((fs) => fs.rm(file.path, { force: true })).then(() => cb(null), cb);
    },
  };
}

// A PDF is recognised by its name or declared type here; its bytes are checked by the pipeline,
// so a damaged "PDF" still becomes a document that ends failed with its reason.
function isPdfUpload(file: { originalname: string; mimetype: string }): boolean {
  return /\.pdf$/i.test(file.originalname) || file.mimetype === 'application/pdf';
}

/** Upload and status of documents. */
export function documentsRouter(deps: ApiDeps): Router {
  const router = Router();
  const upload = multer({
    storage: stagingStorage(deps),
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10, parts: 12 },
    fileFilter: (_req, file, cb) => {
      if (isPdfUpload(file)) cb(null, true);
      else cb(new AppError('not_pdf', `Only PDF files are accepted ("${file.originalname}" is ${file.mimetype}).`));
    },
  });

  router.post('/documents', requireApiKey(deps.config.apiKey), upload.single('file'), async (req: Request, res) => {
    const file = req.file as (Express.Multer.File & { filename: string }) | undefined;
    if (!file) throw new AppError('bad_request', 'Missing multipart field "file" with a PDF.');
    const staged: StagedUpload = { id: file.filename, path: file.path, size: file.size };
    const name = path.basename(file.originalname).slice(0, 255);
    const result = await submitStaged(deps, staged, name, 'http');
    res.status(202).json({ id: result.id, status: result.status, duplicate: result.duplicate });
  });

  router.get('/documents/:id', async (req, res) => {
    const id = String(req.params.id);
    if (!isDocumentId(id)) throw new AppError('not_found', 'Unknown document id.');
    const state = await deps.documents.get(id);
    if (!state) throw new AppError('not_found', 'Unknown document id.');
    const stored = state.status === 'indexed' ? await deps.archive.readRecord(id) : null;
    res.json({
      id,
      status: state.status,
      originalName: state.originalName,
      size: state.size,
      createdAt: state.createdAt,
      updatedAt: state.updatedAt,
      ...(state.error ? { error: state.error } : {}),
      ...(stored
        ? { record: applyCorrections(stored), corrections: stored.corrections, extractedAt: stored.extractedAt }
        : {}),
    });
  });

  return router;
}
