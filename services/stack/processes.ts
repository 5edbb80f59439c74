import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A child process the stack started, with a way to stop it. */
export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Sends SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop: (graceMs?: number) => Promise<void>;
  exited: Promise<number | null>;
}

/**
 * Spawns a child in its own process group, so Ctrl-C reaches only the stack, which then stops
 * the children in order. Output is kept in a ring buffer for error messages.
 */
export function startProcess(
  name: string,
  cmd: string,
  args: string[],
  opts: SpawnOptions & { onOutput?: (line: string) => void } = {},
): ManagedProcess {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...opts });
  const tail: string[] = [];
  const keep = (buf: Buffer) => {
    for (const line of buf.toString().split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 50) tail.shift();
      opts.onOutput?.(line);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (err) => {
      tail.push(String(err));
      resolve(-1);
    });
  });
  (child as ChildProcess & { outputTail?: string[] }).outputTail = tail;
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { name, child, stop, exited };
}

/** The last lines a managed process printed, for error messages. */
export function outputTail(p: ManagedProcess): string {
  return ((p.child as ChildProcess & { outputTail?: string[] }).outputTail ?? []).slice(-15).join('\n');
}

/** Finds an executable on PATH. */
export function which(cmd: string, pathEnv: string | undefined): string | null {
  for (const dir of (pathEnv ?? '').split(':')) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      // not in this folder
    }
  }
  return null;
}
