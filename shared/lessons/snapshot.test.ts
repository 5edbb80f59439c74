import { describe, expect, it } from 'vitest';
import { groupDetail, queryGroups, reportLessonGroups } from './group-query.js';
import { applyReportChanges, type GroupedLesson } from './snapshot.js';

type Incoming = Omit<GroupedLesson, 'stems' | 'groupId'>;

const lesson = (reportId: string, position: number, text: string, county: string, years: number[], owner = 'Ludvika kommun'): Incoming => ({
  id: `${reportId}-${position}`,
  reportId,
  position,
  text,
  page: null,
  projectName: `Projekt ${reportId}`,
  owner,
  ownerKind: owner.includes('kommun') ? 'municipality' : 'association',
  county,
  themes: county === 'Dalarnas län' ? ['Kompetensförsörjning'] : [],
  years,
});

const MANDATE = 'Näringslivets representanter i styrgruppen behöver ett tydligt mandat.';
const MANDATE_EN = 'Members of the steering group need a clear mandate to make decisions.';
const STATS = 'Det var svårt att mäta effekterna eftersom jämförbar statistik saknades.';
const STATS_EN = 'It was difficult to measure effects because comparable statistics were missing.';

const FIRST = [
  lesson('a', 1, MANDATE, 'Dalarnas län', [2015, 2016]),
  lesson('a', 2, STATS, 'Dalarnas län', [2015, 2016]),
  lesson('b', 1, MANDATE_EN, 'Skåne län', [2019], 'Föreningen Leader Skåne'),
  lesson('c', 1, STATS_EN, 'Skåne län', [2020]),
];

const defaults = { minProjects: 1, limit: 20, offset: 0 };

describe('lesson-group snapshots', () => {
  const first = applyReportChanges(null, [], FIRST, undefined, new Date('2026-01-01T00:00:00Z'));
  const groupOf = (snap: typeof first, id: string) => snap.lessons.find((l) => l.id === id)?.groupId;

  it('groups from scratch, each group with a label among its lessons', () => {
    expect(groupOf(first, 'a-1')).toBe(groupOf(first, 'b-1'));
    expect(groupOf(first, 'a-2')).toBe(groupOf(first, 'c-1'));
    expect(groupOf(first, 'a-1')).not.toBe(groupOf(first, 'a-2'));
    for (const g of first.groups) expect(g.lessonIds).toContain(g.centralId);
    expect(first.computedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('keeps group ids when a report arrives, and drops a deleted report’s lessons', () => {
    const arrived = applyReportChanges(
      first,
      ['d'],
      [lesson('d', 1, 'Styrgruppens representanter saknade mandat.', 'Dalarnas län', [2021])],
    );
    expect(groupOf(arrived, 'a-1')).toBe(groupOf(first, 'a-1'));
    expect(groupOf(arrived, 'a-2')).toBe(groupOf(first, 'a-2'));
    expect(groupOf(arrived, 'd-1')).toBe(groupOf(first, 'a-1'));
    const deleted = applyReportChanges(arrived, ['b'], []);
    expect(deleted.lessons.some((l) => l.reportId === 'b')).toBe(false);
    expect(groupOf(deleted, 'a-1')).toBe(groupOf(first, 'a-1'));
    // A group whose lessons all left is gone.
    const empty = applyReportChanges(deleted, ['a', 'd'], []);
    expect(empty.groups.some((g) => g.id === groupOf(first, 'a-1'))).toBe(false);
  });

  it('ranks by projects and counts projects by year, county, theme and kind of owner', () => {
    const arrived = applyReportChanges(
      first,
      ['d'],
      [lesson('d', 1, 'Styrgruppens representanter saknade mandat.', 'Dalarnas län', [2016])],
    );
    const { groups, total } = queryGroups(arrived, defaults);
    expect(total).toBe(2);
    expect(groups[0]!.projects).toBe(3);
    expect(groups[0]!.counts.years).toEqual({ '2016': 2, '2015': 1, '2019': 1 });
    expect(groups[0]!.counts.counties).toEqual({ 'Dalarnas län': 2, 'Skåne län': 1 });
    expect(groups[0]!.counts.themes).toEqual({ Kompetensförsörjning: 2 });
    expect(groups[0]!.counts.ownerKinds).toEqual({ municipality: 2, association: 1 });
    expect(queryGroups(arrived, { ...defaults, minProjects: 3 }).total).toBe(1);
  });

  it('filters by county, theme, years and words (English words find Swedish lessons)', () => {
    const inSkane = queryGroups(first, { ...defaults, county: ['Skåne län'] });
    expect(inSkane.groups.map((g) => g.lessons)).toEqual([1, 1]);
    expect(queryGroups(first, { ...defaults, theme: ['Kompetensförsörjning'] }).groups.every((g) => g.projects === 1)).toBe(true);
    expect(queryGroups(first, { ...defaults, yearFrom: 2020, yearTo: 2021 }).groups.map((g) => g.label.text)).toHaveLength(1);
    const steering = queryGroups(first, { ...defaults, q: 'steering group' });
    expect(steering.total).toBe(1);
    expect(steering.groups[0]!.lessons).toBe(2);
    expect(queryGroups(first, { ...defaults, q: 'styrgruppsmandat' }).total).toBe(1);
  });

  it('answers a group whole and a report’s lessons with the other projects sharing them', () => {
    const id = groupOf(first, 'a-1')!;
    const detail = groupDetail(first, id)!;
    expect(detail.members.map((m) => m.id).sort()).toEqual(['a-1', 'b-1']);
    expect(detail.reports.map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(groupDetail(first, 'g999')).toBeNull();
    expect(reportLessonGroups(first, 'a')).toEqual([
      { lessonId: 'a-1', position: 1, groupId: id, otherProjects: 1 },
      { lessonId: 'a-2', position: 2, groupId: groupOf(first, 'a-2'), otherProjects: 1 },
    ]);
  });
});
