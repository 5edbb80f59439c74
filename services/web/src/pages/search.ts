import {
  ApiError,
  download,
  type FacetValues,
  get,
  type LessonHit,
  type LessonResults,
  originalUrl,
  type ReportHit,
  type ReportResults,
} from '../api';
import { debounce, h, marked, mount } from '../dom';
import { sek, t, tk } from '../i18n';
import { settings } from '../settings';
import { addToTray, go } from '../main';

const FACETS = ['county', 'municipality', 'owner', 'documentType', 'theme', 'programme', 'year'] as const;
const RANGES = ['budgetMin', 'budgetMax', 'activeFrom', 'activeTo'] as const;
const SORTS = ['relevance', 'budget:desc', 'budget:asc', 'start:desc', 'start:asc'];
const PAGE = 20;
// The API pages through at most this many hits of a search.
const MAX_HITS = 10_000;
const EXPORTS = [
  ['csv', 'CSV', 'exportCsv'],
  ['xlsx', 'Excel', 'exportXlsx'],
  ['jsonl', 'JSON Lines', 'exportJsonl'],
] as const;

/** The whole search state lives in the URL, so a search can be bookmarked and shared. */
function state(): URLSearchParams {
  return new URLSearchParams(location.search);
}

function setState(p: URLSearchParams, replace = false): void {
  for (const [k, v] of [...p]) if (!v) p.delete(k);
  go(`/${[...p].length ? `?${p}` : ''}`, replace);
}

function period(p: { start: string | null; end: string | null }): string {
  return p.start || p.end ? `${p.start ?? '?'} – ${p.end ?? '?'}` : '–';
}

function facetLabel(name: string, value: string): string {
  return name === 'documentType' ? tk(`docType_${value}`) : value;
}

function compareButton(id: string, name: string): HTMLButtonElement {
  const s = t();
  const inTray = settings.tray().some((i) => i.id === id);
  return h(
    'button',
    { type: 'button', class: 'small', disabled: inTray, onclick: () => addToTray(id, name) },
    inTray ? s.inCompare : s.addCompare,
  );
}

function reportLink(id: string, label: HTMLElement | string): HTMLAnchorElement {
  return h(
    'a',
    {
      href: `/reports/${id}`,
      onclick: (e: Event) => {
        e.preventDefault();
        go(`/reports/${id}`);
      },
    },
    label,
  );
}

function lessonCard(hit: LessonHit): HTMLElement {
  const s = t();
  const r = hit.report;
  return h(
    'article',
    { class: 'card lesson' },
    h('p', { class: 'lesson-text' }, marked(hit.highlight.text)),
    h(
      'p',
      { class: 'meta' },
      reportLink(r.id, marked(hit.highlight.projectName ?? r.projectName ?? s.openReport)),
      r.owner ? [' · ', marked(hit.highlight.owner ?? r.owner)] : null,
      r.county ? ` · ${r.county}` : null,
      ` · ${period(r.period)}`,
      // Where in the report the lesson stands: its page of the original opens in a new tab.
      hit.page
        ? [
            ' · ',
            h(
              'a',
              { class: 'page-link', href: originalUrl(r.id, hit.page, hit.originalUrl), target: '_blank', rel: 'noopener' },
              `${s.page} ${hit.page}`,
            ),
          ]
        : null,
    ),
    h('div', { class: 'actions' }, compareButton(r.id, r.projectName ?? r.id.slice(0, 8))),
  );
}

function reportCard(hit: ReportHit): HTMLElement {
  const hl = hit.highlight;
  return h(
    'article',
    { class: 'card report' },
    h('h3', {}, reportLink(hit.id, marked(hl?.projectName ?? hit.projectName ?? hit.id.slice(0, 12)))),
    h(
      'p',
      { class: 'meta' },
      tk(`docType_${hit.documentType ?? 'unknown'}`),
      hit.owner ? [' · ', marked(hl?.owner ?? hit.owner)] : null,
      hit.county ? ` · ${hit.county}` : null,
      ` · ${period(hit.period)}`,
      hit.budget.totalSek !== null ? ` · ${sek(hit.budget.totalSek)}` : null,
    ),
    hl?.lessonsLearned?.length
      ? h(
          'ul',
          { class: 'matched-lessons' },
          hl.lessonsLearned.slice(0, 3).map((l) => h('li', {}, marked(l))),
        )
      : hl?.summary
        ? h('p', {}, marked(hl.summary))
        : null,
    h('div', { class: 'actions' }, compareButton(hit.id, hit.projectName ?? hit.id.slice(0, 8))),
  );
}

