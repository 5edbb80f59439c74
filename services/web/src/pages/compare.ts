import { type CompareResult, get, type Report } from '../api';
import { h, mount } from '../dom';
import { sek, t, tk } from '../i18n';
import { settings } from '../settings';
import { go } from '../main';

// Rows of the comparison: label, the field name in `differing`, and how to show a report's value.
const ROWS: [string, string, (r: Report) => Node | string][] = [
  ['owner', 'owner', (r) => r.owner ?? '–'],
  ['documentType', 'documentType', (r) => tk(`docType_${r.documentType ?? 'unknown'}`)],
  [
    'periodLabel',
    'period.start',
    (r) => `${r.period.start ?? '?'} – ${r.period.end ?? '?'}${r.period.months ? ` (${t().months(r.period.months)})` : ''}`,
  ],
  ['totalBudget', 'budget.totalSek', (r) => sek(r.budget.totalSek)],
  ['grantedBudget', 'budget.grantedSek', (r) => sek(r.budget.grantedSek)],
  ['county', 'county', (r) => r.county ?? '–'],
  ['municipalities', 'municipalities', (r) => r.municipalities.join(', ') || '–'],
  ['themes', 'themes', (r) => r.themes.join(', ') || '–'],
  ['programme', 'programme', (r) => r.programme ?? '–'],
  [
    'lessons',
    'lessons',
    (r) =>
      h(
        'ul',
        {},
        r.lessonsLearned.map((l) => h('li', {}, l)),
      ),
  ],
];

/** `/compare?ids=…`: 2–5 reports as columns; rows where they differ are marked. */
export async function comparePage(main: HTMLElement): Promise<void> {
  const s = t();
  const ids = (
    new URLSearchParams(location.search).get('ids') ??
    settings
      .tray()
      .map((i) => i.id)
      .join(',')
  )
    .split(',')
    .filter((x) => /^[a-f0-9]{64}(?:-[1-9][0-9]{0,3})?$/.test(x));
  if (ids.length < 2) {
    mount(main, h('h1', {}, s.compareTitle), h('p', {}, s.compareEmpty));
    return;
  }
  mount(main, h('h1', {}, s.compareTitle), h('p', { class: 'muted' }, s.loading));
  let res: CompareResult;
  try {
    res = await get<CompareResult>('/compare', new URLSearchParams({ ids: ids.slice(0, 5).join(',') }));
  } catch (err) {
    mount(main, h('h1', {}, s.compareTitle), h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    return;
  }
  const differs = (field: string) =>
    res.differing.includes(field) || (field === 'period.start' && res.differing.some((d) => d.startsWith('period')));
  mount(
    main,
    h('h1', {}, s.compareTitle),
    h('p', { class: 'muted' }, s.compareHint),
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': s.compareTitle },
      h(
        'table',
        { class: 'compare' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, ''),
            res.reports.map((r) =>
              h(
                'th',
                { scope: 'col' },
                h(
                  'a',
                  {
                    href: `/reports/${r.id}`,
                    onclick: (e: Event) => {
                      e.preventDefault();
                      go(`/reports/${r.id}`);
                    },
                  },
                  r.projectName ?? r.id.slice(0, 12),
                ),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ROWS.map(([label, field, cell]) =>
            h(
              'tr',
              { class: differs(field) ? 'differs' : '' },
              h('th', { scope: 'row' }, tk(label), differs(field) ? h('span', { class: 'diff-mark' }, ` · ${s.differs}`) : null),
              res.reports.map((r) => h('td', {}, cell(r))),
            ),
          ),
        ),
      ),
    ),
  );
}
