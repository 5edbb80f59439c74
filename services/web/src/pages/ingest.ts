import { ApiError, type DocumentState, get, upload } from '../api';
import { h, mount } from '../dom';
import { t, tk } from '../i18n';
import { settings } from '../settings';
import { go } from '../main';

function reason(code: string, message: string): string {
  const key = `err_${code}`;
  return tk(key) === key ? message : tk(key);
}

async function track(file: File, row: HTMLElement): Promise<void> {
  const s = t();
  const status = row.querySelector('.status')!;
  const set = (state: string, extra = '') => {
    status.className = `status ${state}`;
    status.textContent = `${tk(`status_${state}`)}${extra}`;
  };
  set('uploading');
  let id: string;
  try {
    const res = await upload(file);
    id = res.id;
    if (res.duplicate) status.setAttribute('data-duplicate', 'true');
  } catch (err) {
    const e = err instanceof ApiError ? err : new ApiError(0, 'internal', String(err));
    set('failed', ` · ${e.code}: ${reason(e.code, e.message)}`);
    return;
  }
  for (let i = 0; i < 600; i++) {
    const doc = await get<DocumentState>(`/documents/${id}`).catch(() => null);
    if (doc?.status === 'indexed') {
      set('indexed');
      status.appendChild(
        h(
          'a',
          {
            href: `/reports/${id}`,
            onclick: (e: Event) => {
              e.preventDefault();
              go(`/reports/${id}`);
            },
          },
          ` → ${s.openReport}`,
        ),
      );
      return;
    }
    if (doc?.status === 'failed') {
      set('failed', ` · ${doc.error?.code}: ${reason(doc.error?.code ?? '', doc.error?.message ?? '')}`);
      return;
    }
    if (doc) set(doc.status);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** `/ingest`: drag-and-drop upload of reports (PDF, Word, OpenDocument, web pages, text), each file's status until indexed or failed. */
export function ingestPage(main: HTMLElement): void {
  const s = t();
  if (!settings.writeKey()) {
    mount(main, h('h1', {}, s.ingestTitle), h('p', {}, s.ingestNeedsKey));
    return;
  }
  const list = h('ul', { class: 'uploads', 'aria-live': 'polite' });
  const start = (files: FileList | File[]) => {
    for (const f of [...files]) {
      const row = h('li', {}, h('span', { class: 'name' }, f.name), h('span', { class: 'status' }));
      list.prepend(row);
      void track(f, row);
    }
  };
  const input = h('input', {
    type: 'file',
    id: 'files',
    accept:
      '.pdf,.docx,.odt,.html,.htm,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/html,text/plain',
    multiple: true,
    class: 'visually-hidden',
    onchange: (e: Event) => start((e.target as HTMLInputElement).files ?? []),
  });
  const zone = h(
    'div',
    {
      class: 'dropzone',
      ondragover: (e: Event) => {
        e.preventDefault();
        zone.classList.add('over');
      },
      ondragleave: () => zone.classList.remove('over'),
      ondrop: (e: Event) => {
        e.preventDefault();
        zone.classList.remove('over');
        start((e as DragEvent).dataTransfer?.files ?? []);
      },
    },
    h('p', {}, s.ingestDrop),
    input,
    h('label', { for: 'files', class: 'button primary' }, s.ingestChoose),
  );
  mount(main, h('h1', {}, s.ingestTitle), zone, list);
}
