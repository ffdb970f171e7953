// Chromium from @sparticuz/chromium: Playwright cannot download its own browser on these machines.
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright-core';

/** Launch flags without the ones that break a browser opening several pages at once. */
export const chromiumArgs = chromium.args.filter((arg) => arg !== '--single-process' && arg !== '--no-zygote');
export const chromiumPath = () => chromium.executablePath();

export async function launchBrowser() {
  return playwright.launch({ executablePath: await chromiumPath(), args: chromiumArgs });
}