type FacetName = (typeof FACETS)[number];

// The checkboxes of a facet's values; ticking or unticking one changes the URL (any of the ticked values matches).
function facetItems(name: FacetName, entries: [string, number][], selected: string[]): HTMLElement[] {
  const id = `facet-${name}`;
  return entries.map(([value, n], i) => {
    const checked = selected.includes(value);
    return h(
      'li',
      {},
      h('input', {
        type: 'checkbox',
        id: `${id}-${i}`,
        checked,
        onchange: () => {
          const q = state();
          const rest = q.getAll(name).filter((v) => v !== value);
          q.delete(name);
          for (const v of checked ? rest : [...rest, value]) q.append(name, v);
          q.delete('page');
          setState(q);
        },
      }),
      h('label', { for: `${id}-${i}` }, facetLabel(name, value), h('span', { class: 'count' }, String(n))),
    );
  });
}

// A box that finds the owners beginning with what is typed, counted under the search on screen.
function ownerSearch(list: HTMLElement, shown: [string, number][], selected: string[], p: URLSearchParams): HTMLElement {
  const s = t();
  let asked = 0;
  const box = h('input', {
    type: 'search',
    class: 'facet-search',
    placeholder: s.findOwner,
    'aria-label': s.findOwner,
    autocomplete: 'off',
  });
  box.addEventListener(
    'input',
    debounce(async () => {
      const my = ++asked;
      const text = box.value.trim();
      if (!text) return mount(list, facetItems('owner', shown, selected));
      const params = searchParams(p);
      params.delete('sort');
      params.set('index', p.get('mode') === 'reports' ? 'reports' : 'lessons');
      params.set('facetQuery', text);
      try {
        const res = await get<FacetValues>('/facets/owner/search', params);
        if (my !== asked) return;
        const found: [string, number][] = res.values.map((v) => [v.value, v.count]);
        mount(list, found.length ? facetItems('owner', found, selected) : h('li', { class: 'muted' }, s.noValues));
      } catch (err) {
        if (my === asked) mount(list, h('li', { class: 'error', role: 'alert' }, (err as Error).message));
      }
    }, 200),
  );
  return box;
}

function facetGroup(name: FacetName, counts: Record<string, number>, p: URLSearchParams): HTMLElement | null {
  const selected = p.getAll(name);
  // An active facet is counted without its own filter, so it lists every value and several can be ticked;
  // a ticked value no hit has any longer stays listed (at 0) so it can be unticked.
  const entries: [string, number][] = [
    ...Object.entries(counts),
    ...selected.filter((v) => !(v in counts)).map((v): [string, number] => [v, 0]),
  ];
  if (name === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
  if (!entries.length) return null;
  const shown = selected.length ? entries : entries.slice(0, 12);
  const list = h('ul', {}, facetItems(name, shown, selected));
  return h(
    'fieldset',
    { class: 'facet' },
    h('legend', {}, tk(`facet_${name}`)),
    name === 'owner' ? ownerSearch(list, shown, selected, p) : null,
    list,
  );
}

function chips(p: URLSearchParams): HTMLElement | null {
  const s = t();
  const active = [...p].filter(([k]) => (FACETS as readonly string[]).includes(k) || (RANGES as readonly string[]).includes(k));
  if (!active.length) return null;
  return h(
    'div',
    { class: 'chips', 'aria-label': s.filters },
    active.map(([k, v]) =>
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'aria-label': `${s.remove}: ${tk(`facet_${k}`) === `facet_${k}` ? tk(k) : tk(`facet_${k}`)} ${v}`,
          onclick: () => {
            const q = state();
            const keep = q.getAll(k).filter((x) => x !== v);
            q.delete(k);
            for (const x of keep) q.append(k, x);
            q.delete('page');
            setState(q);
          },
        },
        `${(FACETS as readonly string[]).includes(k) ? facetLabel(k, v) : `${tk(k)}: ${v}`} `,
        h('span', { 'aria-hidden': 'true' }, '×'),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () => {
          const q = new URLSearchParams();
          const keep = state();
          for (const k of ['q', 'mode', 'sort']) if (keep.get(k)) q.set(k, keep.get(k)!);
          setState(q);
        },
      },
      s.clearAll,
    ),
  );
}

