import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, with a fresh temporary profile (launch gives one) and kept off the network,
 * and a page at desktop size.
 */
export async function openBrowser(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, page: await browser.newPage({ viewport: { width: 1280, height: 860 } }) };
}
