import { ApiError, type DocumentState, get, originalUrl, type Provenance, send, type SimilarHit, type SimilarResults } from '../api';
import { h, mount } from '../dom';
import { sek, t, tk } from '../i18n';
import { settings } from '../settings';
import { addToTray, go } from '../main';
import { addSameLessonLinks } from './lesson-groups';

// Error codes of passing faults: a document that failed on one of these can be read again.
const TRANSIENT = new Set(['internal', 'service_unavailable', 'disk_full', 'rate_limited']);

// Field path, label key, how to show it, and how an edited string becomes the value to send.
const FIELDS: [string, string, 'text' | 'list' | 'sek' | 'type'][] = [
  ['projectName', 'projectName', 'text'],
  ['owner', 'owner', 'text'],
  ['documentType', 'documentType', 'type'],
  ['period.start', 'periodLabel', 'text'],
  ['period.end', 'periodLabel', 'text'],
  ['budget.totalSek', 'totalBudget', 'sek'],
  ['budget.grantedSek', 'grantedBudget', 'sek'],
  ['county', 'county', 'text'],
  ['municipalities', 'municipalities', 'list'],
  ['diaryNumber', 'diaryNumber', 'text'],
  ['programme', 'programme', 'text'],
  ['projectManager', 'projectManager', 'text'],
  ['funders', 'funders', 'list'],
  ['themes', 'themes', 'list'],
  ['language', 'language', 'text'],
];

function valueAt(rec: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), rec);
}

