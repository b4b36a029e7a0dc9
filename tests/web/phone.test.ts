import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, settled, signedInAt, signInThroughForm } from '../helpers/session.ts';

/** A small phone, portrait. */
const PHONE = { width: 360, height: 740 };
const HEADER_MAX = 120;

// Write-ups whose outcome rows show each kind of figure.
const SHARE = { slug: 'eugene-cahoots', metric: 'Share of Eugene PD call volume handled by CAHOOTS (about)' };
const WITH_BASELINE = {
  slug: 'demo-saguaro-valley-body-worn-cameras',
  count: 'Complaints against officers',
  share: 'Complaints resolved within 30 days',
};

interface Addresses {
  topic: string;
  department: string;
  event: string;
}

/** Where something sticks out past the right edge of the window, outside any box that scrolls or clips sideways. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 0.5) continue;
      const style = getComputedStyle(element);
      // Visually hidden text for screen readers takes no room on screen.
      if (style.clipPath !== 'none' || style.clip.startsWith('rect')) continue;
      let parent = element.parentElement;
      let contained = false;
      for (; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') {
          contained = true;
          break;
        }
      }
      if (contained) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      found.push(`${name} ends at ${Math.round(box.right)} px: “${(element.innerText ?? '').trim().slice(0, 40)}”`);
    }
    if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    return found;
  });
}

async function headerHeight(page: Page): Promise<number> {
  return page.locator('header.site-header').evaluate((header) => header.getBoundingClientRect().height);
}

/** Opens each path and checks the header's height and that nothing reaches past the right edge. */
async function fitsThePhone(page: Page, url: string, paths: string[]): Promise<void> {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(`${url}${path}`);
    expect(response?.status(), path).toBe(200);
    await settled(page);
    const height = await headerHeight(page);
    if (height > HEADER_MAX) problems.push(`${path}: the header is ${height} px tall`);
    for (const line of await overflowing(page)) problems.push(`${path}: ${line}`);
  }
  expect(problems).toEqual([]);
}

