import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments } from '../../services/cli/ingest-files.js';
import { ensureWebBuilt } from '../../services/cli/web-build.js';
import { openBrowser } from './chromium.js';
import { addCopiesToIndex, FIXTURES, ingestAll, startTestStack, type TestStack } from '../integration/harness.js';

describe('the search page pages through every result', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let reports: number;

  beforeAll(async () => {
    ensureWebBuilt(() => undefined);
    stack = await startTestStack();
    await stack.startWorker();
    await ingestAll(stack, await findDocuments([path.join(FIXTURES, 'reports')]));
    reports = await addCopiesToIndex(stack, 7);
    ({ browser, page } = await openBrowser());
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows the exact total and reaches every report, past the first 100, page by page', async () => {
    expect(reports).toBeGreaterThan(100);
    const pages = Math.ceil(reports / 20);
    await page.goto(`${stack.baseUrl}/?mode=reports`);
    await page.locator('article.report').first().waitFor();
    expect(await page.locator('#result-count').textContent()).toBe(`${reports} träffar`);
    const seen = new Set<string>();
    for (let n = 1; n <= pages; n++) {
      await expect.poll(() => page.locator('.pager .page-of').textContent()).toBe(`Sida ${n} av ${pages}`);
      const links = await page.locator('article.report h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length).toBe(Math.min(20, reports - (n - 1) * 20));
      for (const l of links) seen.add(l);
      expect(await page.locator('#result-count').textContent()).toBe(`${reports} träffar`);
      expect(await page.locator('.pager [data-page="prev"]').isDisabled()).toBe(n === 1);
      expect(await page.locator('.pager [data-page="next"]').isDisabled()).toBe(n === pages);
      if (n < pages) await page.locator('.pager [data-page="next"]').click();
    }
    expect(seen.size).toBe(reports);
    expect(new URL(page.url()).searchParams.get('page')).toBe(String(pages));
    // A page past the first 100 hits can be opened from its address, and the previous one is a click away.
    await page.goto(`${stack.baseUrl}/?mode=reports&page=6`);
    await expect.poll(() => page.locator('.pager .page-of').textContent()).toBe(`Sida 6 av ${pages}`);
    await page.locator('.pager [data-page="prev"]').click();
    await expect.poll(() => page.locator('.pager .page-of').textContent()).toBe(`Sida 5 av ${pages}`);
    expect(await page.locator('article.report').count()).toBe(20);
    // Another order (or filter) starts again at the first page.
    await page.locator('#sort').selectOption('budget:desc');
    await expect.poll(() => page.locator('.pager .page-of').textContent()).toBe(`Sida 1 av ${pages}`);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    await page.goto(`${stack.baseUrl}/?mode=reports&page=7`);
    await expect.poll(() => page.locator('.pager .page-of').textContent()).toBe(`Sida 7 av ${pages}`);
    const facet = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Län' }) });
    await facet.locator('li input').first().check();
    await expect.poll(() => page.locator('.pager .page-of').textContent()).toMatch(/^Sida 1 av \d+$/);
    await page.locator('.pager [data-page="next"]').click();
    await expect.poll(() => page.locator('.pager .page-of').textContent()).toMatch(/^Sida 2 av \d+$/);
    await page.locator('.chip').first().click();
    await expect.poll(() => page.locator('#result-count').textContent()).toBe(`${reports} träffar`);
    expect(new URL(page.url()).searchParams.get('county')).toBeNull();
    expect(await page.locator('.pager .page-of').textContent()).toBe(`Sida 1 av ${pages}`);
    expect(await page.locator('article.report').count()).toBe(20);
  });
});
