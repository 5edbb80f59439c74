import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocuments } from '../../services/cli/ingest-files.js';
import { ensureWebBuilt } from '../../services/cli/web-build.js';
import { openBrowser } from './chromium.js';
import { apiGet, FIXTURES, ingestAll, startTestStack, type TestStack, waitForLessonGroups } from '../integration/harness.js';

type Json = Record<string, any>;

// Screenshots go to a temporary folder; `npm run screenshots` writes them to docs/screenshots instead.
const SHOTS = process.env.LARDOM_SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'lardom-screenshots');

describe('the page of recurring lessons', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let shared: Json[];

  beforeAll(async () => {
    ensureWebBuilt(() => undefined);
    stack = await startTestStack();
    await stack.startWorker();
    await ingestAll(stack, await findDocuments([path.join(FIXTURES, 'reports')]));
    await waitForLessonGroups(stack);
    shared = (await apiGet(stack, '/api/v1/lessons/groups?limit=50')).body.groups;
    ({ browser, page } = await openBrowser());
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lists the groups with their projects, a bar per year and the counties; a group opens on its lessons linked to their reports', async () => {
    expect(shared.length).toBeGreaterThan(1);
    await page.goto(`${stack.baseUrl}/aterkommande`);
    await page.locator('article.group').first().waitFor();
    expect(await page.locator('article.group').count()).toBe(shared.length);
    const first = shared[0]!;
    const card = page.locator(`[data-testid="group-${first.id}"]`);
    expect(await card.locator('h2').textContent()).toBe(first.label.text);
    expect(await card.locator('.group-count strong').textContent()).toBe(`${first.projects} projekt`);
    const bars = await card
      .locator('.year-bar')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-year'), Number(e.getAttribute('data-count'))]));
    // A bar per year from the first to the last, each as high as its projects (none in a year between: empty).
    expect(Object.fromEntries(bars.filter(([, n]) => n))).toEqual(first.counts.years);
    const years = Object.keys(first.counts.years).map(Number);
    expect(bars.length).toBe(Math.max(...years) - Math.min(...years) + 1);
    const heights = await card.locator('.year-bar-fill').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const busiest = Math.max(...bars.map(([, n]) => Number(n)));
    bars.forEach(([, n], i) => {
      if (n === busiest) expect(heights[i]).toBe(Math.max(...heights));
      if (!n) expect(heights[i]).toBe(0);
    });
    expect(Math.max(...heights)).toBeGreaterThan(0);
    for (const county of Object.keys(first.counts.counties).slice(0, 5))
      expect(await card.locator('.group-counties').textContent()).toContain(county);

    await card.locator('button[aria-expanded]').click();
    await card.locator('.group-lessons li').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'lesson-groups.png'), fullPage: false });
    const detail = (await apiGet(stack, `/api/v1/lessons/groups/${first.id}`)).body;
    const links = card.locator(`[data-testid="group-lessons-${first.id}"] li a`);
    await expect.poll(() => links.count()).toBe(detail.members.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(detail.members.map((m: Json) => `/reports/${m.reportId}`).sort());

    // A report's page says, for the lesson, in how many other projects it recurs, and links back to its group.
    await links.first().click();
    await page.locator('ol.lessons').waitFor();
    const reportId = new URL(page.url()).pathname.split('/').pop()!;
    const own = (await apiGet(stack, `/api/v1/projects/${reportId}/lesson-groups`)).body.lessons as Json[];
    const mine = own.find((l) => l.groupId === first.id)!;
    expect(mine.otherProjects).toBe(first.projects - 1);
    const same = page
      .locator('ol.lessons > li')
      .nth(mine.position - 1)
      .locator('[data-testid="same-lesson"]');
    await expect
      .poll(() => same.textContent())
      .toBe(`Samma lärdom i ${first.projects - 1} ${first.projects - 1 === 1 ? 'annat' : 'andra'} projekt`);
    await expect.poll(() => page.locator('[data-testid="same-lesson"]').count()).toBe(own.filter((l) => l.otherProjects > 0).length);
    await same.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe(first.id);
    await expect.poll(() => page.locator(`[data-testid="group-lessons-${first.id}"] li`).count()).toBe(detail.members.length);
  });

  it('narrows the groups to a county', async () => {
    // A county where some lesson recurs (two projects or more there).
    let county = '';
    let expected: Json = { groups: [] };
    for (const c of new Set(shared.flatMap((g) => Object.keys(g.counts.counties)))) {
      expected = (await apiGet(stack, `/api/v1/lessons/groups?limit=50&county=${encodeURIComponent(c)}`)).body;
      county = c;
      if (expected.groups.length) break;
    }
    expect(expected.groups.length).toBeGreaterThan(0);
    await page.goto(`${stack.baseUrl}/aterkommande`);
    await page.locator('article.group').first().waitFor();
    await page.locator('input[name="county"]').fill(county);
    await page.locator('form.group-filters button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('county')).toBe(county);
    await expect.poll(() => page.locator('article.group').count()).toBe(expected.groups.length);
    for (const text of await page.locator('article.group .group-counties').allTextContents())
      expect(text).toBe(`${county} (${/\((\d+)\)/.exec(text)![1]})`);
  });
});
