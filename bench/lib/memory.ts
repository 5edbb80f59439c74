import fs from 'node:fs';

/** Resident set of a process from /proc/<pid>/status: VmRSS now and VmHWM (its peak so far), in MB. */
export function readMem(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Samples the memory of some processes at an interval. Threads share their process's address space,
 * so /proc/<pid>/status covers the parse threads of a worker as well (checked against /proc/<pid>/task).
 */
export class MemorySampler {
  private timer: NodeJS.Timeout | null = null;
  readonly peakRssMb = new Map<number, number>();
  readonly lastHwmMb = new Map<number, number>();
  readonly threads = new Map<number, number>();
  readonly series: { t: number; pid: number; rssMb: number }[] = [];
  /** RSS of each process at the first sample (before the work starts). */
  readonly firstRssMb = new Map<number, number>();

  constructor(
    private readonly pids: number[],
    private readonly intervalMs = 200,
    private readonly keepSeries = false,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  sample(): void {
    for (const pid of this.pids) {
      const m = readMem(pid);
      if (!m) continue;
      if (!this.firstRssMb.has(pid)) this.firstRssMb.set(pid, m.rssMb);
      this.peakRssMb.set(pid, Math.max(this.peakRssMb.get(pid) ?? 0, m.rssMb));
      if (Number.isFinite(m.hwmMb)) this.lastHwmMb.set(pid, m.hwmMb);
      try {
        this.threads.set(pid, Math.max(this.threads.get(pid) ?? 0, fs.readdirSync(`/proc/${pid}/task`).length));
      } catch {
        // gone
      }
      if (this.keepSeries) this.series.push({ t: Date.now(), pid, rssMb: m.rssMb });
    }
  }

  /** Stops sampling (after one last sample); returns the largest peak over all processes. */
  stop(): { peakRssMb: number; hwmMb: number; maxThreads: number; startRssMb: number } {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return {
      peakRssMb: Math.max(0, ...this.peakRssMb.values()),
      hwmMb: Math.max(0, ...this.lastHwmMb.values()),
      maxThreads: Math.max(0, ...this.threads.values()),
      startRssMb: Math.max(0, ...this.firstRssMb.values()),
    };
  }
}

/** CPU time a process (all its threads) has used so far, from /proc/<pid>/stat, in seconds; 0 when it is gone. */
export function readCpuS(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    // The fields after the command name (which may hold spaces) start after its closing parenthesis.
    const rest = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(rest[11]) + Number(rest[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
const CLOCK_TICKS = 100;
