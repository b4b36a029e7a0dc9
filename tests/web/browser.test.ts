import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';

describe.runIf(hasChromium)('reading a practice in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('follows a link from home to a practice and shows its outcomes table', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    // A write-up with figures: the outcomes table is what a chief comes for.
    const link = page.locator('a[href^="/practices/"]').first();
    await expect.poll(() => link.count()).toBeGreaterThan(0);

    const hrefs = await page.locator('a[href^="/practices/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const withOutcomes = await findPracticeWithOutcomes(
      server.url,
      hrefs.map((h) => h.slice('/practices/'.length)),
    );
    await page.locator(`a[href="/practices/${withOutcomes.slug}"]`).first().click();
    await page.waitForURL(`**/practices/${withOutcomes.slug}`);
    expect(await page.locator('h1').innerText()).toBe(withOutcomes.title);

    const table = page.getByTestId('outcomes');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain(withOutcomes.metric);
    await page.close();
  });
});

async function findPracticeWithOutcomes(url: string, slugs: string[]): Promise<{ slug: string; title: string; metric: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ practices(first: 100) { edges { node { slug title outcomes { metric } } } } }' }),
  });
  const { data } = await response.json();
  const node = data.practices.edges.map((e: any) => e.node).find((n: any) => slugs.includes(n.slug) && n.outcomes.length > 0);
  if (!node) throw new Error('no practice with outcomes on the home page');
  return { slug: node.slug, title: node.title, metric: node.outcomes[0].metric };
}
