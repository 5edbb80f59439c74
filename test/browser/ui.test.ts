import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments, ingestFiles } from '../../services/cli/ingest-files.js';
import { ensureWebBuilt } from '../../services/cli/web-build.js';
import { openBrowser } from './chromium.js';
import { FIXTURES, startTestStack, truthOf, type TestStack } from '../integration/harness.js';

// Screenshots go to a temporary folder; `npm run screenshots` writes them to docs/screenshots instead.
const SHOTS = process.env.LARDOM_SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'lardom-screenshots');
const ADMIN_KEY = 'browser-test-admin-key-0123456789abcdef';

describe('the web page in a real browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;

  // Whatever the site's Content-Security-Policy blocks, as Chromium reports it.
  const blocked: string[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    ensureWebBuilt(() => undefined);
    stack = await startTestStack({ LARDOM_ADMIN_KEY: ADMIN_KEY });
    await stack.startWorker();
    const reports = await findDocuments([path.join(FIXTURES, 'reports')]);
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
    expect((await ingestFiles(deps, reports, 'cli')).indexed).toBe(reports.length);
    ({ browser, page } = await openBrowser());
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(`${page.url()}: ${m.text()}`);
    });
    await fs.mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('searches a lesson as you type and opens its report', async () => {
    const truth = await truthOf(path.join(FIXTURES, 'reports', 'r00001.pdf'));
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('searchbox', { name: 'Sök bland lärdomar och rapporter' }).fill('nätverksträffar tema');
    await page.waitForURL(/q=n%C3%A4tverkstr%C3%A4ffar/);
    // The previous results stay on screen until the new ones arrive: wait for a highlighted card.
    const card = page
      .locator('article.lesson', { hasText: String(truth.projectName) })
      .filter({ has: page.locator('mark') })
      .first();
    await card.waitFor();
    expect(await card.locator('mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/nätverksträffar/i)]));
    await shot('search');
    // The URL holds the search: loading it again shows the same results.
    await page.goto(page.url());
    await page
      .locator('article.lesson', { hasText: String(truth.projectName) })
      .first()
      .waitFor();
    await page
      .locator('article.lesson', { hasText: String(truth.projectName) })
      .first()
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL(/\/reports\/[a-f0-9]{64}$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe(truth.projectName);
    await page.getByText(String(truth.owner)).first().waitFor();
    expect(await page.locator('ol.lessons li').count()).toBe((truth.lessonsLearned as string[]).length);
    await page.locator('.similar li').first().waitFor();
    await shot('report');
  });

  it("links a lesson and a field's source to the cited page of the original PDF", async () => {
    await page.goto(`${stack.baseUrl}/?q=${encodeURIComponent('nätverksträffar tema')}`);
    const link = page.locator('article.lesson a.page-link').first();
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const [, id, n] = /^\/api\/v1\/documents\/([a-f0-9]{64})\/original#page=(\d+)$/.exec(href) ?? [];
    expect(id).toBeTruthy();
    // The page is where the record says its lessons are.
    const stored = await stack.archive.readRecord(id!);
    expect(Number(n)).toBe(stored!.record.provenance.lessonsLearned!.page);
    const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    expect(tab.url()).toBe(`${stack.baseUrl}${href}`);
    await tab.close();
    const pdf = await fetch(`${stack.baseUrl}${href.replace(/#.*/, '')}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // On the report page, a field's source opens the original at that field's page.
    await page.goto(`${stack.baseUrl}/reports/${id}`);
    const owner = stored!.record.provenance.owner!;
    await page.locator('details.prov').first().waitFor();
    const hrefs = await page.locator('details.prov a.page-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(`/api/v1/documents/${id}/original#page=${owner.page}`);
  });

  it('filters by county with a facet and removes the filter with its chip', async () => {
    await page.goto(`${stack.baseUrl}/?mode=reports`);
    await page.locator('article.report').first().waitFor();
    const before = await page.locator('#result-count').textContent();
    const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Län' }) });
    const first = facet.locator('li').first();
    const county = (await first.locator('label').textContent())!.replace(/\d+$/, '').trim();
    await first.locator('input').check();
    await page.waitForURL(/county=/);
    await expect.poll(async () => page.locator('#result-count').textContent()).not.toBe(before);
    for (const meta of await page.locator('article.report .meta').allTextContents()) expect(meta).toContain(county);
    await page.locator('.chip', { hasText: county }).click();
    await expect.poll(() => page.url()).not.toContain('county=');
  });

  it('ticks two counties: both stay listed with their counts and the results are either county', async () => {
    await page.goto(`${stack.baseUrl}/?mode=reports`);
    await page.locator('article.report').first().waitFor();
    const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Län' }) });
    const listed = async () =>
      Object.fromEntries(
        await facet
          .locator('li label')
          .evaluateAll((labels) =>
            labels.map((l) => [l.firstChild?.textContent?.trim() ?? '', Number(l.querySelector('.count')?.textContent)]),
          ),
      ) as Record<string, number>;
    const hits = (n: number) => (n === 1 ? '1 träff' : `${n} träffar`);
    const before = await listed();
    const [[a, na], [b, nb]] = Object.entries(before) as [[string, number], [string, number]];
    expect(Object.keys(before).length).toBeGreaterThan(2);
    await facet.locator('li', { hasText: a }).locator('input').check();
    await page.waitForURL(/county=/);
    await expect.poll(() => page.locator('#result-count').textContent()).toBe(hits(na));
    // The other counties are still there, with the counts they had, so a second one can be ticked.
    expect(await listed()).toEqual(before);
    await facet.locator('li', { hasText: b }).locator('input').check();
    await expect.poll(() => page.locator('#result-count').textContent()).toBe(hits(na + nb));
    expect(await listed()).toEqual(before);
    expect(await facet.locator('input:checked').count()).toBe(2);
    const params = new URL(page.url()).searchParams.getAll('county');
    expect(params.sort()).toEqual([a, b].sort());
    const metas = await page.locator('article.report .meta').allTextContents();
    expect(metas).toHaveLength(Math.min(na + nb, 20));
    for (const meta of metas) expect(meta.includes(a) || meta.includes(b)).toBe(true);
    expect(metas.some((m) => m.includes(a)) && metas.some((m) => m.includes(b))).toBe(true);
  });

  it('finds a project owner outside the listed ones with the search box above the owner facet, and filters by it', async () => {
    const all = (await (await fetch(`${stack.baseUrl}/api/v1/search?facets=owner&limit=1`)).json()) as {
      facets: { owner: Record<string, number> };
    };
    const owners = Object.entries(all.facets.owner);
    expect(owners.length).toBeGreaterThan(12);
    // The least frequent owner: not among the 12 the facet lists.
    const [owner, n] = owners[owners.length - 1]!;
    await page.goto(`${stack.baseUrl}/?mode=reports`);
    await page.locator('article.report').first().waitFor();
    const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Projektägare' }) });
    expect(await facet.locator('li label').allTextContents()).toHaveLength(12);
    expect(await facet.locator('li', { hasText: owner }).count()).toBe(0);
    await facet.getByRole('searchbox', { name: 'Sök projektägare' }).fill(owner.toLowerCase());
    const item = facet.locator('li', { hasText: owner });
    await item.waitFor();
    expect(await item.locator('.count').textContent()).toBe(String(n));
    await item.locator('input').check();
    await page.waitForURL(/owner=/);
    expect(new URL(page.url()).searchParams.getAll('owner')).toEqual([owner]);
    await expect.poll(() => page.locator('#result-count').textContent()).toBe(n === 1 ? '1 träff' : `${n} träffar`);
    for (const meta of await page.locator('article.report .meta').allTextContents()) expect(meta).toContain(owner);
    // Typing what no owner begins with says so.
    await facet.getByRole('searchbox', { name: 'Sök projektägare' }).fill('qqqzzz');
    await facet.getByText('Inga träffar').waitFor();
  });

  it('adds two reports to the comparison and shows both as columns', async () => {
    await page.goto(`${stack.baseUrl}/?mode=reports&sort=budget:desc`);
    const cards = page.locator('article.report');
    await cards.nth(1).waitFor();
    const names = [await cards.nth(0).locator('h3').textContent(), await cards.nth(1).locator('h3').textContent()];
    await cards.nth(0).getByRole('button', { name: 'Lägg till i jämförelse' }).click();
    await page.locator('article.report').nth(1).getByRole('button', { name: 'Lägg till i jämförelse' }).click();
    await page.locator('.tray').getByRole('button', { name: 'Jämför' }).click();
    await page.waitForURL(/\/compare\?ids=/);
    await page.locator('table.compare').waitFor();
    const heads = await page.locator('table.compare thead th').allTextContents();
    expect(heads.slice(1)).toEqual(names);
    expect(await page.locator('table.compare tr.differs').count()).toBeGreaterThan(0);
    await shot('compare');
  });

  it('uploads a PDF with the write key and shows it reach indexed', async () => {
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByLabel('Skrivnyckel (för uppladdning och rättelser)').fill(stack.apiKey);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('link', { name: 'Ladda upp' }).click();
    await page.waitForURL(/\/ingest$/);
    const src = await fs.readFile(path.join(FIXTURES, 'edge', 'permissions-only.pdf'));
    await page.locator('input[type=file]').setInputFiles([
      { name: 'permissions-only.pdf', mimeType: 'application/pdf', buffer: src },
      { name: 'truncated.pdf', mimeType: 'application/pdf', buffer: await fs.readFile(path.join(FIXTURES, 'bad', 'truncated.pdf')) },
    ]);
    await page.locator('.uploads li', { hasText: 'permissions-only.pdf' }).locator('.status.indexed').waitFor({ timeout: 60_000 });
    const bad = page.locator('.uploads li', { hasText: 'truncated.pdf' }).locator('.status.failed');
    await bad.waitFor({ timeout: 60_000 });
    expect(await bad.textContent()).toContain('pdf_corrupt');
    await shot('ingest');
  });

  it('reads a document that failed on a passing fault again from its page', async () => {
    // A report as a worker leaves it when Meilisearch stayed down past every retry.
    const [id] = (await stack.search.searchReports({ q: '', filter: [], limit: 1, offset: 0 })).hits.map((h) => h.id);
    await stack.search.deleteReports([id!]);
    await stack.documents.markFailed(id!, 'index', 'service_unavailable', 'Meilisearch was unavailable past every retry.');
    await page.goto(`${stack.baseUrl}/`);
    await page.evaluate(`localStorage.setItem('lardom.writeKey', ${JSON.stringify(stack.apiKey)})`);
    await page.goto(`${stack.baseUrl}/reports/${id}`);
    await page.getByTestId('retry').click();
    // The page follows the document back to indexed: its record appears.
    await page.locator('ol.lessons').waitFor({ timeout: 60_000 });
    expect((await stack.documents.get(id!))?.status).toBe('indexed');
  });

  it('corrects a field inline on the report page and marks it as corrected', async () => {
    // The write key was entered in the settings by the upload flow above.
    await page.goto(`${stack.baseUrl}/?mode=reports&q=H%C3%A4ssleholm`);
    await page.locator('article.report h3 a').first().click();
    await page.waitForURL(/\/reports\//);
    await page.getByRole('button', { name: 'Rätta: Projektägare' }).click();
    const input = page.getByRole('textbox', { name: 'Projektägare' });
    await input.fill('Hässleholms kommun, Näringslivsavdelningen');
    await page.getByRole('button', { name: 'Spara' }).click();
    const row = page.locator('.field.corrected', { hasText: 'Näringslivsavdelningen' });
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).toBe('Rättad för hand');
  });

  it('shows the API docs (Swagger UI) under the security policy', async () => {
    await page.goto(`${stack.baseUrl}/api/docs`);
    await page.locator('.opblock-summary-path', { hasText: '/api/v1/search' }).first().waitFor();
    await page.locator('.opblock-summary-path', { hasText: '/api/v1/search' }).first().click();
    await page.getByRole('button', { name: 'Try it out' }).first().click();
    await page.getByRole('button', { name: 'Execute' }).first().click();
    await page.locator('.responses-table .response-col_status', { hasText: '200' }).first().waitFor();
  });

  it('opens the queue dashboard from the settings with the admin key, which it does not keep', async () => {
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByLabel('Adminnyckel (för kööversikten)').fill(stack.apiKey);
    await page.getByRole('button', { name: 'Öppna kööversikten' }).click();
    await expect.poll(() => page.locator('dialog.settings [role=status]').textContent()).toBe('Nyckeln får inte göra det.');
    await page.getByLabel('Adminnyckel (för kööversikten)').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Öppna kööversikten' }).click();
    await page.waitForURL(/\/admin\/queues$/);
    // bull-board lists every queue of the pipeline.
    for (const queue of ['intake', 'read', 'index']) await page.getByRole('link', { name: queue, exact: true }).first().waitFor();
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'lardom_admin');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin/queues' });
    expect(session!.value).not.toContain(ADMIN_KEY);
    expect(JSON.stringify(await page.evaluate('Object.entries(localStorage)'))).not.toContain(ADMIN_KEY);
    expect(await page.evaluate('document.cookie')).toBe('');
    await shot('queues');
  });

  it("runs every page under its security policy with nothing blocked but the dashboard's external font", () => {
    expect(blocked.filter((b) => !/\/admin\/queues: .*fonts\.googleapis\.com/.test(b))).toEqual([]);
  });

  it('works at phone width', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await phone.goto(`${stack.baseUrl}/?q=projekt`);
      await phone.locator('article.lesson').first().waitFor();
      const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(1);
      await phone.screenshot({ path: path.join(SHOTS, 'search-phone.png') });
    } finally {
      await phone.close();
    }
  });
});

