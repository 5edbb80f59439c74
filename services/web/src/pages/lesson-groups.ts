import { get, type LessonGroup, type LessonGroups, type ReportLessonGroups } from '../api';
import { h, mount } from '../dom';
import { t } from '../i18n';
import { go, pageLink } from '../main';

type Counts = Record<string, number>;

// The URL's parameters the page passes on to the API (the group shown open is `group`).
const PARAMS = ['q', 'county', 'theme', 'yearFrom', 'yearTo'] as const;

/**
 * A small bar per year from the first to the last: its height is the projects of that year against the group's
 * busiest year (set through the element's style object: the page's CSP refuses style attributes).
 */
function yearBars(years: Counts): HTMLElement {
  const s = t();
  const known = Object.keys(years).map(Number);
  const span = known.length ? Array.from({ length: Math.max(...known) - Math.min(...known) + 1 }, (_, i) => Math.min(...known) + i) : [];
  const max = Math.max(1, ...Object.values(years));
  return h(
    'div',
    { class: 'year-bars', role: 'img', 'aria-label': `${s.groupsPerYear}: ${span.map((y) => `${y} ${years[y] ?? 0}`).join(', ')}` },
    span.map((y) => {
      const n = years[y] ?? 0;
      const fill = h('span', { class: 'year-bar-fill' });
      fill.style.height = `${n ? Math.max(8, Math.round((n / max) * 100)) : 0}%`;
      return h('span', { class: 'year-bar', title: `${y}: ${s.groupProjects(n)}`, 'data-year': y, 'data-count': n }, fill);
    }),
    span.length ? h('span', { class: 'muted year-span' }, span.length > 1 ? `${span[0]}–${span[span.length - 1]}` : String(span[0])) : null,
  );
}

function counties(c: Counts): string {
  return Object.entries(c)
    .slice(0, 5)
    .map(([name, n]) => `${name} (${n})`)
    .join(', ');
}

async function groupView(id: string): Promise<HTMLElement> {
  const s = t();
  const g = await get<LessonGroup>(`/lessons/groups/${encodeURIComponent(id)}`);
  return h(
    'ol',
    { class: 'group-lessons', 'data-testid': `group-lessons-${id}` },
    g.members.map((m) =>
      h(
        'li',
        {},
        h('q', {}, m.text),
        ' ',
        pageLink(`/reports/${m.reportId}`, {}, m.projectName ?? s.unnamedProject),
        m.county ? h('span', { class: 'muted' }, ` · ${m.county}`) : null,
      ),
    ),
  );
}

/** `/aterkommande`: the lesson groups of the current words and filters, each with its projects per year and counties. */
export async function lessonGroupsPage(main: HTMLElement): Promise<void> {
  const s = t();
  const url = new URLSearchParams(location.search);
  const field = (name: (typeof PARAMS)[number], label: string, type = 'text') =>
    h('label', {}, label, h('input', { name, type, value: url.get(name) ?? '', ...(type === 'number' ? { min: 1900, max: 2100 } : {}) }));
  const form = h(
    'form',
    {
      class: 'group-filters',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const next = new URLSearchParams();
        for (const [k, v] of new FormData(e.target as HTMLFormElement)) if (String(v).trim()) next.set(k, String(v).trim());
        go(`/aterkommande${[...next].length ? `?${next}` : ''}`);
      },
    },
    field('q', s.groupsWords),
    field('county', s.facet_county),
    field('theme', s.facet_theme),
    field('yearFrom', s.activeFrom, 'number'),
    field('yearTo', s.activeTo, 'number'),
    h('button', { type: 'submit', class: 'primary' }, s.apply),
  );
  const list = h('div', { class: 'groups' }, h('p', { class: 'muted' }, s.loading));
  mount(main, h('h1', {}, s.groupsTitle), h('p', { class: 'muted' }, s.groupsIntro), form, list);

  const params = new URLSearchParams();
  for (const p of PARAMS) if (url.get(p)) params.set(p, url.get(p)!);
  params.set('limit', '50');
  let body: LessonGroups;
  try {
    body = await get('/lessons/groups', params);
  } catch (err) {
    mount(list, h('p', { class: 'error' }, (err as Error).message));
    return;
  }
  const open = url.get('group');
  const items = body.groups.map((g) => {
    const lessons = h('div', { class: 'group-open' });
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'link',
        'aria-expanded': 'false',
        onclick: async () => {
          if (toggle.getAttribute('aria-expanded') === 'true') {
            toggle.setAttribute('aria-expanded', 'false');
            lessons.replaceChildren();
            return;
          }
          toggle.setAttribute('aria-expanded', 'true');
          mount(lessons, await groupView(g.id));
        },
      },
      s.groupOpen(g.lessons),
    );
    const item = h(
      'article',
      { class: 'panel group', 'data-testid': `group-${g.id}` },
      h('h2', {}, h('q', {}, g.label.text)),
      h('p', { class: 'group-count' }, h('strong', {}, s.groupProjects(g.projects)), ` · ${g.terms.join(', ')}`),
      yearBars(g.counts.years),
      Object.keys(g.counts.counties).length ? h('p', { class: 'muted group-counties' }, counties(g.counts.counties)) : null,
      toggle,
      lessons,
    );
    if (open === g.id) void toggle.click();
    return item;
  });
  mount(list, h('p', { class: 'muted' }, s.groupsTotal(body.total)), items.length ? items : h('p', {}, s.groupsNone));
}

/**
 * On a report's page: after each lesson shared by other projects, "the same lesson in N other projects", linking
 * to its group. The list's items are the report's lessons in order.
 */
export async function addSameLessonLinks(list: HTMLElement, reportId: string): Promise<void> {
  const s = t();
  const body = await get<ReportLessonGroups>(`/projects/${reportId}/lesson-groups`).catch(() => ({ lessons: [] }));
  const items = list.querySelectorAll(':scope > li');
  for (const l of body.lessons) {
    const li = items[l.position - 1];
    if (!li || l.otherProjects < 1) continue;
    const href = `/aterkommande?group=${encodeURIComponent(l.groupId)}`;
    li.append(' ', pageLink(href, { class: 'same-lesson', 'data-testid': 'same-lesson' }, s.sameLessonIn(l.otherProjects)));
  }
}
