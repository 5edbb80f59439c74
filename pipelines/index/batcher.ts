/**
 * Collects items from concurrent callers into batches and writes each batch once.
 * A batch is written when it reaches `maxSize` or `maxWaitMs` after its first item; every caller's
 * promise settles with the outcome of the write that carried its item.
 */
export class Batcher<T> {
  private items: { item: T; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly maxSize: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Adds an item; resolves once the batch holding it has been written. */
  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.items.push({ item, resolve, reject });
      if (this.items.length >= this.maxSize) this.flush();
      else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
    });
  }

  /** Writes whatever is pending now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.items;
    this.items = [];
    if (!batch.length) return;
    this.write(batch.map((b) => b.item)).then(
      () => batch.forEach((b) => b.resolve()),
      (err) => batch.forEach((b) => b.reject(err)),
    );
  }
}
