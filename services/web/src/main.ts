import './style.css';
import { ApiError, startDashboardSession } from './api';
import { h, mount } from './dom';
import { t, tk } from './i18n';
import { settings } from './settings';
import { comparePage } from './pages/compare';
import { ingestPage } from './pages/ingest';
import { lessonGroupsPage } from './pages/lesson-groups';
import { reportPage } from './pages/report';
import { refreshSearch, searchMounted, searchPage } from './pages/search';

const app = document.getElementById('app')!;

/** Navigates inside the page without reloading it. */
export function go(url: string, replace = false): void {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

/** A link to one of the page's own addresses, followed without reloading the page. */
export function pageLink(href: string, props: Record<string, string>, ...children: (Node | string)[]): HTMLAnchorElement {
  return h(
    'a',
    {
      ...props,
      href,
      onclick: (e: Event) => {
        e.preventDefault();
        go(href);
      },
    },
    ...children,
  );
}

function link(href: string, label: string, current: boolean): HTMLAnchorElement {
  return h(
    'a',
    {
      href,
      'aria-current': current ? 'page' : null,
      onclick: (e: Event) => {
        e.preventDefault();
        go(href);
      },
    },
    label,
  );
}

function settingsDialog(): HTMLDialogElement {
  const s = t();
  const write = h('input', { type: 'password', id: 'write-key', autocomplete: 'off', value: settings.writeKey() });
  const read = h('input', { type: 'password', id: 'read-key', autocomplete: 'off', value: settings.readKey() });
  const admin = h('input', { type: 'password', id: 'admin-key', autocomplete: 'off' });
  const dashboardStatus = h('p', { class: 'error', role: 'status' });
  // The admin key buys a dashboard cookie and is dropped; the dashboard opens in this tab.
  const openDashboard = async () => {
    dashboardStatus.textContent = '';
    try {
      const { dashboard } = await startDashboardSession(admin.value.trim());
      admin.value = '';
      location.assign(dashboard);
    } catch (err) {
      dashboardStatus.textContent = err instanceof ApiError ? tk(`err_${err.code}`) : s.errorGeneric;
    }
  };
  const dialog = h(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title' }, s.settings),
    h('label', { for: 'write-key' }, s.writeKey),
    write,
    h('label', { for: 'read-key' }, s.readKey),
    read,
    h('p', { class: 'muted' }, s.keysNote),
    h('label', { for: 'admin-key' }, s.adminKey),
    admin,
    h('p', { class: 'muted' }, s.adminKeyNote),
    h('div', { class: 'row' }, h('button', { type: 'button', onclick: () => void openDashboard() }, s.openDashboard)),
    dashboardStatus,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            settings.setWriteKey(write.value);
            settings.setReadKey(read.value);
            dialog.close();
            renderedLang = '';
            void render();
          },
        },
        s.save,
      ),
      h('button', { type: 'button', onclick: () => dialog.close() }, s.close),
    ),
  );
  return dialog;
}

/** The comparison tray: reports picked with "add to comparison", kept across pages. */
export function trayView(): HTMLElement | null {
  const items = settings.tray();
  if (!items.length) return null;
  const s = t();
  return h(
    'aside',
    { class: 'tray', 'aria-label': s.tray },
    h('strong', {}, `${s.tray} (${items.length}/5)`),
    h(
      'ul',
      {},
      items.map((i) =>
        h(
          'li',
          {},
          i.name,
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': `${s.remove}: ${i.name}`,
              onclick: () => {
                settings.setTray(items.filter((x) => x.id !== i.id));
                void render();
              },
            },
            '×',
          ),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        disabled: items.length < 2,
        onclick: () => go(`/compare?ids=${items.map((i) => i.id).join(',')}`),
      },
      s.trayOpen,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () => {
          settings.setTray([]);
          void render();
        },
      },
      s.trayClear,
    ),
  );
}

/** Adds a report to the comparison tray (at most 5). */
export function addToTray(id: string, name: string): void {
  const items = settings.tray().filter((i) => i.id !== id);
  settings.setTray([...items, { id, name }].slice(-5));
  void render();
}

let renderedLang = '';

async function render(): Promise<void> {
  const s = t();
  // Typing in the search box changes the URL; redraw only the results so the box keeps focus.
  if (location.pathname === '/' && renderedLang === settings.lang() && searchMounted(document.getElementById('main'))) {
    await refreshSearch();
    document.querySelector('.tray')?.remove();
    const tray = trayView();
    if (tray) app.appendChild(tray);
    return;
  }
  renderedLang = settings.lang();
  document.documentElement.lang = settings.lang();
  const path = location.pathname;
  const dialog = settingsDialog();
  const header = h(
    'header',
    { class: 'top' },
    h(
      'a',
      {
        class: 'brand',
        href: '/',
        onclick: (e: Event) => {
          e.preventDefault();
          go('/');
        },
      },
      h('span', { class: 'logo', 'aria-hidden': 'true' }, 'L'),
      h('span', {}, 'Lärdom'),
      h('small', {}, s.tagline),
    ),
    h(
      'nav',
      { 'aria-label': 'Huvudmeny' },
      link('/', s.navSearch, path === '/'),
      link('/aterkommande', s.navGroups, path === '/aterkommande'),
      link('/compare', s.navCompare, path === '/compare'),
      settings.writeKey() ? link('/ingest', s.navIngest, path === '/ingest') : null,
      h('button', { type: 'button', class: 'link', onclick: () => dialog.showModal() }, s.settings),
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          lang: settings.lang() === 'en' ? 'sv' : 'en',
          onclick: () => {
            settings.setLang(settings.lang() === 'en' ? 'sv' : 'en');
            renderedLang = '';
            void render();
          },
        },
        s.langSwitch,
      ),
    ),
  );
  const main = h('main', { id: 'main', tabindex: '-1' });
  mount(app, header, main, dialog);
  (document.querySelector('.skip') as HTMLAnchorElement).textContent = s.skip;
  const m = /^\/reports\/([a-f0-9]{64}(?:-[1-9][0-9]{0,3})?)$/.exec(path);
  if (m) await reportPage(main, m[1]!);
  else if (path === '/compare') await comparePage(main);
  else if (path === '/aterkommande') await lessonGroupsPage(main);
  else if (path === '/ingest') ingestPage(main);
  else await searchPage(main);
  const tray = path === '/compare' ? null : trayView();
  if (tray) app.appendChild(tray);
}

window.addEventListener('popstate', () => void render());
void render();