describe.runIf(hasChromium)('reading Muster on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let at: Addresses;

  useServedApp({}, (opened) => ({ server, browser } = opened));
  beforeAll(async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ topics { slug } departments(first: 1) { edges { node { slug } } } events(first: 1) { edges { node { slug } } } }',
      }),
    });
    const { data } = (await response.json()) as {
      data: {
        topics: { slug: string }[];
        departments: { edges: { node: { slug: string } }[] };
        events: { edges: { node: { slug: string } }[] };
      };
    };
    at = { topic: data.topics[0]!.slug, department: data.departments.edges[0]!.node.slug, event: data.events.edges[0]!.node.slug };

    // An adoption with its own figures, so the write-up also shows outcomes side by side.
    const boston = await sessionCookie(server.url, demoAccountEmail('chief', 'boston-pd'));
    const { practice } = await api<{ practice: { id: string } }>(
      server.url,
      'query ($slug: String!) { practice(slug: $slug) { id } }',
      { slug: SHARE.slug },
      boston,
    );
    await api(
      server.url,
      'mutation ($id: ID!, $input: AdoptionInput!) { reportAdoption(practiceId: $id, input: $input) { id } }',
      {
        id: practice.id,
        input: { status: 'PILOT', outcomes: [{ metric: SHARE.metric, result: 9, unit: '%', period: '2025', source: 'CAD data' }] },
      },
      boston,
    );
  });

  const publicPaths = () => [
    '/',
    '/search?q=crisis',
    `/practices/${SHARE.slug}`,
    `/practices/${WITH_BASELINE.slug}`,
    '/topics',
    `/topics/${at.topic}`,
    '/departments',
    `/departments/${at.department}`,
    '/case-studies',
    '/events',
    `/events/${at.event}`,
    '/sign-in',
  ];

  it(
    'fits every main page to a 360 px screen for a visitor: a short header, nothing past the right edge',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`${server.url}/search?q=crisis`);
      expect(
        await page
          .locator('main')
          .getByRole('link', { name: /crisis/i })
          .count(),
      ).toBeGreaterThan(0);
      await fitsThePhone(page, server.url, publicPaths());
      await context.close();
    },
  );

  it('fits every main page to a 360 px screen for a member and a moderator', { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await signedInAt(context, server.url, demoAccountEmail('chief', 'memphis-pd'), '/');
    await fitsThePhone(page, server.url, [
      ...publicPaths().filter((path) => path !== '/sign-in'),
      '/members',
      '/members/officer-boston-pd',
      '/following',
      '/notifications',
      '/messages',
      '/settings',
      '/settings/email',
      '/drafts',
      '/departments/memphis-pd/people',
    ]);
    await context.close();

    const moderatorContext = await browser.newContext({ viewport: PHONE });
    const moderator = await signedInAt(moderatorContext, server.url, 'moderator@muster.demo', '/moderation');
    await fitsThePhone(moderator, server.url, ['/moderation', '/']);
    await moderatorContext.close();
  });

  it('folds the links into a menu that opens and leads on without JavaScript', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.locator('header').getByText('Menu', { exact: true });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('searchbox', { name: 'Search write-ups' }).isVisible()).toBe(true);
    await menu.click();
    expect(await nav.isVisible()).toBe(true);
    expect(await headerHeight(page)).toBeGreaterThan(HEADER_MAX);
    await nav.getByRole('link', { name: 'Events' }).click();
    await page.waitForURL(`${server.url}/events`);
    expect(await nav.isVisible()).toBe(false);
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);

    // Signed in, the menu also holds the member's own links and signing out.
    await page.goto(`${server.url}/sign-in`);
    await signInThroughForm(page, demoAccountEmail('chief', 'memphis-pd'));
    await page.waitForURL(`${server.url}/`);
    await menu.click();
    const account = page.getByRole('navigation', { name: 'Your account' });
    expect(await account.getByRole('link', { name: 'Our drafts' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Notifications/ }).isVisible()).toBe(true);
    await nav.getByRole('link', { name: 'Members' }).click();
    await page.waitForURL(`${server.url}/members`);
    await menu.click();
    await account.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname !== '/members');
    await page.goto(`${server.url}/`);
    await menu.click();
    expect(await page.locator('header.site-header').getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
    await context.close();
  });

  it('with JavaScript, the menu closes on Escape and after following one of its links', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await settled(page);
    const toggle = page.locator('header summary', { hasText: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await toggle.click();
    await nav.waitFor();
    // The page may still be hydrating after the network settles: until the layout's key handler is
    // in place, Escape does nothing, so it is pressed again until the menu closes.
    await expect
      .poll(async () => {
        await page.keyboard.press('Escape');
        return nav.isVisible();
      })
      .toBe(false);
    expect(await toggle.evaluate((summary) => summary === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await nav.waitFor();
    await nav.getByRole('link', { name: 'Topics' }).click();
    await page.waitForURL(`${server.url}/topics`);
    await nav.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('keeps the header to one row on a 1280 px desktop, every link in view', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await signedInAt(context, server.url, demoAccountEmail('chief', 'memphis-pd'), '/');
    expect(await headerHeight(page)).toBeLessThanOrEqual(72);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Topics', 'Departments', 'Case studies', 'Events', 'Following', 'Members', 'Messages']) {
      expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    }
    // The chief's own links wait under their name.
    const drafts = page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Our drafts' });
    expect(await drafts.isVisible()).toBe(false);
    await page.locator('header summary', { hasText: 'Demo Chief' }).click();
    await drafts.click();
    await page.waitForURL(`${server.url}/drafts`);
    expect(await drafts.isVisible()).toBe(false);
    expect(await overflowing(page)).toEqual([]);
    await context.close();
  });

  it('keeps a moderator’s and an admin’s header to one row on a 1280 px desktop as well', { timeout: 60_000 }, async () => {
    for (const email of ['moderator@muster.demo', 'admin@muster.demo']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await signedInAt(context, server.url, email, '/');
      expect(await headerHeight(page), email).toBeLessThanOrEqual(72);
      expect(await overflowing(page), email).toEqual([]);
      await context.close();
    }
  });

  it('shows each outcome as a card on a phone, with the result and the change in view', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${server.url}/practices/${WITH_BASELINE.slug}`);
    const cards = page.getByTestId('outcome-cards');
    expect(await cards.isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: /^Outcomes reported by/ }).isVisible()).toBe(false);
    const count = cards.getByRole('listitem').filter({ hasText: WITH_BASELINE.count });
    expect(await count.innerText()).toContain('18 → 11 per 100 officers per year');
    expect(await count.innerText()).toContain('−39 %');
    const share = cards.getByRole('listitem').filter({ hasText: WITH_BASELINE.share });
    expect(await share.innerText()).toContain('42 → 71 %');
    expect(await share.innerText()).toContain('+29 points');
    for (const item of await cards.getByRole('listitem').all()) {
      const box = (await item.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }

    // A share without a baseline is a value, and the adopter's figures sit beside the origin's.
    await page.goto(`${server.url}/practices/${SHARE.slug}`);
    const row = page.getByTestId('outcome-cards').getByRole('listitem').filter({ hasText: SHARE.metric });
    expect(await row.innerText()).toContain('17 %');
    expect(await row.innerText()).not.toContain('+17');
    const compared = page.getByTestId('adoption-outcome-cards');
    expect(await compared.isVisible()).toBe(true);
    const both = await compared.getByRole('listitem').filter({ hasText: SHARE.metric }).innerText();
    expect(both).toContain('Eugene Police Department');
    expect(both).toContain('17 %');
    expect(both).toContain('9 %');

    // On a desktop the same rows are a table, the change in its own column.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/practices/${WITH_BASELINE.slug}`);
    const table = page.getByRole('region', { name: /^Outcomes reported by/ });
    expect(await table.isVisible()).toBe(true);
    expect(await page.getByTestId('outcome-cards').isVisible()).toBe(false);
    const tableRow = table.getByRole('row').filter({ hasText: WITH_BASELINE.share });
    expect(await tableRow.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['42 → 71 %', '+29 points']));
    await context.close();
  });
});