function show(v: unknown, kind: string): string {
  if (v === null || v === undefined || (Array.isArray(v) && !v.length)) return '–';
  if (kind === 'sek') return sek(v as number);
  if (kind === 'type') return tk(`docType_${String(v)}`);
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function parseEdit(raw: string, kind: string): unknown {
  const v = raw.trim();
  if (!v) return kind === 'list' ? [] : null;
  if (kind === 'list')
    return v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  if (kind === 'sek') return Math.round(Number(v.replace(/[\s\u00a0]/g, '').replace(',', '.')));
  return v;
}

function provenanceFor(doc: DocumentState, path: string): Provenance | undefined {
  const p = doc.record?.provenance ?? {};
  return p[path] ?? p[path.split('.')[0]!];
}

/** A link to the cited page of a PDF original (other kinds of file have no pages to open at). */
function pageLink(doc: DocumentState, page: number | undefined): HTMLElement | null {
  if (!page || (doc.source && doc.source.format !== 'pdf') || doc.partOf) return null;
  return h(
    'a',
    { class: 'page-link', href: originalUrl(doc.id, page, doc.originalUrl), target: '_blank', rel: 'noopener' },
    t().openAtPage,
  );
}

function fieldRow(doc: DocumentState, [path, label, kind]: (typeof FIELDS)[number], reload: () => void): HTMLElement {
  const s = t();
  const rec = doc.record!;
  const value = valueAt(rec, path);
  const prov = provenanceFor(doc, path);
  const corrected = Boolean(doc.corrections?.[path]);
  const labelText = path === 'period.start' ? `${tk(label)} (start)` : path === 'period.end' ? `${tk(label)} (slut/end)` : tk(label);
  const valueCell = h('dd', {}, h('span', { class: 'value' }, show(value, kind)));
  if (corrected) valueCell.appendChild(h('span', { class: 'badge', title: doc.corrections![path]!.correctedAt }, s.corrected));
  if (prov && !corrected) {
    valueCell.appendChild(
      h(
        'details',
        { class: 'prov' },
        h('summary', {}, `${s.source}: ${s.page} ${prov.page}`),
        h('q', {}, prov.snippet || '–'),
        pageLink(doc, prov.page),
      ),
    );
  }
  if (settings.writeKey() && kind !== 'type') {
    valueCell.appendChild(
      h(
        'button',
        {
          type: 'button',
          class: 'link edit',
          'aria-label': `${s.edit}: ${labelText}`,
          onclick: () => {
            const input = h('input', {
              type: 'text',
              value: Array.isArray(value) ? value.join(', ') : value == null ? '' : String(value),
              'aria-label': labelText,
            });
            const error = h('span', { class: 'error', role: 'alert' });
            mount(
              valueCell,
              h(
                'form',
                {
                  class: 'inline-edit',
                  onsubmit: async (e: Event) => {
                    e.preventDefault();
                    try {
                      await send('PATCH', `/documents/${doc.id}/record`, { [path]: parseEdit(input.value, kind) });
                      reload();
                    } catch (err) {
                      error.textContent =
                        err instanceof ApiError
                          ? `${tk(`err_${err.code}`) === `err_${err.code}` ? err.message : tk(`err_${err.code}`)}`
                          : String(err);
                    }
                  },
                },
                input,
                h('button', { type: 'submit', class: 'small primary' }, s.save),
                h('button', { type: 'button', class: 'small', onclick: reload }, s.cancel),
                error,
              ),
            );
            input.focus();
          },
        },
        s.edit,
      ),
    );
  }
  return h('div', { class: corrected ? 'field corrected' : 'field' }, h('dt', {}, labelText), valueCell);
}

function similarList(hits: SimilarHit[]): HTMLElement {
  const s = t();
  if (!hits.length) return h('p', { class: 'muted' }, s.noSimilar);
  return h(
    'ul',
    { class: 'similar' },
    hits.map((m) =>
      h(
        'li',
        {},
        h(
          'a',
          {
            href: `/reports/${m.id}`,
            onclick: (e: Event) => {
              e.preventDefault();
              go(`/reports/${m.id}`);
            },
          },
          m.projectName ?? m.id.slice(0, 12),
        ),
        h('span', { class: 'meta' }, ` · ${m.owner ?? '–'} · ${m.county ?? '–'}`),
        h(
          'p',
          { class: 'reason' },
          m.reason.sharedThemes.length ? h('span', { class: 'tag' }, `${s.sharedThemes}: ${m.reason.sharedThemes.join(', ')}`) : null,
          m.reason.sameCounty ? h('span', { class: 'tag' }, s.sameCounty) : null,
          m.reason.sharedTerms.length ? h('span', { class: 'tag' }, `${s.sharedTerms}: ${m.reason.sharedTerms.join(', ')}`) : null,
        ),
      ),
    ),
  );
}

/** `/reports/:id`: every extracted field with its provenance, the lessons, the original and similar projects. */
export async function reportPage(main: HTMLElement, id: string): Promise<void> {
  const s = t();
  mount(main, h('p', { class: 'muted' }, s.loading));
  let doc: DocumentState;
  try {
    doc = await get<DocumentState>(`/documents/${id}`);
  } catch (err) {
    mount(main, h('h1', {}, s.notFound), h('p', { class: 'error' }, (err as Error).message));
    return;
  }
  const reload = () => void reportPage(main, id);
  if (!doc.record) {
    // A failure on a passing fault (a service down, an internal error) can be retried; a bad file cannot.
    const retryable = doc.status === 'failed' && !!doc.error && TRANSIENT.has(doc.error.code) && !!settings.writeKey();
    const retry = h(
      'button',
      {
        type: 'button',
        'data-testid': 'retry',
        onclick: async () => {
          retry.setAttribute('disabled', '');
          try {
            await send('POST', `/documents/${id}/retry`);
            reload();
          } catch (err) {
            retry.removeAttribute('disabled');
            retry.after(h('p', { class: 'error' }, (err as Error).message));
          }
        },
      },
      s.retry,
    );
    mount(
      main,
      h('h1', {}, doc.originalName ?? id),
      h(
        'p',
        { class: doc.status === 'failed' ? 'error' : 'muted' },
        `${tk(`status_${doc.status}`)}${doc.error ? `: ${tk(`err_${doc.error.code}`)}` : ''}`,
      ),
      retryable ? h('p', { class: 'actions' }, retry) : null,
    );
    // A document on its way (queued again, say) is followed until it is indexed or fails.
    if (doc.status === 'queued' || doc.status === 'processing') {
      setTimeout(() => {
        if (location.pathname === `/reports/${id}`) reload();
      }, 1000);
    }
    return;
  }
  const rec = doc.record;
  const name = (rec.projectName as string | null) ?? doc.originalName ?? id.slice(0, 12);
  const similar = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'similar-h' },
    h('h2', { id: 'similar-h' }, s.similar),
    h('p', { class: 'muted' }, s.loading),
  );
  const inTray = settings.tray().some((i) => i.id === id);
  const lessonList = h(
    'ol',
    { class: 'lessons' },
    rec.lessonsLearned.map((l) => h('li', {}, l)),
  );
  mount(
    main,
    h(
      'div',
      { class: 'report-head' },
      h('h1', {}, name),
      h(
        'p',
        { class: 'actions' },
        h(
          'a',
          { href: originalUrl(id, null, doc.originalUrl), class: 'button', target: '_blank', rel: 'noopener' },
          !doc.source || doc.source.format === 'pdf' ? s.original : `${s.originalFile} (${tk(`format_${doc.source.format}`)})`,
        ),
        h('button', { type: 'button', disabled: inTray, onclick: () => addToTray(id, name) }, inTray ? s.inCompare : s.addCompare),
      ),
      sourceNote(doc),
      doc.partOf
        ? h('p', { class: 'muted' }, h('a', { href: `/reports/${doc.partOf}` }, `${t().listedIn}: ${doc.originalName ?? doc.partOf}`))
        : null,
    ),
    h(
      'div',
      { class: 'report-grid' },
      h(
        'div',
        {},
        rec.summary ? h('section', { class: 'panel' }, h('h2', {}, s.summary), h('p', {}, String(rec.summary))) : null,
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'lessons-h' },
          h('h2', { id: 'lessons-h' }, `${s.lessons} (${rec.lessonsLearned.length})`),
          doc.corrections?.lessonsLearned ? h('span', { class: 'badge' }, s.corrected) : null,
          lessonList,
          provenanceFor(doc, 'lessonsLearned')
            ? h(
                'p',
                { class: 'muted' },
                `${s.source}: ${s.page} ${provenanceFor(doc, 'lessonsLearned')!.page} `,
                pageLink(doc, provenanceFor(doc, 'lessonsLearned')!.page),
              )
            : null,
        ),
        listedProjects(doc),
        similar,
      ),
      h(
        'section',
        { class: 'panel', 'aria-label': s.filters },
        h(
          'dl',
          { class: 'fields' },
          FIELDS.map((f) => fieldRow(doc, f, reload)),
        ),
      ),
    ),
  );
  // Lessons that other projects learned too link to their group (corrected lessons wait for the next update).
  const same = addSameLessonLinks(lessonList, id);
  try {
    const res = await get<SimilarResults>(`/projects/${id}/similar`, new URLSearchParams({ limit: '5' }));
    similar.lastElementChild!.replaceWith(similarList(res.hits));
  } catch {
    similar.lastElementChild!.replaceWith(h('p', { class: 'muted' }, s.noSimilar));
  }
  await same;
}

