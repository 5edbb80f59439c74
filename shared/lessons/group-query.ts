/**
 * Reading lesson groups for the API: the groups some lessons match (words, counties, themes, years), ranked by
 * how many projects share them and counted by year, county, theme and kind of owner; one group whole; and the
 * groups of one report's lessons. Pure: works on a snapshot (snapshot.ts).
 */
import { CompoundSplitter, lessonTerms } from './analyse.js';
import type { GroupedLesson, GroupsSnapshot, StoredGroup } from './snapshot.js';

/** Which lessons count. */
export interface GroupFilter {
  q?: string | undefined;
  county?: string[] | undefined;
  theme?: string[] | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  /** Groups shared by fewer projects are left out. */
  minProjects: number;
  limit: number;
  offset: number;
}

/** Projects per value, most first. */
export type Counts = Record<string, number>;

/** A group as a list shows it. */
export interface GroupSummary {
  id: string;
  label: { text: string; lessonId: string; reportId: string; projectName: string | null };
  terms: string[];
  /** Projects (reports) with a matching lesson in the group. */
  projects: number;
  /** Matching lessons in the group. */
  lessons: number;
  counts: { years: Counts; counties: Counts; themes: Counts; ownerKinds: Counts };
}

/** A group whole: its summary (over all its lessons), its lessons and its reports. */
export interface GroupDetail extends GroupSummary {
  members: Omit<GroupedLesson, 'stems' | 'groupId'>[];
  reports: { id: string; projectName: string | null; owner: string | null; county: string | null; years: number[]; lessons: number }[];
}

// The splitter of a snapshot's vocabulary, so a query's compounds split as the lessons' did.
const splitters = new WeakMap<GroupsSnapshot, CompoundSplitter>();

/**
 * The stems of a query, read as lessons are: as Swedish and as English (a few words rarely tell their language:
 * "steering group"), each reading one alternative.
 */
export function queryStems(snapshot: GroupsSnapshot, q: string): string[][] {
  let splitter = splitters.get(snapshot);
  if (!splitter) {
    splitter = new CompoundSplitter();
    splitter.learn(snapshot.lessons.flatMap((l) => l.stems));
    splitters.set(snapshot, splitter);
  }
  const readings = (['sv', 'en'] as const).map((as) => [...new Set(lessonTerms(q, splitter, undefined, as).map((t) => t.stem))]);
  return readings.filter((r, i) => r.length && (i === 0 || r.join(' ') !== readings[0]!.join(' ')));
}

function matches(l: GroupedLesson, f: GroupFilter, readings: string[][]): boolean {
  if (f.county?.length && !(l.county && f.county.includes(l.county))) return false;
  if (f.theme?.length && !l.themes.some((t) => f.theme!.includes(t))) return false;
  if (f.yearFrom !== undefined || f.yearTo !== undefined) {
    const from = f.yearFrom ?? -Infinity;
    const to = f.yearTo ?? Infinity;
    if (!l.years.some((y) => y >= from && y <= to)) return false;
  }
  if (readings.length) {
    const own = new Set(l.stems);
    if (!readings.some((stems) => stems.every((s) => own.has(s)))) return false;
  }
  return true;
}

function countProjects(lessons: GroupedLesson[], values: (l: GroupedLesson) => (string | number | null)[]): Counts {
  const projects = new Map<string, Set<string>>();
  for (const l of lessons) {
    for (const v of values(l)) {
      if (v === null || v === '') continue;
      const key = String(v);
      const set = projects.get(key) ?? new Set<string>();
      set.add(l.reportId);
      projects.set(key, set);
    }
  }
  return Object.fromEntries([...projects].map(([k, s]) => [k, s.size] as const).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

function summarise(group: StoredGroup, central: GroupedLesson, lessons: GroupedLesson[]): GroupSummary {
  return {
    id: group.id,
    label: { text: central.text, lessonId: central.id, reportId: central.reportId, projectName: central.projectName },
    terms: group.terms,
    projects: new Set(lessons.map((l) => l.reportId)).size,
    lessons: lessons.length,
    counts: {
      years: countProjects(lessons, (l) => l.years),
      counties: countProjects(lessons, (l) => [l.county]),
      themes: countProjects(lessons, (l) => l.themes),
      ownerKinds: countProjects(lessons, (l) => [l.ownerKind]),
    },
  };
}

/** The groups with lessons that match, ranked by projects (then lessons, then id), a page of them and the total. */
export function queryGroups(snapshot: GroupsSnapshot, f: GroupFilter): { total: number; groups: GroupSummary[] } {
  const readings = f.q ? queryStems(snapshot, f.q) : [];
  const byId = new Map(snapshot.lessons.map((l) => [l.id, l]));
  const ranked: GroupSummary[] = [];
  for (const g of snapshot.groups) {
    const lessons = g.lessonIds.map((id) => byId.get(id)!).filter((l) => matches(l, f, readings));
    if (!lessons.length) continue;
    const s = summarise(g, byId.get(g.centralId)!, lessons);
    if (s.projects >= f.minProjects) ranked.push(s);
  }
  ranked.sort((a, b) => b.projects - a.projects || b.lessons - a.lessons || a.id.localeCompare(b.id));
  return { total: ranked.length, groups: ranked.slice(f.offset, f.offset + f.limit) };
}

/** One group whole, or null when there is none by that id. */
export function groupDetail(snapshot: GroupsSnapshot, id: string): GroupDetail | null {
  const group = snapshot.groups.find((g) => g.id === id);
  if (!group) return null;
  const byId = new Map(snapshot.lessons.map((l) => [l.id, l]));
  const lessons = group.lessonIds.map((m) => byId.get(m)!).sort((a, b) => a.reportId.localeCompare(b.reportId) || a.position - b.position);
  const reports = new Map<string, GroupDetail['reports'][number]>();
  for (const l of lessons) {
    const r = reports.get(l.reportId) ?? {
      id: l.reportId,
      projectName: l.projectName,
      owner: l.owner,
      county: l.county,
      years: l.years,
      lessons: 0,
    };
    r.lessons++;
    reports.set(l.reportId, r);
  }
  return {
    ...summarise(group, byId.get(group.centralId)!, lessons),
    members: lessons.map(({ stems: _s, groupId: _g, ...rest }) => rest),
    reports: [...reports.values()],
  };
}

/** For each lesson of a report: its group and how many other projects share that group. */
export function reportLessonGroups(
  snapshot: GroupsSnapshot,
  reportId: string,
): { lessonId: string; position: number; groupId: string; otherProjects: number }[] {
  const projectsOf = new Map<string, Set<string>>();
  for (const l of snapshot.lessons) {
    const set = projectsOf.get(l.groupId) ?? new Set<string>();
    set.add(l.reportId);
    projectsOf.set(l.groupId, set);
  }
  return snapshot.lessons
    .filter((l) => l.reportId === reportId)
    .sort((a, b) => a.position - b.position)
    .map((l) => ({ lessonId: l.id, position: l.position, groupId: l.groupId, otherProjects: projectsOf.get(l.groupId)!.size - 1 }));
}
