/**
 * Everything the benchmark starts (services, workers, temp dirs, child processes) registers its own
 * undo here; `runCleanups` undoes in reverse order, on success, on error and on Ctrl-C / SIGTERM.
 */
type Cleanup = { name: string; run: () => Promise<void> | void };
const stack: Cleanup[] = [];
let running: Promise<void> | null = null;

/** Registers an undo step; returns a function that runs it now (and removes it from the stack). */
export function onCleanup(name: string, run: () => Promise<void> | void): () => Promise<void> {
  const entry: Cleanup = { name, run };
  stack.push(entry);
  return async () => {
    const i = stack.indexOf(entry);
    if (i === -1) return;
    stack.splice(i, 1);
    await entry.run();
  };
}

export function runCleanups(): Promise<void> {
  running ??= (async () => {
    while (stack.length) {
      const c = stack.pop()!;
      try {
        await c.run();
      } catch (err) {
        process.stderr.write(`cleanup "${c.name}" failed: ${(err as Error).message}\n`);
      }
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Ctrl-C and SIGTERM: undo everything, then exit. A second signal exits at once. */
export function installSignalCleanup(): void {
  let signalled = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (signalled) process.exit(130);
      signalled = true;
      process.stderr.write(`\n${sig}: stopping everything the benchmark started…\n`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
}
