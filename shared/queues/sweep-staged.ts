import fs from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from '../archive.js';
import type { DocumentStore } from '../clients/document-store.js';
import type { StageQueues } from '../clients/queues.js';
import type { ReadPayload } from './queue-names.js';

const STILL_TO_RUN = ['waiting', 'delayed', 'active', 'prioritized', 'waiting-children'] as const;

/** Staged uploads older than this, that no intake or read job will take, are left from a crash. */
export const STAGED_MAX_AGE_MS = 6 * 3600_000;

/**
 * Removes staged uploads that a crash left behind between staging and queueing (or a job that is gone): files
 * in the incoming folder older than `maxAgeMs` that no intake or read job still to run refers to. Returns the
 * removed files' names. A file still waiting for its job is kept however old (a long backlog).
 */
export async function sweepStaged(
  archive: Archive,
  queues: StageQueues,
  maxAgeMs = STAGED_MAX_AGE_MS,
  now = Date.now(),
): Promise<string[]> {
  const names = await fs.readdir(archive.incoming).catch(() => [] as string[]);
  const old: string[] = [];
  for (const name of names) {
    const st = await fs.stat(path.join(archive.incoming, name)).catch(() => null);
    if (st?.isFile() && now - st.mtimeMs > maxAgeMs) old.push(name);
  }
  if (!old.length) return [];
  // An intake job hands its staged file to a read job, which archives it: both may wait long in a backlog.
  const payloads: ReadPayload[] = [
    ...(await queues.intake.getJobs([...STILL_TO_RUN])).map((j) => j?.data),
    ...(await queues.read.getJobs([...STILL_TO_RUN])).map((j) => j?.data),
  ].filter((d): d is ReadPayload => !!d);
  const wanted = new Set(payloads.map((d) => ('stagedPath' in d ? path.resolve(d.stagedPath) : '')));
  const removed: string[] = [];
  for (const name of old) {
    const file = path.resolve(archive.incoming, name);
    if (wanted.has(file)) continue;
    await fs.rm(file, { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Forgets registrations a crash left between registering an upload and queueing it (the client got no answer):
 * documents still `queued` at intake after `maxAgeMs` with neither an intake nor a read job (a document that passed
 * intake stays `queued` until its read job starts, and completed intake jobs are dropped after a while). Their bytes never reached the archive,
 * so nothing can read them; a client that sends the file again starts cleanly. Returns the forgotten ids.
 */
export async function forgetAbandonedUploads(
  documents: DocumentStore,
  queues: StageQueues,
  maxAgeMs = STAGED_MAX_AGE_MS,
  now = Date.now(),
): Promise<string[]> {
  const forgotten: string[] = [];
  for await (const batch of documents.allStates()) {
    for (const s of batch) {
      if (s.status !== 'queued' || s.stage !== 'intake' || now - Date.parse(s.updatedAt ?? '') < maxAgeMs) continue;
      if ((await queues.intake.getJob(s.id)) || (await queues.read.getJob(s.id))) continue;
      await documents.unregister(s.id);
      forgotten.push(s.id);
    }
  }
  return forgotten;
}