describe('links to the original PDF in a real browser, with read keys configured', () => {
  const READ_KEY = 'browser-test-read-key-0123456789abcdef';
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  // A link the API signed: the original's address with its expiry and signature, then the page to open.
  const SIGNED = /^\/api\/v1\/documents\/([a-f0-9]{64})\/original\?expires=(\d+)&signature=[\w-]+#page=(\d+)$/;

  beforeAll(async () => {
    ensureWebBuilt(() => undefined);
    stack = await startTestStack({ LARDOM_READ_KEYS: READ_KEY });
    await stack.startWorker();
    const deps = { archive: stack.archive, documents: stack.documents, queues: stack.queues, maxBytes: 50 * 1024 * 1024 };
    expect((await ingestFiles(deps, [path.join(FIXTURES, 'reports', 'r00001.pdf')], 'cli')).indexed).toBe(1);
    ({ browser, page } = await openBrowser());
    // The read key, entered under Settings as a person would.
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByLabel('Läsnyckel (om servern kräver en)').fill(READ_KEY);
    await page.getByRole('button', { name: 'Spara' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("opens a lesson's and a field's page of the original by a signed link, which a new tab can open without the key", async () => {
    // The plain address is refused without the key: a plain link could not open it.
    expect((await fetch(`${stack.baseUrl}/api/v1/documents/${'0'.repeat(64)}/original`)).status).toBe(401);

    await page.goto(`${stack.baseUrl}/?q=${encodeURIComponent('nätverksträffar tema')}`);
    const link = page.locator('article.lesson a.page-link').first();
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const [, id, expires, n] = SIGNED.exec(href) ?? [];
    expect(id, href).toBeTruthy();
    expect(Number(expires) * 1000).toBeGreaterThan(Date.now());
    const stored = await stack.archive.readRecord(id!);
    expect(Number(n)).toBe(stored!.record.provenance.lessonsLearned!.page);
    expect((await fetch(`${stack.baseUrl}/api/v1/documents/${id}/original`)).status).toBe(401);
    // The new tab opens the signed address (no key is sent with it) and gets the PDF.
    const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    expect(tab.url()).toBe(`${stack.baseUrl}${href}`);
    await tab.close();
    const pdf = await fetch(`${stack.baseUrl}${href.replace(/#.*/, '')}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // On the report page, a field's source and the original button are signed links too.
    await page.goto(`${stack.baseUrl}/reports/${id}`);
    const owner = stored!.record.provenance.owner!;
    await page.locator('details.prov').first().waitFor();
    const hrefs = await page.locator('details.prov a.page-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const ownerLink = hrefs.find((h) => SIGNED.exec(h)?.[3] === String(owner.page));
    expect(ownerLink, hrefs.join('\n')).toBeTruthy();
    expect(SIGNED.exec(ownerLink!)![1]).toBe(id);
    const fromField = await fetch(`${stack.baseUrl}${ownerLink!.replace(/#.*/, '')}`);
    expect(fromField.headers.get('content-type')).toBe('application/pdf');
    const button = (await page.locator('.report-head a.button').getAttribute('href'))!;
    expect(button).toMatch(/\/original\?expires=\d+&signature=[\w-]+$/);
    expect((await fetch(`${stack.baseUrl}${button}`)).status).toBe(200);
  });
});
