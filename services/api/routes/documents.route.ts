import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Request, type RequestHandler, Router } from 'express';
import multer, { type StorageEngine } from 'multer';
import { AppError, diskFullError } from '../../../shared/errors.js';
import { requeueFailed } from '../../../shared/queues/requeue.js';
import type { DocumentFormat } from '../../../shared/types/record.js';
import { detectFormat } from '../../../pipelines/parse/detect-type.js';
import { isDocumentId, parseReportId, projectReportId } from '../../../shared/archive.js';
import { applyCorrections } from '../../../shared/records.js';
import { RecordVersions } from '../../../shared/clients/record-versions.js';
import { LessonGroupsStore } from '../../../shared/clients/lesson-groups-store.js';
import { requestLessonGroups } from '../../../shared/clients/queues.js';
import { PIPELINE_QUEUES } from '../../../shared/queues/queue-names.js';
import { submitStaged } from '../../../shared/queues/submit.js';
import { toSearchDocument } from '../../../pipelines/index/to-search-document.js';
import { requireRole } from '../middleware/auth.js';
import type { ApiDeps } from '../deps.js';
import type { LinkSigner } from '../signed-links.js';
import { correctionSchema, flattenCorrection } from './corrections.schema.js';
import type { CorrectionResult, DeleteResult, DocumentStateBody, RetryResult, UploadResult } from './responses.schema.js';

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
      fs.rm(file.path, { force: true }).then(() => cb(null), cb);
    },
  };
}

// What a stored original is served as, by the kind its bytes show.
const CONTENT_TYPE: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

function documentId(req: Request): string {
  const id = String(req.params.id);
  if (!isDocumentId(id)) throw new AppError('not_found', 'Unknown document id.');
  return id;
}

