import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';

const MEMPHIS_CIT = '/practices/memphis-crisis-intervention-team';

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('searching write-ups in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  /** The results count ("5 write-ups", "No write-ups match"), once the page has settled on `url`. */
  const resultsHeading = (page: Page) => page.locator('#results-heading');
  const results = (page: Page) => page.getByTestId('search-result');
  /** The search page's own box (the header has one too, in the "Site" search landmark). */
  const pageSearchBox = (page: Page) => page.getByRole('search', { name: 'Write-ups' }).getByRole('searchbox');

  it('finds the Memphis crisis intervention team from the header search box, by keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    // Tab from the top of the page to the header's search box, as a keyboard user would.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('name') === 'q');
    }
    expect(reached).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('header') !== null)).toBe(true);
    await page.keyboard.type('mental health crisis');
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'mental health crisis');
    await expect.poll(() => resultsHeading(page).innerText()).toMatch(/^\d[\d,]* write-ups?$/);
    expect(await page.title()).toContain('mental health crisis');

    const marked = results(page).first().locator('mark');
    expect(await marked.count()).toBeGreaterThan(0);
    expect((await marked.first().innerText()).toLowerCase()).toMatch(/mental|health|crisis/);

    const firstThree = await results(page)
      .locator('h3 a')
      .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(firstThree).toContain(MEMPHIS_CIT);
    await page.close();
  });

  it('narrows to a state with its facet, drops it with the chip, and goes back to it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search?q=mental+health+crisis`);
    // Ticking applies the filter at once only once the page's script has started.
    await page.waitForLoadState('networkidle');
    const unfiltered = await resultsHeading(page).innerText();

    const tennessee = page.locator('input[type="checkbox"][name="state"][value="TN"]');
    await tennessee.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.getAll('state').includes('TN'));
    await expect.poll(() => resultsHeading(page).innerText()).not.toBe(unfiltered);
    // The checkbox just ticked keeps focus, and the new count is announced.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('TN');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /write-ups?/ })
          .innerText(),
      )
      .toMatch(/write-ups?/);

    const places = await results(page).getByTestId('result-where').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/, TN$/);
    expect(await results(page).locator(`a[href="${MEMPHIS_CIT}"]`).count()).toBe(1);

    const chip = page.getByRole('link', { name: 'Remove filter: Tennessee' });
    await chip.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('state'));
    await expect.poll(() => resultsHeading(page).innerText()).toBe(unfiltered);
    expect(await page.getByRole('link', { name: /^Remove filter/ }).count()).toBe(0);
    expect(await tennessee.isChecked()).toBe(false);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.getAll('state').includes('TN'));
    await expect.poll(() => tennessee.isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Remove filter: Tennessee' }).count()).toBe(1);
    await page.close();
  });

  it('offers the corrected spelling of a misspelt search, and the correction finds write-ups', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search`);
    await pageSearchBox(page).fill('procedual justise');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'procedual justise');

    const suggestion = page.getByRole('link', { name: 'procedural justice', exact: true });
    await suggestion.waitFor();
    expect(await suggestion.locator('xpath=..').innerText()).toMatch(/^Did you mean procedural justice\?$/);
    await suggestion.click();

    await page.waitForURL((url) => url.searchParams.get('q') === 'procedural justice');
    await expect.poll(() => resultsHeading(page).innerText()).toMatch(/^\d[\d,]* write-ups?$/);
    expect(await results(page).count()).toBeGreaterThan(0);
    expect(await pageSearchBox(page).inputValue()).toBe('procedural justice');
    await page.close();
  });

  it('filters by a facet with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/search?q=mental+health+crisis`);
    await page.locator('label[for="facet-state-TN"]').click();
    await page.getByRole('search', { name: 'Write-ups' }).getByRole('button', { name: 'Search' }).click();

    await page.waitForURL((url) => url.searchParams.getAll('state').includes('TN'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('mental health crisis');
    expect(await page.locator('input[name="state"][value="TN"]').isChecked()).toBe(true);
    const places = await results(page).getByTestId('result-where').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/, TN$/);
    expect(await page.getByRole('link', { name: 'Remove filter: Tennessee' }).count()).toBe(1);
    await context.close();
  });

  it('answers a stale cursor with a 400 page that says why and keeps the search box', async () => {
    const response = await fetch(`${server.url}/search?q=crisis&after=not-a-cursor`);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('start again from the first page');
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="crisis"/);
  });
});
