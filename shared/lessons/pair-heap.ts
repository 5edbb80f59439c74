/** A candidate merge: two groups, their mean similarity, and the versions of both it was computed for. */
export interface Candidate {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

// Higher mean first; among equals the pair of lower ids, so clustering does not depend on insertion order.
function before(x: Candidate, y: Candidate): boolean {
  if (x.avg !== y.avg) return x.avg > y.avg;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

/** A binary max-heap of candidate merges (stale entries are skipped by the caller when popped). */
export class PairHeap {
  private readonly items: Candidate[] = [];

  get size(): number {
    return this.items.length;
  }

  push(c: Candidate): void {
    const items = this.items;
    items.push(c);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (!items.length || !last) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && before(items[l]!, items[m]!)) m = l;
      if (r < items.length && before(items[r]!, items[m]!)) m = r;
      if (m === i) break;
      [items[i], items[m]] = [items[m]!, items[i]!];
      i = m;
    }
    return top;
  }
}
