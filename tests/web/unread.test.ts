import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, signedInAt } from '../helpers/session.ts';

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('what is new since the last visit, in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it(
    'a member sees "1 new answer" on the questions page after another member answers, opens it at that answer, and the mark is gone',
    {
      timeout: 120_000,
    },
    async () => {
      const title = 'Has anyone run a co-responder unit without a hospital partner?';
      const answerWords = 'We contract a county clinician directly; no hospital involved.';
      const asker = await sessionCookie(server.url, demoAccountEmail('chief', 'memphis-pd'));
      const { ask } = await api<{ ask: { id: string } }>(
        server.url,
        'mutation ($input: QuestionInput!) { ask(input: $input) { id } }',
        { input: { title, topics: ['crisis-intervention-mental-health'] } },
        asker,
      );
      const path = `/questions/${ask.id}`;

      // The member reads the question while it has no answer.
      const context = await browser.newContext();
      const member = await signedInAt(context, server.url, demoAccountEmail('member', 'memphis-pd'), path);
      expect(await member.locator('#answers-heading').innerText()).toBe('0 answers');

      // Another department's officer answers.
      const officer = await sessionCookie(server.url, demoAccountEmail('member', 'boston-pd'));
      const { answer } = await api<{ answer: { id: string } }>(
        server.url,
        'mutation ($questionId: ID!, $body: String!) { answer(questionId: $questionId, body: $body) { id } }',
        { questionId: ask.id, body: answerWords },
        officer,
      );

      // The list marks it, and its link opens the question at the new answer.
      await member.goto(`${server.url}/questions`);
      const row = member.locator('li.question').filter({ hasText: title });
      expect(await row.getByTestId('new-answers').innerText()).toBe('1 new answer');
      await row.getByRole('link', { name: title }).click();
      await member.waitForURL(`${server.url}${path}#answer-${answer.id}`);
      const opened = member.locator(`#answer-${answer.id}`);
      expect(await opened.innerText()).toContain(answerWords);
      expect(await opened.locator('.badge', { hasText: 'New' }).count()).toBe(1);
      expect(await member.getByTestId('new-since').innerText()).toContain('1 new answer since your last visit');

      // Back on the list, nothing is new any more, and the link goes to the question itself.
      await member.goto(`${server.url}/questions`);
      expect(await row.innerText()).toContain('1 answer');
      expect(await row.getByTestId('new-answers').count()).toBe(0);
      expect(await row.getByRole('link', { name: title }).getAttribute('href')).toBe(path);

      // Opened again, the answer is no longer marked new.
      await member.goto(`${server.url}${path}`);
      expect(await member.locator(`#answer-${answer.id}`).innerText()).toContain(answerWords);
      expect(await member.locator(`#answer-${answer.id} .badge`, { hasText: 'New' }).count()).toBe(0);
      await context.close();
    },
  );

  it(
    'a member sees "1 new comment" on a write-up\'s card after another member comments, and the badge opens the discussion there',
    {
      timeout: 120_000,
    },
    async () => {
      const slug = 'memphis-crisis-intervention-team';
      const words = 'How did you keep dispatchers in the loop on CIT calls?';
      const reader = demoAccountEmail('member', 'denver-pd');
      const { practice } = await api<{ practice: { id: string; title: string } }>(
        server.url,
        'query ($slug: String!) { practice(slug: $slug) { id title } }',
        { slug },
        await sessionCookie(server.url, reader),
      );

      // The member reads the write-up and its discussion.
      const context = await browser.newContext();
      const member = await signedInAt(context, server.url, reader, `/practices/${slug}`);
      expect(await member.getByTestId('new-since').count()).toBe(0);

      // Another member comments.
      const { addComment } = await api<{ addComment: { id: string } }>(
        server.url,
        'mutation ($practiceId: ID!, $body: String!) { addComment(practiceId: $practiceId, body: $body) { id } }',
        { practiceId: practice.id, body: words },
        await sessionCookie(server.url, demoAccountEmail('member', 'seattle-pd')),
      );

      // The department's page shows the write-up's card with the new comment, linked to it.
      await member.goto(`${server.url}/departments/memphis-pd`);
      const card = member.getByRole('article').filter({ has: member.getByRole('heading', { name: practice.title }) });
      const badge = card.getByTestId('new-comments');
      expect(await badge.innerText()).toContain('1 new comment');
      await badge.click();
      await member.waitForURL(`${server.url}/practices/${slug}#comment-${addComment.id}`);
      const comment = member.locator(`#comment-${addComment.id}`);
      expect(await comment.innerText()).toContain(words);
      expect(await comment.locator('.badge', { hasText: 'New' }).count()).toBe(1);

      // Read now: the card no longer says so.
      await member.goto(`${server.url}/departments/memphis-pd`);
      expect(await card.innerText()).toContain(practice.title);
      expect(await card.getByTestId('new-comments').count()).toBe(0);
      await context.close();
    },
  );
});
