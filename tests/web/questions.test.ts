import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, settled, signInThroughForm, signedInAt } from '../helpers/session.ts';

const TOPIC = { slug: 'crisis-intervention-mental-health', name: 'Crisis intervention & mental health' };

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('asking the network in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it(
    "a chief asks, another department's officer answers, the chief sees it arrive live and accepts it, and a topic's follower is told",
    { timeout: 120_000 },
    async () => {
      const title = 'How did you staff a co-responder unit on nights with two clinicians?';
      const answerWords = 'We paired one clinician with a CIT officer from 6pm to 2am; calls dropped by a third.';
      const note = 'Exactly the shift pattern we needed.';

      // A member of a third department follows the question's topic before it is asked.
      const follower = await sessionCookie(server.url, demoAccountEmail('member', 'seattle-pd'));
      const { topic } = await api<{ topic: { id: string } }>(
        server.url,
        'query ($slug: String!) { topic(slug: $slug) { id } }',
        { slug: TOPIC.slug },
        follower,
      );
      await api(server.url, 'mutation ($id: ID!) { follow(target: TOPIC, id: $id) }', { id: topic.id }, follower);

      // The chief asks through the form on the questions page.
      const chiefContext = await browser.newContext();
      const chief = await chiefContext.newPage();
      // The header's own subscription opens the page's socket at once: listen before the first page.
      const listening = subscriptionSent(chief, 'AnswerAdded');
      await chief.goto(`${server.url}/sign-in?redirectTo=${encodeURIComponent('/questions')}`);
      await signInThroughForm(chief, demoAccountEmail('chief', 'memphis-pd'));
      await chief.waitForURL(`${server.url}/questions`);
      await settled(chief);
      await chief.getByRole('link', { name: 'Ask the network' }).click();
      await chief.waitForURL(`${server.url}/questions/ask`);
      await settled(chief);
      await chief.getByLabel('Your question').fill(title);
      await chief.getByLabel('Details (optional)').fill('We have **two** clinicians and a county contract.');
      await chief.getByRole('checkbox', { name: TOPIC.name }).check();
      await chief.getByRole('button', { name: 'Ask the network' }).click();
      await chief.waitForURL(/\/questions\/[^/?]+\?done=asked$/);
      const path = new URL(chief.url()).pathname;
      expect(await chief.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await chief.locator('.details strong').innerText()).toBe('two');
      await settled(chief);
      await listening;
      await chief.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

      // A verified officer of another department answers through the form.
      const officerContext = await browser.newContext();
      const officer = await signedInAt(officerContext, server.url, demoAccountEmail('member', 'boston-pd'), path);
      await officer.getByLabel('What your department did, and how it went').fill(answerWords);
      await officer.getByRole('button', { name: 'Post your answer' }).click();
      await officer.locator('#answers').getByRole('article').filter({ hasText: answerWords }).waitFor();

      // The chief sees it arrive without reloading, from the officer's department.
      const arrived = chief.locator('#answers').getByRole('article').filter({ hasText: answerWords });
      await expect.poll(() => arrived.count(), { timeout: 15_000 }).toBe(1);
      expect(await arrived.innerText()).toContain('Boston Police Department');
      expect(await chief.locator('#answers-heading').innerText()).toBe('1 answer');
      expect(await chief.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

      // …and accepts it with a note: it shows first, marked, with the note.
      await arrived.locator('summary', { hasText: 'Accept this answer' }).click();
      await arrived.getByLabel('A note for readers (optional)').fill(note);
      await arrived.locator('button[type="submit"]', { hasText: 'Accept' }).click();
      const first = chief.locator('#answers article').first();
      await expect.poll(() => first.innerText(), { timeout: 15_000 }).toContain('Accepted answer');
      expect(await first.innerText()).toContain(note);
      expect(await first.innerText()).toContain(answerWords);

      // The topic's follower finds the question in their notifications, linking to it.
      const followerContext = await browser.newContext();
      const inbox = await signedInAt(followerContext, server.url, demoAccountEmail('member', 'seattle-pd'), '/notifications');
      const link = inbox
        .locator('main')
        .getByRole('link', { name: new RegExp(escapeRegExp(title)) })
        .first();
      await link.waitFor();
      expect(await link.getAttribute('href')).toContain(path);

      // The list shows it answered and accepted.
      await chief.goto(`${server.url}/questions`);
      const row = chief.locator('li.question').filter({ hasText: title });
      expect(await row.innerText()).toContain('1 answer');
      expect(await row.innerText()).toContain('Accepted answer');

      await chiefContext.close();
      await officerContext.close();
      await followerContext.close();
    },
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function subscriptionSent(page: Page, operation: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes(operation)) resolve();
      });
    });
  });
}