/** Upload, status, original, correction and deletion of documents. */
export function documentsRouter(deps: ApiDeps, links: LinkSigner): Router {
  const router = Router();
  const versions = new RecordVersions(deps.redis, deps.config.queuePrefix);
  const groups = new LessonGroupsStore(deps.redis, deps.config.queuePrefix);
  const read = requireRole('read', deps.config);
  const write = requireRole('write', deps.config);
  const upload = multer({
    storage: stagingStorage(deps),
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10, parts: 12 },
  });

  // A body the multipart parser cannot read (a malformed part header, a cut-off form) is the client's error.
  const receive: RequestHandler = (req, res, next) => {
    upload.single('file')(req, res, (err?: unknown) => {
      if (!err || err instanceof AppError || err instanceof multer.MulterError) return next(err);
      // Staging the upload met a full disk: the server's fault, and the half-written file is already gone.
      const full = diskFullError(err);
      if (full) return next(full);
      const why = err instanceof Error ? err.message : String(err);
      next(new AppError('bad_request', `The multipart body cannot be read: ${why}.`, { cause: err }));
    });
  };

  router.post('/documents', write, receive, async (req, res) => {
    const file = req.file as (Express.Multer.File & { filename: string }) | undefined;
    if (!file) throw new AppError('bad_request', 'Missing multipart field "file" with a document.');
    // The kind is told from the bytes, not the name: a file of no kind Lärdom reads is refused at once. A
    // damaged file of a known kind is taken, and ends failed with its reason.
    if (!detectFormat(await fs.readFile(file.path))) {
      await fs.rm(file.path, { force: true });
      throw new AppError(
        'unsupported_type',
        `"${file.originalname}" is no PDF, Word (.docx), OpenDocument (.odt), web page or plain text.`,
      );
    }
    const name = path.basename(file.originalname).slice(0, 255);
    const result = await submitStaged(deps, { id: file.filename, path: file.path, size: file.size }, name, 'http');
    res.status(202).json({ id: result.id, status: result.status, duplicate: result.duplicate } satisfies UploadResult);
  });

  router.get('/documents/:id', read, async (req, res) => {
    const ref = parseReportId(String(req.params.id));
    if (!ref) throw new AppError('not_found', 'Unknown document id.');
    const id = ref.documentId;
    const state = await deps.documents.get(id);
    if (!state) throw new AppError('not_found', 'Unknown document id.');
    const stored = state.status === 'indexed' ? await deps.archive.readRecord(id) : null;
    const projects = stored?.record.projects ?? [];
    // The original, by a link a plain <a href> can open (signed where reads need a key).
    const link = stored ? (await links.linker())(id) : null;
    const original = link
      ? { originalUrl: link.url, ...(link.expiresAt ? { originalUrlExpiresAt: link.expiresAt.toISOString() } : {}) }
      : {};
    // A project that a listing presents: its own record, with the document it comes from.
    if (ref.position !== null) {
      const project = projects[ref.position - 1];
      if (!project) throw new AppError('not_found', 'Unknown project in this document.');
      res.json({
        id: projectReportId(id, ref.position),
        partOf: id,
        position: ref.position,
        status: state.status,
        originalName: state.originalName,
        record: project,
        corrections: {},
        extractedAt: stored!.extractedAt,
        source: stored!.source ?? { format: 'pdf' },
        ...original,
      } satisfies DocumentStateBody);
      return;
    }
    const { projects: _listed, ...record } = stored ? applyCorrections(stored) : { projects: undefined };
    res.json({
      id,
      status: state.status,
      stage: state.stage,
      originalName: state.originalName,
      size: state.size,
      createdAt: state.createdAt,
      updatedAt: state.updatedAt,
      ...(state.error ? { error: state.error } : {}),
      ...(stored
        ? {
            record,
            corrections: stored.corrections,
            extractedAt: stored.extractedAt,
            source: stored.source ?? { format: 'pdf' },
            ...original,
            // A listing's projects, each a report of its own.
            ...(projects.length
              ? {
                  projects: projects.map((p, i) => ({
                    id: projectReportId(id, i + 1),
                    projectName: p.projectName,
                    owner: p.owner,
                    period: p.period,
                  })),
                }
              : {}),
          }
        : {}),
    });
  });

  // A read key, or a signed link (a plain <a href> sends no key): expires and signature in the query.
  const readOrSigned: RequestHandler = (req, res, next) => {
    const { expires, signature } = req.query;
    if (expires === undefined && signature === undefined) return read(req, res, next);
    const ref = parseReportId(String(req.params.id));
    if (!ref) return next(new AppError('not_found', 'Unknown document id.'));
    links.verify(ref.documentId, expires, signature).then(() => next(), next);
  };

  // The original file, served from the archive (the path is built from a validated id only).
  router.get('/documents/:id/original', readOrSigned, async (req, res) => {
    // A listed project's original is its listing's.
    const ref = parseReportId(String(req.params.id));
    if (!ref) throw new AppError('not_found', 'Unknown document id.');
    const id = ref.documentId;
    const meta = await deps.archive.meta(id);
    const file = deps.archive.originalPath(id);
    const st = await fs.stat(file).catch(() => null);
    if (!meta || !st) throw new AppError('not_found', 'No original in the archive for this id.');
    const safeName = meta.originalName.replace(/[^\p{L}\p{N}._ -]/gu, '_');
    const head = Buffer.alloc(Math.min(st.size, 64 * 1024));
    const fh = await fs.open(file);
    await fh.read(head, 0, head.length, 0).finally(() => fh.close());
    // A zip's part names can lie past the first bytes; a PDF, web page or text shows its kind at once.
    const format = detectFormat(head.subarray(0, 4).toString('latin1') === 'PK\x03\x04' ? await fs.readFile(file) : head) ?? 'pdf';
    res.setHeader('content-type', CONTENT_TYPE[format]);
    res.setHeader('content-length', String(st.size));
    // An uploaded web page never runs on this site: it is downloaded, and sandboxed if opened.
    const inline = format === 'pdf' || format === 'txt';
    res.setHeader('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(safeName)}`);
    // Not the site's page policy: a PDF opens in the browser's own viewer, which a page CSP can block.
    if (format === 'pdf') res.removeHeader('content-security-policy');
    else res.setHeader('content-security-policy', 'sandbox');
    res.setHeader('x-content-type-options', 'nosniff');
    createReadStream(file).pipe(res);
  });

  // An analyst corrects extracted fields; the correction is kept in the archive and indexed at once.
  router.patch('/documents/:id/record', write, async (req, res) => {
    const id = documentId(req);
    const corrections = correctionSchema.parse(flattenCorrection(req.body));
    const state = await deps.documents.get(id);
    if (!state) throw new AppError('not_found', 'Unknown document id.');
    if (state.status !== 'indexed') throw new AppError('conflict', `The document is ${state.status}; it can be corrected once indexed.`);
    const now = new Date().toISOString();
    // Under the record's lock and with a new version: a worker re-extracting or indexing this document at
    // the same time can neither overwrite the correction in the archive nor index its older copy over it.
    const stored = await versions.update(deps.archive, id, (previous) => {
      if (!previous) throw new AppError('not_found', 'No extracted record for this document.');
      for (const [field, value] of Object.entries(corrections)) previous.corrections[field] = { value, correctedAt: now };
      return previous;
    });
    const [text, meta] = await Promise.all([deps.archive.readText(id), deps.archive.meta(id)]);
    const record = applyCorrections(stored);
    await versions.upsert(deps.search, [
      toSearchDocument(id, record, text, {
        originalName: meta?.originalName ?? null,
        correctedFields: Object.keys(stored.corrections),
        ...(stored.version != null ? { version: stored.version } : {}),
      }),
    ]);
    // Corrected lessons are regrouped by the worker (never on the request path).
    if ('lessonsLearned' in corrections) await requestLessonGroups(deps.queues.lessonGroups, groups, [id]);
    res.json({ id, record, corrections: stored.corrections } satisfies CorrectionResult);
  });

  // A document that failed on a passing fault (a service down past every retry, an internal error) is read
  // again from its archived original. A bad file is not: it would fail the same way.
  router.post('/documents/:id/retry', write, async (req, res) => {
    const id = documentId(req);
    const state = await deps.documents.get(id);
    if (!state) throw new AppError('not_found', 'Unknown document id.');
    await requeueFailed(deps, state);
    res.status(202).json({ id, status: 'queued', stage: 'parse' } satisfies RetryResult);
  });

  // Removes a report everywhere: index (report and lessons), archive, status and queue jobs.
  router.delete('/documents/:id', write, async (req, res) => {
    const id = documentId(req);
    const state = await deps.documents.get(id);
    if (!state) throw new AppError('not_found', 'Unknown document id.');
    if (state.status === 'queued' || state.status === 'processing') {
      throw new AppError('conflict', `The document is ${state.status}; delete it once it is indexed or failed.`);
    }
    const listed = (await deps.archive.readRecord(id))?.record.projects ?? [];
    const reportIds = [id, ...listed.map((_, i) => projectReportId(id, i + 1))];
    await deps.search.deleteReports(reportIds);
    // Its lessons leave their groups in the worker's next update.
    await requestLessonGroups(deps.queues.lessonGroups, groups, reportIds);
    for (const queue of PIPELINE_QUEUES) await deps.queues[queue].remove(id).catch(() => 0);
    await deps.archive.remove(id);
    await versions.forget(id);
    await deps.documents.unregister(id);
    res.status(200).json({ id, deleted: true } satisfies DeleteResult);
  });

  return router;
}
