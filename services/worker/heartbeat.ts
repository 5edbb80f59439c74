import fs from 'node:fs/promises';
import path from 'node:path';

/** How often a healthy worker touches its heartbeat file. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A heartbeat older than this means the worker is stuck, cut off from Redis, or gone. */
export const HEARTBEAT_MAX_AGE_MS = 30_000;

/**
 * Writes the time to `file` now and every HEARTBEAT_INTERVAL_MS while `healthy()` says so (Redis connected, every
 * stage's worker running). A blocked event loop, a lost Redis or a stopped worker lets the file grow old.
 * Returns a function that stops it and removes the file.
 */
export function startHeartbeat(file: string, healthy: () => boolean, onError: (err: Error) => void): () => Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  const beat = () => {
    if (!healthy()) return;
    writing = fs
      .mkdir(path.dirname(file), { recursive: true })
      .then(() => fs.writeFile(file, `${new Date().toISOString()}\n`))
      .catch(onError);
  };
  beat();
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await writing;
    await fs.rm(file, { force: true });
  };
}

/** Whether the heartbeat in `file` is fresh; `why` says what is wrong when it is not. */
export async function heartbeatFresh(
  file: string,
  now = Date.now(),
  maxAgeMs = HEARTBEAT_MAX_AGE_MS,
): Promise<{ ok: boolean; why: string }> {
  const st = await fs.stat(file).catch(() => null);
  if (!st) return { ok: false, why: `no heartbeat at ${file}: the worker has not started its queues (or has stopped)` };
  const age = now - st.mtimeMs;
  if (age > maxAgeMs) return { ok: false, why: `last heartbeat ${Math.round(age / 1000)} s ago (more than ${maxAgeMs / 1000} s)` };
  return { ok: true, why: `last heartbeat ${Math.round(age / 1000)} s ago` };
}
