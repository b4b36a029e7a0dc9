import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, settled, signedInAt } from '../helpers/session.ts';

const MODERATOR = 'moderator@muster.demo';

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('moderating questions in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it(
    'a member reports an answer, a moderator hides it from the queue and locks the question, and members see it locked',
    { timeout: 120_000 },
    async () => {
      const title = 'Who covers overtime when a peer-support officer is called out at night?';
      const words = 'Call the duty sergeant on his home number 555-0143 after midnight.';
      const asker = await sessionCookie(server.url, demoAccountEmail('member', 'memphis-pd'));
      const { ask } = await api<{ ask: { id: string } }>(
        server.url,
        'mutation ($input: QuestionInput!) { ask(input: $input) { id } }',
        { input: { title, topics: ['officer-wellness'], visibility: 'PUBLIC' } },
        asker,
      );
      const answerer = await sessionCookie(server.url, demoAccountEmail('member', 'seattle-pd'));
      const { answer } = await api<{ answer: { id: string } }>(
        server.url,
        'mutation ($questionId: ID!, $body: String!) { answer(questionId: $questionId, body: $body) { id } }',
        { questionId: ask.id, body: words },
        answerer,
      );
      const path = `/questions/${ask.id}`;

      // Another member reports the answer from the question's page.
      const memberContext = await browser.newContext();
      const member = await signedInAt(memberContext, server.url, demoAccountEmail('member', 'denver-pd'), path);
      await member.getByRole('link', { name: 'Report this answer' }).click();
      await member.waitForURL(/\/flag\?target=ANSWER/);
      await settled(member);
      expect(await member.getByRole('heading', { level: 1 }).innerText()).toBe('Report an answer');
      expect(await member.getByTestId('flag-subject').innerText()).toContain(words);
      await member.getByRole('radio', { name: /^Personal information/ }).check();
      await member.getByRole('button', { name: 'Report this answer' }).click();
      await member.waitForURL(`${server.url}${path}?flagged=1`);
      await member.getByText('the moderators will look at your report').waitFor();

      // The moderator finds it in the queue under the question's title, and hides it.
      const moderatorContext = await browser.newContext();
      const moderator = await signedInAt(moderatorContext, server.url, MODERATOR, '/moderation');
      const entry = moderator.getByTestId('queue-entry').filter({ hasText: words });
      expect(await entry.count()).toBe(1);
      expect(await entry.innerText()).toContain(`Answer by Demo Officer to “${title}”`);
      expect(await entry.getByRole('link', { name: 'See it under the question' }).getAttribute('href')).toBe(`${path}#answer-${answer.id}`);
      await entry.getByLabel('Note for the record').fill('A phone number does not belong here.');
      await entry.getByRole('button', { name: 'Hide this answer' }).click();
      await moderator.getByText('Hidden. Its author sees your note as the reason').waitFor();
      expect(await moderator.getByTestId('queue-entry').filter({ hasText: words }).count()).toBe(0);

      // On the question, the moderator still reads the answer, marked hidden, and locks the question.
      await moderator.goto(`${server.url}${path}`);
      await settled(moderator);
      const hiddenAnswer = moderator.locator(`#answer-${answer.id}`);
      expect(await hiddenAnswer.innerText()).toContain('Hidden by moderators');
      expect(await hiddenAnswer.innerText()).toContain('A phone number does not belong here.');
      await moderator.getByRole('button', { name: 'Lock the question' }).click();
      await moderator.getByRole('button', { name: 'Unlock the question' }).waitFor();
      expect(await moderator.locator('.byline .badge', { hasText: 'Locked' }).count()).toBe(1);

      // The member sees it locked, with no answer form, and the hidden answer gone.
      await member.goto(`${server.url}${path}`);
      await settled(member);
      const main = await member.locator('#main').innerText();
      expect(main).toContain('Locked');
      expect(main).toContain('Moderators locked this question: no new answers.');
      expect(main).not.toContain('555-0143');
      expect(await member.getByRole('button', { name: 'Post your answer' }).count()).toBe(0);
      expect(await member.getByRole('button', { name: 'Lock the question' }).count()).toBe(0);
    },
  );
});
