// Summarises V8 .cpuprofile files (from --cpu-prof): self time by area of the code and by function.
import fs from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Which part of the system a frame belongs to. */
export function areaOf(url: string, fn: string): string {
  if (fn === '(idle)') return 'idle';
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(program)') return 'V8/native (program)';
  const u = url.replace(/^file:\/\//, '');
  if (/pdfjs-dist|pdf-parse/.test(u)) return 'pdf.js (pdf-parse)';
  if (/\/pipelines\/extract\//.test(u) || /node_modules\/natural\//.test(u)) return 'extract';
  if (/\/pipelines\/index\/|meilisearch/.test(u)) return 'index (toSearchDocument, client)';
  if (/bullmq|ioredis|msgpackr|@ioredis|redis-errors|cluster-key-slot/.test(u)) return 'BullMQ / ioredis';
  if (/pino|sonic-boom|thread-stream/.test(u)) return 'logging';
  if (/tsx|esbuild|get-tsconfig/.test(u)) return 'tsx loader';
  if (/\/shared\/archive|\/pipelines\//.test(u)) return 'pipeline glue';
  if (u.startsWith('node:') || !u) return 'node core (fs, streams, JSON, workers…)';
  return 'other';
}

export interface ProfileSummary {
  files: number;
  totalMs: number;
  busyMs: number;
  byArea: { area: string; ms: number; pctBusy: number }[];
  topFunctions: { fn: string; where: string; area: string; ms: number; pctBusy: number }[];
}

export async function summariseProfiles(dir: string): Promise<ProfileSummary> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.cpuprofile'));
  const area = new Map<string, number>();
  const fns = new Map<string, { fn: string; where: string; area: string; ms: number }>();
  let totalMs = 0;
  for (const name of names) {
    const p = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as CpuProfile;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
    for (const [id, ms] of self) {
      const n = byId.get(id);
      if (!n) continue;
      const { functionName, url, lineNumber } = n.callFrame;
      const fn = functionName || '(anonymous)';
      const a = areaOf(url, fn);
      totalMs += ms;
      area.set(a, (area.get(a) ?? 0) + ms);
      const where = url
        ? `${url
            .replace(/^file:\/\//, '')
            .replace(/^.*node_modules\//, '')
            .replace(/^.*\/work\/main\//, '')}:${lineNumber + 1}`
        : '';
      const key = `${fn}@${where}`;
      const e = fns.get(key) ?? { fn, where, area: a, ms: 0 };
      e.ms += ms;
      fns.set(key, e);
    }
  }
  const busyMs = totalMs - (area.get('idle') ?? 0);
  const pct = (ms: number) => (busyMs > 0 ? (100 * ms) / busyMs : 0);
  return {
    files: names.length,
    totalMs,
    busyMs,
    byArea: [...area]
      .filter(([a]) => a !== 'idle')
      .map(([a, ms]) => ({ area: a, ms, pctBusy: pct(ms) }))
      .sort((x, y) => y.ms - x.ms),
    topFunctions: [...fns.values()]
      .filter((f) => f.area !== 'idle')
      .sort((x, y) => y.ms - x.ms)
      .slice(0, 20)
      .map((f) => ({ ...f, pctBusy: pct(f.ms) })),
  };
}

/** Runs `work` under the V8 sampling profiler of this process and writes DIR/inline.cpuprofile. */
export async function profileInProcess<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'inline.cpuprofile'), JSON.stringify(profile));
    return result;
  } finally {
    session.disconnect();
  }
}
