import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnNames } from '../../services/api/export/columns.js';
import { findDocuments } from '../../services/cli/ingest-files.js';
import { ensureWebBuilt } from '../../services/cli/web-build.js';
import { openBrowser } from './chromium.js';
import { FIXTURES, ingestAll, startTestStack, type TestStack } from '../integration/harness.js';

const READ = 'read-key-browser-0123456789';
const SHOTS = process.env.LARDOM_SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'lardom-screenshots');

describe('exporting from the web page, with read keys required', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;

  const count = async () => Number((await page.locator('#result-count').textContent())!.replace(/\D/g, ''));
  const downloadWith = async (label: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.export').getByRole('button', { name: label }).click()]);
    return { name: file.suggestedFilename(), bytes: await fs.readFile((await file.path())!) };
  };

  beforeAll(async () => {
    ensureWebBuilt(() => undefined);
    stack = await startTestStack({ LARDOM_READ_KEYS: READ, LARDOM_EXPORT_PAGE_SIZE: '3' });
    await stack.startWorker();
    await ingestAll(stack, (await findDocuments([path.join(FIXTURES, 'reports')])).slice(0, 10));
    ({ browser, page } = await openBrowser());
    await fs.mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('downloads the filtered reports as an Excel workbook with the read key', async () => {
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByLabel('Läsnyckel (om servern kräver en)').fill(READ);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.goto(`${stack.baseUrl}/?mode=reports`);
    await page.locator('article.report').first().waitFor();
    const all = await count();
    // Narrow with the first county facet, as a person would.
    const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Län' }) });
    const county = (await facet.locator('li').first().locator('label').textContent())!.replace(/\d+$/, '').trim();
    await facet.locator('li').first().locator('input').check();
    await expect.poll(count).toBeLessThan(all);
    const shown = await count();
    await page.screenshot({ path: path.join(SHOTS, 'export.png') });

    const { name, bytes } = await downloadWith('Excel');
    expect(name).toMatch(/^lardom-reports-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('reports')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columnNames('reports'));
    expect(ws.rowCount - 1).toBe(shown);
    const countyColumn = columnNames('reports').indexOf('county') + 1;
    for (let r = 2; r <= ws.rowCount; r++) expect(ws.getRow(r).getCell(countyColumn).value).toBe(county);
    await expect.poll(() => page.locator('.export button').first().isEnabled()).toBe(true);
  });

  it('downloads the lessons of a word search as CSV for Swedish Excel', async () => {
    await page.goto(`${stack.baseUrl}/?q=projekt`);
    await page.locator('article.lesson').first().waitFor();
    const shown = await count();
    expect(shown).toBeGreaterThan(3); // more than one page of the export
    const { name, bytes } = await downloadWith('CSV');
    expect(name).toMatch(/^lardom-lessons-.*\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(columnNames('lessons').join(';'));
    // Lessons are single lines in these reports, so lines and rows agree.
    expect(lines.length - 1).toBe(shown);
  });

  it('says why when the API refuses the export', async () => {
    await page.goto(`${stack.baseUrl}/?mode=reports`);
    await page.locator('article.report').first().waitFor();
    await page.evaluate("localStorage.removeItem('lardom.readKey')");
    await page.locator('.export').getByRole('button', { name: 'JSON Lines' }).click();
    await expect.poll(() => page.locator('.export [role=alert]').textContent()).toBe('Exporten misslyckades: Nyckeln saknas eller är fel.');
  });
});