/** What the text was read from: the file's kind, and the pages read by OCR with their mean confidence. */
function sourceNote(doc: DocumentState): HTMLElement | null {
  const src = doc.source;
  if (!src || (src.format === 'pdf' && !src.ocr)) return null;
  const s = t();
  const parts = [src.format === 'pdf' ? null : tk(`format_${src.format}`)];
  if (src.ocr) {
    const pages = src.ocr.pages;
    const span =
      pages.length > 1 && pages[pages.length - 1]! - pages[0]! === pages.length - 1
        ? `${pages[0]}–${pages[pages.length - 1]}`
        : pages.join(', ');
    parts.push(`${s.readByOcr}: ${pages.length > 1 ? s.pagesWord : s.page} ${span}, ${s.meanConfidence} ${src.ocr.meanConfidence} %`);
  }
  return h('p', { class: 'muted source-note', 'data-testid': 'source-note' }, parts.filter(Boolean).join(' · '));
}

/** A listing's projects, each linked to its own page. */
function listedProjects(doc: DocumentState): HTMLElement | null {
  if (!doc.projects?.length) return null;
  const s = t();
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'listed-h' },
    h('h2', { id: 'listed-h' }, `${s.listedProjects} (${doc.projects.length})`),
    h(
      'ol',
      { class: 'listed-projects' },
      doc.projects.map((p) =>
        h(
          'li',
          {},
          h('a', { href: `/reports/${p.id}` }, p.projectName ?? p.id),
          [p.owner, [p.period.start, p.period.end].filter(Boolean).join(' – ')].filter(Boolean).length
            ? ` · ${[p.owner, [p.period.start, p.period.end].filter(Boolean).join(' – ')].filter(Boolean).join(' · ')}`
            : '',
        ),
      ),
    ),
  );
}
