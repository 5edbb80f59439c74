import type { Logger } from './logger.js';

/** One step of an ordered shutdown. */
export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown> | unknown;
}

/**
 * Runs the steps in order on SIGTERM/SIGINT (stop intake, workers, queues, then connections);
 * a timer forces exit if a step hangs. A second signal exits at once.
 */
export function installShutdown(steps: ShutdownStep[], log: Logger, timeoutMs = 15_000): () => Promise<void> {
  let running: Promise<void> | null = null;
  const shutdown = (signal: string): Promise<void> => {
    if (running) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    running = (async () => {
      log.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        log.error('shutdown timed out; forcing exit');
        process.exit(1);
      }, timeoutMs);
      force.unref();
      for (const step of steps) {
        try {
          await step.run();
        } catch (err) {
          log.warn({ err, step: step.name }, 'shutdown step failed');
        }
      }
      clearTimeout(force);
    })();
    return running;
  };
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => void shutdown(sig).then(() => process.exit(0)));
  }
  return () => shutdown('manual');
}

/**
 * Calls `onOrphaned` once when this process's parent goes away (it is re-parented). The local stack
 * uses it so that its children stop in order even when the parent was killed without passing the signal on.
 */
export function watchParent(onOrphaned: () => void, intervalMs = 1_000): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, intervalMs);
  timer.unref();
}
