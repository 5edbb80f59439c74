/** While `busy()` says more items are on their way, a batch due by time waits for them, up to `maxMs` in all. */
export interface BatchHold {
  busy: () => boolean;
  maxMs: number;
}

const HOLD_TICK_MS = 20;

type Pending<T, R> = { item: T; at: number; resolve: (r: R) => void; reject: (e: unknown) => void };

/**
 * Collects items from concurrent callers into batches and writes each batch once.
 * A batch is written when it reaches `maxSize` or `maxWaitMs` after its first item, but at most one
 * write runs at a time: while one is in flight the next batch keeps filling, and it is written as
 * soon as the running write ends. A slow store therefore gets fewer, larger writes instead of a
 * growing queue of small ones (group commit). With a `hold`, a batch that is not full waits longer while
 * more items are on their way (up to `hold.maxMs` after its first item): a store that spends less per item on
 * larger writes gets fewer of them while a backlog lasts, and a lone item still goes out after `maxWaitMs`.
 * Every caller's promise settles with the outcome of the write that carried its item (what the write resolved with).
 */
export class Batcher<T, R = void> {
  private items: Pending<T, R>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight = false;

  constructor(
    private readonly write: (items: T[]) => Promise<R>,
    private readonly maxSize: number,
    private readonly maxWaitMs: number,
    private readonly hold: BatchHold | null = null,
  ) {}

  /** Adds an item; resolves once the batch holding it has been written, with what the write resolved with. */
  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.items.push({ item, at: Date.now(), resolve, reject });
      if (this.items.length >= this.maxSize) this.due();
      else if (!this.timer && !this.inFlight) this.timer = setTimeout(() => this.due(), this.maxWaitMs);
    });
  }

  /** Writes whatever is pending now, even while another write is running (used at shutdown). */
  flush(): void {
    this.clearTimer();
    const batch = this.items;
    this.items = [];
    if (batch.length) void this.run(batch, false);
  }

  /** The pending batch is ready: write it now, or as soon as the running write ends. */
  private due(): void {
    this.clearTimer();
    if (this.inFlight || !this.items.length) return;
    if (this.items.length < this.maxSize && this.hold?.busy()) {
      const left = this.items[0]!.at + this.hold.maxMs - Date.now();
      if (left > 0) {
        // Looked at again every maxWaitMs (at least every HOLD_TICK_MS), so the batch goes once nothing more comes.
        this.timer = setTimeout(() => this.due(), Math.min(left, Math.max(this.maxWaitMs, HOLD_TICK_MS)));
        return;
      }
    }
    void this.run(this.items.splice(0, this.maxSize), true);
  }

  private async run(batch: Pending<T, R>[], gated: boolean): Promise<void> {
    if (gated) this.inFlight = true;
    try {
      const out = await this.write(batch.map((b) => b.item));
      batch.forEach((b) => b.resolve(out));
    } catch (err) {
      batch.forEach((b) => b.reject(err));
    } finally {
      if (gated) {
        this.inFlight = false;
        // Whatever arrived during the write has waited at least that long: write it next.
        if (this.items.length) this.due();
      }
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
