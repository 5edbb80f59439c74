import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { AppError } from './errors.js';
import type { DocumentFormat, ExtractedRecord, ParsedDocument } from './types/record.js';

const ID_RE = /^[a-f0-9]{64}$/;

/** True when `id` has the shape of a document id (sha256 hex), so it can be used in a path. */
export function isDocumentId(id: string): boolean {
  return ID_RE.test(id);
}

const REPORT_ID_RE = /^([a-f0-9]{64})(?:-([1-9]\d{0,3}))?$/;

/**
 * A searchable report's id: a document's own id, or for a project that a listing document presents, the
 * document's id and the project's position in it ("<sha256>-3").
 */
export function parseReportId(id: string): { documentId: string; position: number | null } | null {
  const m = REPORT_ID_RE.exec(id);
  return m ? { documentId: m[1]!, position: m[2] ? Number(m[2]) : null } : null;
}

/** The id of the project at `position` (1-based) of a listing document. */
export function projectReportId(documentId: string, position: number): string {
  return `${documentId}-${position}`;
}

/** What the archive knows about an original file. */
export interface ArchiveMeta {
  id: string;
  originalName: string;
  size: number;
  receivedAt: string;
  source: string;
}

/** A value an analyst corrected by hand; it wins over re-extraction. */
export interface ManualCorrection {
  value: unknown;
  correctedAt: string;
}

/** The record as stored: the extractor's output plus manual corrections, with the extractor version. */
export interface StoredRecord {
  id: string;
  extractedAt: string;
  record: ExtractedRecord;
  corrections: Record<string, ManualCorrection>;
  /** What the text was read from: the file's kind, and the pages read by OCR with their mean confidence. */
  source?: { format: DocumentFormat; ocr?: { pages: number[]; meanConfidence: number } };
  /** Counts every write of the record (extraction, re-extraction, correction); see RecordVersions. */
  version?: number;
}

/** What a record's text was read from, as its stored record keeps it. */
export function sourceOf(text: ParsedDocument): NonNullable<StoredRecord['source']> {
  return { format: text.format ?? 'pdf', ...(text.ocr ? { ocr: text.ocr } : {}) };
}

/** A staged upload: its content hash is known before the archive stage takes it. */
export interface StagedFile {
  id: string;
  path: string;
  size: number;
}

/**
 * Content-addressed store of originals and their derived files under `<archiveDir>/archive/<aa>/<id>/`, beside the
 * staged uploads in `<archiveDir>/incoming/` (the same file system, so staging hands a file over by renaming it).
 * Ids are validated before they become paths, and every write is atomic (temp file + rename), so a
 * crash leaves either the old file or the new one.
 */
export class Archive {
  readonly root: string;
  readonly incoming: string;

  constructor(archiveDir: string) {
    this.root = path.join(archiveDir, 'archive');
    this.incoming = path.join(archiveDir, 'incoming');
  }

  async init(): Promise<void> {
    await fs.mkdir(this.root, { recursive: true });
    await fs.mkdir(this.incoming, { recursive: true });
  }

  /** Folder of one document; throws on anything that is not a document id. */
  dir(id: string): string {
    if (!isDocumentId(id)) throw new AppError('not_found', 'Unknown document id.');
    return path.join(this.root, id.slice(0, 2), id);
  }

  originalPath(id: string): string {
    return path.join(this.dir(id), 'original.pdf');
  }

  /**
   * Streams bytes into the incoming folder while hashing them, stopping at `maxBytes`.
   * The caller passes the result to the intake queue.
   */
  async stage(source: Readable, maxBytes: number): Promise<StagedFile> {
    await fs.mkdir(this.incoming, { recursive: true });
    const target = path.join(this.incoming, `${randomUUID()}.pdf`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        size += chunk.length;
        if (size > maxBytes) return cb(new AppError('too_large', `The file is larger than ${maxBytes} bytes.`));
        hash.update(chunk);
        cb(null, chunk);
      },
    });
    const out = createWriteStream(target, { mode: 0o600 });
    try {
      await pipeline(source, meter, out);
    } catch (err) {
      // The pipeline can fail before the file has even been opened (a body cut off after its first bytes): the
      // open still creates the file afterwards, so it is removed only once the stream has closed.
      if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
      await fs.rm(target, { force: true });
      throw err;
    }
    return { id: hash.digest('hex'), path: target, size };
  }

  /** Stages a file from disk (CLI intake). */
  async stageFile(file: string, maxBytes: number): Promise<StagedFile> {
    return this.stage(createReadStream(file), maxBytes);
  }

  /** Moves a staged file into the archive as the document's original (keeps an existing original). */
  async storeOriginal(id: string, stagedPath: string, meta: Omit<ArchiveMeta, 'id'>): Promise<void> {
    this.assertStaged(stagedPath);
    const dir = this.dir(id);
    await fs.mkdir(dir, { recursive: true });
    const target = this.originalPath(id);
    const exists = await fs.stat(target).then(
      () => true,
      () => false,
    );
    if (exists) await fs.rm(stagedPath, { force: true });
    else {
      try {
        await fs.rename(stagedPath, target);
      } catch (err) {
        // The staged file is gone when an earlier attempt moved it already; the original is then in place.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !(await fs.stat(target).catch(() => null))) throw err;
      }
    }
    if (!(await this.readJson<ArchiveMeta>(id, 'meta.json'))) await this.writeJson(id, 'meta.json', { id, ...meta });
  }

  readOriginal(id: string): Promise<Buffer> {
    return fs.readFile(this.originalPath(id));
  }

  meta(id: string): Promise<ArchiveMeta | null> {
    return this.readJson<ArchiveMeta>(id, 'meta.json');
  }

  writeText(id: string, doc: ParsedDocument): Promise<void> {
    return this.writeJson(id, 'text.json', doc);
  }

  readText(id: string): Promise<ParsedDocument | null> {
    return this.readJson<ParsedDocument>(id, 'text.json');
  }

  readRecord(id: string): Promise<StoredRecord | null> {
    return this.readJson<StoredRecord>(id, 'record.json');
  }

  writeRecord(id: string, rec: StoredRecord): Promise<void> {
    return this.writeJson(id, 'record.json', rec);
  }

  /** Deletes a document's folder (original, text, record). */
  async remove(id: string): Promise<void> {
    await fs.rm(this.dir(id), { recursive: true, force: true });
  }

  /** Ids of every archived document that has an extracted record (what reindex feeds from). */
  async *recordIds(): AsyncGenerator<string> {
    const shards = await fs.readdir(this.root).catch(() => [] as string[]);
    for (const shard of shards.sort()) {
      const ids = await fs.readdir(path.join(this.root, shard)).catch(() => [] as string[]);
      for (const id of ids.sort()) {
        if (isDocumentId(id) && (await fs.stat(path.join(this.root, shard, id, 'record.json')).catch(() => null))) yield id;
      }
    }
  }

  private assertStaged(p: string): void {
    const rel = path.relative(this.incoming, path.resolve(p));
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new AppError('bad_request', 'Staged file is outside the incoming folder.');
  }

  private async readJson<T>(id: string, name: string): Promise<T | null> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.dir(id), name), 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  private async writeJson(id: string, name: string, value: unknown): Promise<void> {
    const dir = this.dir(id);
    await fs.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `.${name}.${randomUUID()}.tmp`);
    try {
      await fs.writeFile(tmp, JSON.stringify(value));
      await fs.rename(tmp, path.join(dir, name));
    } catch (err) {
      // A full disk leaves no half-written file behind; the old one, if any, stays whole.
      await fs.rm(tmp, { force: true });
      throw err;
    }
  }
}
