import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { type Cookie, api, sessionCookie, settled, signedInAt } from '../helpers/session.ts';

// A public write-up no other browser test discusses.
const WRITE_UP = 'denver-star-response';

/** What a time shows in a zone, worked out here with Intl: "Mar 4, 2025, 06:05 PST". */
function shownIn(iso: string, timeZone: string): string {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', hour12: false, timeZone }).format(date);
  const zone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short', timeZone })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')!.value;
  return `${time} ${zone}`;
}

async function comment(url: string, cookie: Cookie, body: string): Promise<{ id: string; createdAt: string }> {
  const { practice } = await api<{ practice: { id: string } }>(
    url,
    'query ($slug: String!) { practice(slug: $slug) { id } }',
    { slug: WRITE_UP },
    cookie,
  );
  const { addComment } = await api<{ addComment: { id: string; createdAt: string } }>(
    url,
    'mutation ($id: ID!, $body: String!) { addComment(practiceId: $id, body: $body) { id createdAt } }',
    { id: practice.id, body },
    cookie,
  );
  return addComment;
}

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('times in the member’s time zone', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it(
    'a member chooses America/Los_Angeles in Settings without JavaScript and then reads a comment’s time in it; a visitor reads UTC',
    { timeout: 90_000 },
    async () => {
      const email = 'member@denver-pd.muster.demo';
      const posted = await comment(server.url, await sessionCookie(server.url, email), 'We staff STAR with a clinician and a paramedic.');

      // The browser's own zone is another one, and without JavaScript nothing reads it.
      const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'Europe/Berlin' });
      const page = await signedInAt(context, server.url, email, '/settings');
      const select = page.getByLabel('Your time zone');
      expect(await select.inputValue()).toBe('');
      await select.selectOption('America/Los_Angeles');
      await page.getByRole('button', { name: 'Save time zone' }).click();
      await page.waitForURL(/\/settings\?notice=time-zone-saved/);
      expect(await page.getByRole('status').filter({ hasText: 'Your time zone is saved' }).count()).toBe(1);
      expect(await page.getByLabel('Your time zone').inputValue()).toBe('America/Los_Angeles');

      await page.goto(`${server.url}/practices/${WRITE_UP}`);
      const time = page.locator(`time[datetime="${posted.createdAt}"]`);
      const shown = await time.innerText();
      expect(shown).toBe(shownIn(posted.createdAt, 'America/Los_Angeles'));
      expect(shown).toMatch(/ P[SD]T$/);
      await context.close();

      const visitor = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
      const visitorPage = await visitor.newPage();
      await visitorPage.goto(`${server.url}/practices/${WRITE_UP}`);
      await settled(visitorPage);
      expect(await visitorPage.locator(`time[datetime="${posted.createdAt}"]`).innerText()).toBe(shownIn(posted.createdAt, 'UTC'));
      await visitor.close();
    },
  );

  it('fills the time zone in from the browser when JavaScript runs, for the member to save', { timeout: 90_000 }, async () => {
    const email = 'member@memphis-pd.muster.demo';
    const context = await browser.newContext({ timezoneId: 'America/Chicago' });
    const page = await signedInAt(context, server.url, email, '/settings');
    const select = page.getByLabel('Your time zone');
    await expect.poll(() => select.inputValue()).toBe('America/Chicago');
    await page.getByRole('button', { name: 'Save time zone' }).click();
    await page.waitForURL(/\/settings\?notice=time-zone-saved/);
    const { me } = await api<{ me: { timeZone: string | null } }>(
      server.url,
      '{ me { timeZone } }',
      {},
      await sessionCookie(server.url, email),
    );
    expect(me.timeZone).toBe('America/Chicago');
    await context.close();
  });
});
