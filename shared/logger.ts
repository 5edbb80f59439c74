import { pino, type Logger } from 'pino';

export type { Logger };

/** Creates the process logger. Logs go to stderr so CLI output on stdout stays machine-readable. */
export function createLogger(level: string, name: string): Logger {
  return pino({ name, level, base: { service: name } }, pino.destination({ fd: 2, sync: false }));
}