function rangeForm(p: URLSearchParams): HTMLElement {
  const s = t();
  const input = (name: (typeof RANGES)[number], type: string, label: string, extra: Record<string, string> = {}) =>
    h('label', { class: 'range' }, label, h('input', { name, type, value: p.get(name) ?? '', ...extra }));
  const form = h(
    'form',
    {
      class: 'ranges',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(form);
        const q = state();
        for (const k of RANGES) q.set(k, String(data.get(k) ?? '').trim());
        q.delete('page');
        setState(q);
      },
    },
    h(
      'fieldset',
      { class: 'facet' },
      h('legend', {}, s.budget),
      input('budgetMin', 'number', s.budgetMin, { min: '0', step: '1000', inputmode: 'numeric' }),
      input('budgetMax', 'number', s.budgetMax, { min: '0', step: '1000', inputmode: 'numeric' }),
    ),
    h(
      'fieldset',
      { class: 'facet' },
      h('legend', {}, s.period),
      input('activeFrom', 'month', s.activeFrom),
      input('activeTo', 'month', s.activeTo),
    ),
    h('button', { type: 'submit', class: 'small' }, s.apply),
  );
  return form;
}

/** The words, filters and sort of the search in the URL, as the API takes them. */
function searchParams(p: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  params.set('q', p.get('q') ?? '');
  for (const k of FACETS) for (const v of p.getAll(k)) params.append(k, v);
  for (const k of RANGES) if (p.get(k)) params.set(k, p.get(k)!);
  if (p.get('sort')) params.set('sort', p.get('sort')!);
  return params;
}

