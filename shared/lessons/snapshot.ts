/**
 * The stored state of lesson groups: every lesson with the report context it is counted by, and the groups
 * with their labels. The worker's job changes it as reports arrive or leave (`applyReportChanges`); the API
 * reads it. Pure: the Redis adapter is shared/clients/lesson-groups-store.ts.
 */
import type { LessonSearchDocument } from '../../pipelines/index/to-search-document.js';
import { analyseLessons, DEFAULT_GROUPING, type GroupingOptions, labelGroups, updateGroupIndexes } from './groups.js';
import { ownerKind, type OwnerKind } from './owner-kind.js';

/** One lesson as the groups keep it. */
export interface GroupedLesson {
  id: string;
  reportId: string;
  position: number;
  text: string;
  page: number | null;
  projectName: string | null;
  owner: string | null;
  ownerKind: OwnerKind;
  county: string | null;
  themes: string[];
  years: number[];
  /** Its terms' stems (what a search for groups matches). */
  stems: string[];
  groupId: string;
}

/** One group: its members and its label. */
export interface StoredGroup {
  id: string;
  /** The most central lesson. */
  centralId: string;
  /** The weightiest words of its lessons. */
  terms: string[];
  lessonIds: string[];
}

/** Everything the groups are: written whole by the worker, read by the API. */
export interface GroupsSnapshot {
  computedAt: string;
  threshold: number;
  /** The next number a new group's id is made from. */
  nextGroup: number;
  lessons: GroupedLesson[];
  groups: StoredGroup[];
}

/** The lesson as the groups keep it, before it has a group. */
export function groupedLessonOf(doc: LessonSearchDocument): Omit<GroupedLesson, 'stems' | 'groupId'> {
  return {
    id: doc.id,
    reportId: doc.reportId,
    position: doc.position,
    text: doc.text,
    page: doc.page ?? null,
    projectName: doc.projectName,
    owner: doc.owner,
    ownerKind: ownerKind(doc.owner),
    county: doc.county,
    themes: doc.themes ?? [],
    years: doc.years ?? [],
  };
}

type Incoming = Omit<GroupedLesson, 'stems' | 'groupId'>;

/**
 * The snapshot after the reports `changed` were indexed again or deleted: their lessons are replaced by
 * `fresh` (the lessons those reports have now; none for a deleted report). A lesson whose text is unchanged
 * keeps its group; new and changed lessons join groups or form new ones. Without `previous`, groups every
 * lesson in `fresh` from scratch.
 */
export function applyReportChanges(
  previous: GroupsSnapshot | null,
  changed: string[],
  fresh: Incoming[],
  options: GroupingOptions = DEFAULT_GROUPING,
  now = new Date(),
): GroupsSnapshot {
  const changedSet = new Set(changed);
  const before = new Map((previous?.lessons ?? []).map((l) => [l.id, l]));
  const freshIds = new Set(fresh.map((l) => l.id));
  const lessons: Incoming[] = [...(previous?.lessons ?? []).filter((l) => !changedSet.has(l.reportId) && !freshIds.has(l.id)), ...fresh];
  // Lessons that stay as they were keep their group; the rest arrive anew.
  const unchanged = new Set(lessons.filter((l) => before.get(l.id)?.text === l.text).map((l) => l.id));
  const previousGroups = (previous?.groups ?? []).map((g) => g.lessonIds.filter((id) => unchanged.has(id)));
  const analysed = analyseLessons(lessons, options.analysis);
  const groups = updateGroupIndexes(lessons, previousGroups, options, analysed);
  const labels = labelGroups(lessons, analysed, groups);

  // A group keeps the id of the earlier group most of its lessons were in; others get new ids.
  let nextGroup = previous?.nextGroup ?? 1;
  const oldGroupOf = new Map((previous?.groups ?? []).flatMap((g) => g.lessonIds.map((id) => [id, g.id] as const)));
  const taken = new Set<string>();
  const order = groups.map((g, i) => ({ g, i })).sort((a, b) => b.g.length - a.g.length);
  const ids: string[] = new Array(groups.length);
  for (const { g, i } of order) {
    const votes = new Map<string, number>();
    for (const m of g) {
      const old = unchanged.has(lessons[m]!.id) ? oldGroupOf.get(lessons[m]!.id) : undefined;
      if (old && !taken.has(old)) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    ids[i] = best ?? `g${nextGroup++}`;
    taken.add(ids[i]!);
  }
  const out: GroupedLesson[] = [];
  groups.forEach((g, i) => {
    for (const m of g) out.push({ ...lessons[m]!, stems: [...new Set(analysed.terms[m]!.map((t) => t.stem))], groupId: ids[i]! });
  });
  return {
    computedAt: now.toISOString(),
    threshold: options.threshold,
    nextGroup,
    lessons: out,
    groups: groups.map((g, i) => ({
      id: ids[i]!,
      centralId: labels[i]!.centralId,
      terms: labels[i]!.terms,
      lessonIds: g.map((m) => lessons[m]!.id),
    })),
  };
}
