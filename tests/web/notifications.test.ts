import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccountEmail, demoPassword, demoPractices } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, type Cookie } from '../helpers/session.ts';

// Public write-ups from departments none of the members below belong to.
const followed = demoPractices.find((p) => p.slug === 'eugene-cahoots')!;
const quietlyFollowed = demoPractices.find((p) => p.slug === 'memphis-care-team')!;
// Comments on it tell a page that its subscriptions are registered; archived, it leaves no trace in inbox or feed.
const probed = demoPractices.find((p) => p.slug === 'demo-northfield-transit-naloxone-program')!;

describe.runIf(hasChromium)('notifications, feed and following in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));
  beforeAll(async () => {
    if (!followed || !quietlyFollowed || !probed) throw new Error('the demo data lacks the write-ups this test follows');
  });

  it('sends a visitor to sign in and back to the inbox', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/notifications`);
    await page.waitForURL(`${server.url}/sign-in?redirectTo=%2Fnotifications`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Email address').fill(demoAccountEmail('member', 'oakland-pd'));
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/notifications`);
    expect(await page.locator('h1').innerText()).toBe('Notifications');
    expect(await page.locator('main').innerText()).toContain('No notifications yet');

    const following = await context.newPage();
    await following.goto(`${server.url}/following`);
    expect(await following.getByRole('heading', { level: 1 }).innerText()).toBe('Following');
    expect(await following.locator('main').innerText()).toContain('You do not follow anything yet');
    await context.close();

    const visitor = await browser.newContext();
    const refused = await visitor.newPage();
    await refused.goto(`${server.url}/following`);
    await refused.waitForURL(`${server.url}/sign-in?redirectTo=%2Ffollowing`);
    await visitor.close();
  });

  it(
    'a comment on a followed write-up raises the badge live, reaches the inbox and the feed, and marking read clears it',
    { timeout: 120_000 },
    async () => {
      const reader = await sessionCookie(server.url, demoAccountEmail('member', 'memphis-pd'));
      const practice = await practiceNamed(server.url, followed.slug);
      await api(server.url, 'mutation ($id: ID!) { follow(target: PRACTICE, id: $id) }', { id: practice.id }, reader);
      const probe = await probeOn(server.url, reader);

      const context = await signedIn(browser, server.url, reader);
      const page = await context.newPage();
      const live = subscriptionsOf(page);
      await page.goto(`${server.url}/topics`);
      await page.waitForLoadState('networkidle');
      const badge = page.getByTestId('unread-badge');
      expect(await badge.count()).toBe(0);
      // The header's subscription; the probes it heard count on its badge until the next load.
      const probesHeard = (await live.started(1, probe)).header;

      // Someone from another department comments; the member, still on the topics page, sees it arrive.
      const first = await comment(
        server.url,
        demoAccountEmail('member', 'boston-pd'),
        practice.id,
        'How did you staff the overnight shift?',
      );
      await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toBe(String(probesHeard + 1));
      const notificationsLink = page.getByRole('link', { name: /^Notifications/ });
      expect(await notificationsLink.getAttribute('href')).toBe('/notifications');
      expect(
        await page.getByRole('link', { name: new RegExp(`^Notifications \\(${probesHeard + 1} unread notifications?\\)$`) }).count(),
      ).toBe(1);
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'New notification:' }).textContent()).toContain(practice.title);
      expect(page.url()).toBe(`${server.url}/topics`);

      // The inbox lists it, unread, with a link to the comment on the write-up (the probes went with their write-up).
      await notificationsLink.click();
      await page.waitForURL(`${server.url}/notifications`);
      const items = page.locator('ol.inbox > li');
      await expect.poll(() => items.count()).toBe(1);
      const item = items.first();
      const text = await item.innerText();
      expect(text).toContain('Unread');
      expect(text).toContain(`Demo Officer commented on “${practice.title}”`);
      expect(await item.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
      const link = item.getByRole('link', { name: new RegExp(`commented on “${escape(practice.title)}”`) });
      expect(await link.getAttribute('href')).toBe(`/practices/${practice.slug}#comment-${first}`);
      // Opening the inbox marked nothing read.
      await expect.poll(() => badge.textContent()).toBe('1');

      await link.click();
      await page.waitForURL(`${server.url}/practices/${practice.slug}#comment-${first}`);
      expect(await page.locator('h1').innerText()).toBe(practice.title);

      // The home page's feed tells the same story.
      await page.goto(`${server.url}/`);
      const feed = page.getByRole('region', { name: 'Your feed' });
      await expect.poll(() => feed.innerText()).toContain(`Demo Officer commented on ${practice.title}`);
      expect(await feed.getByRole('link', { name: practice.title }).first().getAttribute('href')).toBe(
        `/practices/${practice.slug}#comment-${first}`,
      );

      // A second comment arrives while the inbox is open: it is prepended without a reload.
      live.reset();
      await page.goto(`${server.url}/notifications`);
      await page.waitForLoadState('networkidle');
      // The header's and the inbox's; the probes they heard are on the badge and in the list until the next load.
      const probes = await live.started(2, probe);
      await comment(server.url, demoAccountEmail('member', 'seattle-pd'), practice.id, 'We run something similar in Seattle.');
      await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(probes.inbox + 2);
      await expect.poll(() => badge.textContent()).toBe(String(probes.header + 2));
      expect(await items.first().innerText()).toContain('Demo Officer commented on');

      // Unread only, then one marked read: it leaves the unread list and the badge counts down.
      await page.getByRole('link', { name: 'Unread only' }).click();
      await page.waitForURL(/\/notifications\?unread=1#inbox$/);
      await expect.poll(() => items.count()).toBe(2);
      await items
        .first()
        .getByRole('button', { name: /^Mark as read/ })
        .click();
      await page.getByRole('status').filter({ hasText: 'Marked as read.' }).waitFor();
      expect(page.url()).toMatch(/\/notifications\?unread=1&done=read#inbox$/);
      // The button went with the item: the focus lands on the message, not on the page's top.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inbox-done');
      await expect.poll(() => items.count()).toBe(1);
      await expect.poll(() => badge.textContent()).toBe('1');

      // Mark all as read: the badge goes, and the unread list is empty.
      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await page.getByRole('status').filter({ hasText: 'All your notifications are marked as read.' }).waitFor();
      await expect.poll(() => badge.count()).toBe(0);
      expect(await page.locator('main').innerText()).toContain('Nothing unread');
      expect(await unreadCount(server.url, reader)).toBe(0);

      // Both remain in the full list, read.
      await page.getByRole('link', { name: 'All', exact: true }).click();
      await expect.poll(() => items.count()).toBe(2);
      expect(await page.locator('ol.inbox').innerText()).not.toContain('Unread');
      await context.close();
    },
  );

  it('lists what the member follows and unfollows it', { timeout: 60_000 }, async () => {
    const member = await sessionCookie(server.url, demoAccountEmail('member', 'denver-pd'));
    const practice = await practiceNamed(server.url, followed.slug);
    const { topics } = await api<{ topics: { id: string; name: string }[] }>(server.url, '{ topics { id name } }', {}, member);
    const topic = topics[0]!;
    await api(server.url, 'mutation ($id: ID!) { follow(target: PRACTICE, id: $id) }', { id: practice.id }, member);
    await api(server.url, 'mutation ($id: ID!) { follow(target: TOPIC, id: $id) }', { id: topic.id }, member);

    const context = await signedIn(browser, server.url, member);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Following' }).click();
    await page.waitForURL(`${server.url}/following`);
    await page.waitForLoadState('networkidle');
    const practices = page.getByRole('region', { name: /^Write-ups/ });
    expect(await practices.getByRole('link', { name: practice.title }).getAttribute('href')).toBe(`/practices/${practice.slug}`);
    expect(await page.getByRole('region', { name: /^Topics/ }).innerText()).toContain(topic.name);

    await page.getByRole('button', { name: `Unfollow ${practice.title}` }).click();
    await page.getByRole('status').filter({ hasText: 'Unfollowed.' }).waitFor();
    await expect.poll(() => practices.getByRole('link', { name: practice.title }).count()).toBe(0);
    expect(await practices.innerText()).toContain('No write-ups');
    // The focus lands on the message, not lost with the button that went away.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('unfollowed');
    const { following } = await api<{ following: { practices: unknown[]; topics: unknown[] } }>(
      server.url,
      '{ following { practices { id } topics { id } } }',
      {},
      member,
    );
    expect(following.practices).toEqual([]);
    expect(following.topics).toHaveLength(1);
    await context.close();
  });

  it('saves the e-mail preference and shows it after a reload', async () => {
    const member = await sessionCookie(server.url, demoAccountEmail('member', 'chicago-pd'));
    const context = await signedIn(browser, server.url, member);
    const page = await context.newPage();
    await page.goto(`${server.url}/settings`);
    await page.waitForLoadState('networkidle');
    const group = page.getByRole('group', { name: 'E-mail notifications' });
    expect(await group.getByRole('radio', { name: /^A daily digest/ }).isChecked()).toBe(true);

    await group.getByRole('radio', { name: /^Each as it happens/ }).check();
    await page.getByRole('button', { name: 'Save e-mail preference' }).click();
    await page.waitForURL(/\/settings\?notice=email-saved#notifications$/);
    await page.getByRole('status').filter({ hasText: 'e-mail notification preference is saved' }).waitFor();
    await page.reload();
    expect(await group.getByRole('radio', { name: /^Each as it happens/ }).isChecked()).toBe(true);
    expect(await group.getByRole('radio', { name: /^A daily digest/ }).isChecked()).toBe(false);
    const { me } = await api<{ me: { emailNotifications: string } }>(server.url, '{ me { emailNotifications } }', {}, member);
    expect(me.emailNotifications).toBe('IMMEDIATELY');
    await context.close();
  });

  it('works the inbox without JavaScript: marking one read is a plain form post', { timeout: 60_000 }, async () => {
    const reader = await sessionCookie(server.url, demoAccountEmail('chief', 'denver-pd'));
    const practice = await practiceNamed(server.url, quietlyFollowed.slug);
    await api(server.url, 'mutation ($id: ID!) { follow(target: PRACTICE, id: $id) }', { id: practice.id }, reader);
    await comment(server.url, demoAccountEmail('member', 'eugene-pd'), practice.id, 'Who answers the calls at night?');
    await expect.poll(() => unreadCount(server.url, reader), { timeout: 15_000 }).toBe(1);

    const context = await signedIn(browser, server.url, reader, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/notifications`);
    expect(await page.getByTestId('unread-badge').textContent()).toBe('1');
    const item = page.locator('ol.inbox > li').first();
    expect(await item.innerText()).toContain(`commented on “${practice.title}”`);
    expect(await item.innerText()).toContain('Unread');

    await item.getByRole('button', { name: /^Mark as read/ }).click();
    await page.waitForURL(/\/notifications\?done=read#notification-\d+$/);
    expect(await page.getByRole('status').filter({ hasText: 'Marked as read.' }).count()).toBe(1);
    expect(await page.locator('ol.inbox > li').first().innerText()).not.toContain('Unread');
    expect(await page.getByRole('button', { name: /^Mark as read/ }).count()).toBe(0);
    expect(await page.getByTestId('unread-badge').count()).toBe(0);
    expect(await unreadCount(server.url, reader)).toBe(0);
    await context.close();
  });
});

async function signedIn(
  browser: Browser,
  url: string,
  cookie: Cookie,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addCookies([{ ...cookie, url }]);
  return context;
}

async function practiceNamed(url: string, slug: string): Promise<{ id: string; slug: string; title: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($slug: String!) { practice(slug: $slug) { id slug title } }', variables: { slug } }),
  });
  const { data } = (await response.json()) as { data: { practice: { id: string; slug: string; title: string } | null } };
  if (!data.practice) throw new Error(`no practice ${slug}`);
  return data.practice;
}

/** Another member comments (as a verified member of their own department); answers the comment's id. */
async function comment(url: string, email: string, practiceId: string, body: string): Promise<string> {
  const { addComment } = await api<{ addComment: { id: string } }>(
    url,
    'mutation ($practiceId: ID!, $body: String!) { addComment(practiceId: $practiceId, body: $body) { id } }',
    { practiceId, body },
    await sessionCookie(url, email),
  );
  return addComment.id;
}

async function unreadCount(url: string, cookie: Cookie): Promise<number> {
  return (await api<{ unreadNotificationCount: number }>(url, '{ unreadNotificationCount }', {}, cookie)).unreadNotificationCount;
}

/**
 * Something the reader's subscriptions hear and that then leaves no trace: a comment on a write-up
 * they follow, which its chief archives afterwards (an archived write-up's notifications leave
 * the inbox, the count and the feed). `send` comments; `clear` archives.
 */
interface Probe {
  send(): Promise<void>;
  clear(): Promise<void>;
}

async function probeOn(url: string, reader: Cookie): Promise<Probe> {
  const practice = await practiceNamed(url, probed.slug);
  await api(url, 'mutation ($id: ID!) { follow(target: PRACTICE, id: $id) }', { id: practice.id }, reader);
  const chief = await sessionCookie(url, demoAccountEmail('chief', probed.department));
  const archive = (archived: boolean) =>
    api(
      url,
      'mutation ($id: ID!, $archived: Boolean!) { archivePractice(id: $id, archived: $archived) { id } }',
      { id: practice.id, archived },
      chief,
    );
  let archived = false;
  let sent = 0;
  return {
    send: async () => {
      if (archived) await archive((archived = false));
      await comment(url, demoAccountEmail('member', 'demo-cedar-county-so'), practice.id, `Probe ${++sent}: is anyone listening?`);
    },
    clear: async () => {
      if (!archived) await archive((archived = true));
    },
  };
}

/**
 * Follows the subscriptions the page starts over its GraphQL WebSocket. The server says nothing
 * when it has registered one, so `started(n, probe)` waits until n have gone out since the last
 * reset, then sends probes until each of those n has heard one (a probe sent too early is simply
 * missed, and the next one is heard), and clears the probes' traces: what the test does next is
 * heard. It answers how many probes the header's subscription and the inbox's heard.
 */
function subscriptionsOf(page: Page): { reset(): void; started(n: number, probe: Probe): Promise<{ header: number; inbox: number }> } {
  let started: { id: string; header: boolean }[] = [];
  const heard = new Map<string, number>();
  const message = (payload: string | Buffer) =>
    typeof payload === 'string' ? (JSON.parse(payload) as { type?: string; id?: string; payload?: { query?: string } }) : {};
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const sent = message(payload);
      if (sent.type === 'subscribe' && sent.id)
        started.push({ id: sent.id, header: Boolean(sent.payload?.query?.includes('HeaderNotificationAdded')) });
    });
    socket.on('framereceived', ({ payload }) => {
      const received = message(payload);
      if (received.type === 'next' && received.id) heard.set(received.id, (heard.get(received.id) ?? 0) + 1);
    });
  });
  return {
    reset: () => {
      started = [];
    },
    started: async (n, probe) => {
      await expect.poll(() => started.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(n);
      const listening = started.slice(-n);
      const allHeard = () => listening.every(({ id }) => heard.has(id));
      for (let attempt = 1; !allHeard(); attempt++) {
        if (attempt > 20) throw new Error(`the page's subscriptions heard no probe in ${attempt - 1} attempts`);
        await probe.send();
        await expect
          .poll(allHeard, { timeout: 3_000 })
          .toBe(true)
          .catch(() => undefined);
      }
      await probe.clear();
      const count = (header: boolean) =>
        listening.filter((s) => s.header === header).reduce((sum, { id }) => sum + (heard.get(id) ?? 0), 0);
      return { header: count(true), inbox: count(false) };
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