/** Downloads every result of the search on screen in one format, through the API (with the read key). */
async function exportResults(format: string, mode: 'lessons' | 'reports', bar: HTMLElement): Promise<void> {
  const s = t();
  const buttons = [...bar.querySelectorAll('button')];
  const status = bar.querySelector('.export-status')!;
  for (const b of buttons) b.disabled = true;
  mount(status, s.exporting);
  try {
    const params = searchParams(state());
    params.set('index', mode);
    params.set('format', format);
    const file = await download('/export', params);
    const url = URL.createObjectURL(file.blob);
    const link = h('a', { href: url, download: file.name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    mount(status);
  } catch (err) {
    const code = err instanceof ApiError ? tk(`err_${err.code}`) : null;
    const why = code && !code.startsWith('err_') ? code : (err as Error).message;
    mount(status, h('span', { class: 'error', role: 'alert' }, `${s.exportFailed}: ${why}`));
  } finally {
    for (const b of buttons) b.disabled = false;
  }
}

function exportBar(mode: 'lessons' | 'reports'): HTMLElement {
  const s = t();
  const bar: HTMLElement = h(
    'div',
    { class: 'export', role: 'group', 'aria-label': s.exportAll },
    h('span', { class: 'muted' }, s.exportAll),
    EXPORTS.map(([format, label, title]) =>
      h(
        'button',
        { type: 'button', class: 'small', 'data-format': format, title: s[title], onclick: () => void exportResults(format, mode, bar) },
        label,
      ),
    ),
    h('span', { class: 'export-status', 'aria-live': 'polite' }),
  );
  return bar;
}

// Previous and next page, and where in the pages the results on screen are; none when one page holds them all.
function pager(page: number, totalPages: number): HTMLElement | null {
  const s = t();
  const last = Math.min(totalPages, MAX_HITS / PAGE);
  if (last <= 1 && page <= 1) return null;
  const to = (n: number) => () => {
    const q = state();
    q.set('page', n === 1 ? '' : String(n));
    setState(q);
    view?.results.scrollIntoView?.({ block: 'start' });
  };
  return h(
    'nav',
    { class: 'pager', 'aria-label': s.pages },
    h('button', { type: 'button', class: 'small', 'data-page': 'prev', disabled: page <= 1, onclick: to(page - 1) }, s.prevPage),
    h('span', { class: 'page-of' }, s.pageOf(page, Math.max(last, 1))),
    h('button', { type: 'button', class: 'small', 'data-page': 'next', disabled: page >= last, onclick: to(page + 1) }, s.nextPage),
  );
}

interface View {
  box: HTMLInputElement;
  modeButtons: HTMLButtonElement[];
  sort: HTMLSelectElement;
  chips: HTMLElement;
  side: HTMLElement;
  results: HTMLElement;
}
let view: View | null = null;
let ticket = 0;

/** True when the search page is on screen and can be refreshed in place (keeps focus in the box). */
export function searchMounted(main: Element | null): boolean {
  return Boolean(view && main?.contains(view.box));
}

/** `/`: search lessons (default) or reports, with facets, chips, ranges, sorting and paging. */
export async function searchPage(main: HTMLElement): Promise<void> {
  const s = t();
  const p = state();
  const box = h('input', {
    type: 'search',
    id: 'q',
    name: 'q',
    value: p.get('q') ?? '',
    placeholder: s.searchPlaceholder,
    autocomplete: 'off',
    'aria-describedby': 'result-count',
  });
  box.addEventListener(
    'input',
    debounce(() => {
      const q = state();
      q.set('q', box.value);
      q.delete('page');
      setState(q, true);
    }, 250),
  );
  const modeButtons = (['lessons', 'reports'] as const).map((m) =>
    h(
      'button',
      {
        type: 'button',
        role: 'radio',
        'data-mode': m,
        onclick: () => {
          const q = state();
          q.set('mode', m === 'lessons' ? '' : m);
          q.delete('page');
          setState(q);
        },
      },
      m === 'lessons' ? s.modeLessons : s.modeReports,
    ),
  );
  const sort = h(
    'select',
    {
      id: 'sort',
      onchange: (e: Event) => {
        const q = state();
        const v = (e.target as HTMLSelectElement).value;
        q.set('sort', v === 'relevance' ? '' : v);
        q.delete('page');
        setState(q);
      },
    },
    SORTS.map((v) => h('option', { value: v }, tk(`sort_${v}`))),
  );
  view = {
    box,
    modeButtons,
    sort,
    chips: h('div', { class: 'chips-holder' }),
    side: h('aside', { class: 'facets', 'aria-label': s.filters }),
    results: h('section', { class: 'results', 'aria-live': 'polite' }),
  };
  mount(
    main,
    h(
      'form',
      {
        class: 'search',
        role: 'search',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const q = state();
          q.set('q', box.value);
          setState(q);
        },
      },
      h('label', { for: 'q', class: 'visually-hidden' }, s.searchLabel),
      box,
      h('div', { class: 'switch', role: 'radiogroup', 'aria-label': `${s.modeLessons} / ${s.modeReports}` }, modeButtons),
      h('label', { for: 'sort', class: 'sort-label' }, s.sort, sort),
    ),
    view.chips,
    h('div', { class: 'layout' }, view.side, view.results),
  );
  if (!matchMedia('(max-width: 700px)').matches) box.focus();
  await refreshSearch();
}

/** Runs the search the URL describes and redraws chips, facets and results (the search box stays). */
export async function refreshSearch(): Promise<void> {
  if (!view) return;
  const s = t();
  const my = ++ticket;
  const p = state();
  const mode = p.get('mode') === 'reports' ? 'reports' : 'lessons';
  if (document.activeElement !== view.box) view.box.value = p.get('q') ?? '';
  for (const b of view.modeButtons) {
    const on = b.dataset.mode === mode;
    b.setAttribute('aria-checked', String(on));
    b.className = on ? 'on' : '';
  }
  view.sort.value = p.get('sort') ?? 'relevance';
  mount(view.chips, chips(p));
  view.results.setAttribute('aria-busy', 'true');

  const params = searchParams(p);
  params.set('facets', FACETS.join(','));
  // Pages of PAGE hits: the API then counts every hit exactly, and pages reach the last of them.
  const page = Math.min(MAX_HITS / PAGE, Math.max(1, Math.floor(Number(p.get('page') ?? 1)) || 1));
  params.set('limit', String(PAGE));
  params.set('page', String(page));
  try {
    const res = await get<LessonResults | ReportResults>(mode === 'lessons' ? '/lessons' : '/search', params);
    if (my !== ticket) return; // a newer search has started; its answer wins
    mount(
      view.side,
      FACETS.map((f) => facetGroup(f, res.facets?.[f] ?? {}, p)),
      rangeForm(p),
    );
    mount(
      view.results,
      h(
        'div',
        { class: 'result-bar' },
        h('p', { id: 'result-count', class: 'count-line' }, s.results(res.total)),
        res.total ? exportBar(mode) : null,
      ),
      res.hits.length
        ? res.hits.map((hit) => (mode === 'lessons' ? lessonCard(hit as LessonHit) : reportCard(hit as ReportHit)))
        : h('p', { class: 'empty' }, s.noResults),
      pager(page, res.totalPages ?? 1),
    );
  } catch (err) {
    if (my !== ticket) return;
    mount(view.side);
    mount(view.results, h('p', { class: 'error', role: 'alert' }, `${s.errorGeneric}: ${(err as Error).message}`));
  }
  view.results.setAttribute('aria-busy', 'false');
}
