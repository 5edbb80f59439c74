/**
 * Measuring lesson groups against judged pairs of lessons (test/fixtures/lesson-pairs): purity is the share
 * of judged pairs put in one group that were judged the same; completeness the share of pairs judged the
 * same that were put in one group. Pure: the CLI (services/cli/eval-groups.ts) reads the files.
 */

/** A lesson of the judged set, with the group a person put it in and how it was written. */
export interface JudgedLesson {
  id: string;
  group: string;
  kind: string;
  text: string;
}

/** One judged pair of lessons (by id). */
export interface JudgedPair {
  a: string;
  b: string;
  same: boolean;
  /** How the second lesson differs from the first: its kind (paraphrase, english…), or "near" for different lessons that share words. */
  kind: string;
}

/** Reads lessons.txt: "## key" blocks of "kind | text" lines, and "near: key, key" lines. */
export function parseLessonSet(text: string): { lessons: JudgedLesson[]; near: [string, string][] } {
  const lessons: JudgedLesson[] = [];
  const near: [string, string][] = [];
  let group = '';
  let n = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('# ')) continue;
    if (line.startsWith('## ')) {
      group = line.slice(3).trim();
      n = 0;
    } else if (line.startsWith('near:')) {
      const [x, y] = line
        .slice(5)
        .split(',')
        .map((s) => s.trim());
      if (x && y) near.push([x, y]);
    } else {
      const bar = line.indexOf('|');
      if (bar < 0 || !group) throw new Error(`lessons.txt: cannot read "${line}"`);
      lessons.push({ id: `${group}#${++n}`, group, kind: line.slice(0, bar).trim(), text: line.slice(bar + 1).trim() });
    }
  }
  return { lessons, near };
}

/**
 * The judged pairs: every two lessons of one group (same; kind of the later one), every two lessons of two
 * groups named near each other (different, "near"), and each lesson with the lesson at its place in the
 * next group (different, "far"; a pair already judged is not repeated).
 */
export function judgedPairs(lessons: JudgedLesson[], near: [string, string][]): JudgedPair[] {
  const byGroup = new Map<string, JudgedLesson[]>();
  for (const l of lessons) byGroup.set(l.group, [...(byGroup.get(l.group) ?? []), l]);
  const pairs: JudgedPair[] = [];
  for (const ls of byGroup.values()) {
    for (let i = 0; i < ls.length; i++)
      for (let j = i + 1; j < ls.length; j++) pairs.push({ a: ls[i]!.id, b: ls[j]!.id, same: true, kind: ls[j]!.kind });
  }
  for (const [x, y] of near) {
    const xs = byGroup.get(x);
    const ys = byGroup.get(y);
    if (!xs || !ys) throw new Error(`lessons.txt: near names an unknown group (${x}, ${y})`);
    for (const a of xs) for (const b of ys) pairs.push({ a: a.id, b: b.id, same: false, kind: 'near' });
  }
  const judged = new Set(pairs.map((p) => [p.a, p.b].sort().join('\n')));
  const groups = [...byGroup.values()];
  groups.forEach((ls, g) => {
    const next = groups[(g + 1) % groups.length]!;
    ls.forEach((l, i) => {
      const other = next[i % next.length]!;
      const key = [l.id, other.id].sort().join('\n');
      if (other.group === l.group || judged.has(key)) return;
      judged.add(key);
      pairs.push({ a: l.id, b: other.id, same: false, kind: 'far' });
    });
  });
  return pairs;
}

/** Purity and completeness of groups (lists of lesson ids) over judged pairs, overall and by kind of pair. */
export interface PairScores {
  purity: number;
  completeness: number;
  /** Judged pairs put in one group. */
  together: number;
  samePairs: number;
  differentPairs: number;
  /** Share of the same pairs put together, by the kind of the later lesson (english, compound…). */
  completenessByKind: Record<string, number>;
  /** Share of the different pairs kept apart, by kind (near, far). */
  apartByKind: Record<string, number>;
}

/** Scores groups against the judged pairs. */
export function scorePairs(groups: string[][], pairs: JudgedPair[]): PairScores {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const id of g) groupOf.set(id, i);
  });
  const togetherOf = (p: JudgedPair) => groupOf.get(p.a) !== undefined && groupOf.get(p.a) === groupOf.get(p.b);
  let together = 0;
  let togetherSame = 0;
  let same = 0;
  const kinds = new Map<string, { n: number; hit: number }>();
  for (const p of pairs) {
    const t = togetherOf(p);
    if (t) together++;
    if (p.same) same++;
    if (t && p.same) togetherSame++;
    const k = kinds.get(`${p.same}:${p.kind}`) ?? { n: 0, hit: 0 };
    k.n++;
    if (t === p.same) k.hit++;
    kinds.set(`${p.same}:${p.kind}`, k);
  }
  const share = (sameFlag: boolean) =>
    Object.fromEntries(
      [...kinds]
        .filter(([key]) => key.startsWith(`${sameFlag}:`))
        .map(([key, v]) => [key.slice(key.indexOf(':') + 1), round(v.hit / v.n)])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  return {
    purity: together ? round(togetherSame / together) : 1,
    completeness: same ? round(togetherSame / same) : 1,
    together,
    samePairs: same,
    differentPairs: pairs.length - same,
    completenessByKind: share(true),
    apartByKind: share(false),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Purity and inverse purity of groups against the judged groups of every lesson (cluster-level, not pairs). */
export function clusterPurity(groups: string[][], lessons: JudgedLesson[]): { purity: number; inversePurity: number } {
  const gold = new Map(lessons.map((l) => [l.id, l.group]));
  const n = lessons.length;
  let pur = 0;
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const id of g) counts.set(gold.get(id) ?? id, (counts.get(gold.get(id) ?? id) ?? 0) + 1);
    pur += Math.max(...counts.values());
  }
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const id of g) groupOf.set(id, i);
  });
  const byGold = new Map<string, string[]>();
  for (const l of lessons) byGold.set(l.group, [...(byGold.get(l.group) ?? []), l.id]);
  let inv = 0;
  for (const ids of byGold.values()) {
    const counts = new Map<number, number>();
    for (const id of ids) counts.set(groupOf.get(id) ?? -1, (counts.get(groupOf.get(id) ?? -1) ?? 0) + 1);
    inv += Math.max(...counts.values());
  }
  return { purity: round(pur / n), inversePurity: round(inv / n) };
}
