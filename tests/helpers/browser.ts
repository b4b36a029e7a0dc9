import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, installed by .ci/run; browser tests never download a browser of their own. */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) console.warn(`Browser tests not run: ${chromiumPath} is missing (apt-get install -y chromium).`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // No sandbox as root; no background networking on a machine whose network is closed.
    // Playwright gives the browser a fresh temporary profile of its own.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
