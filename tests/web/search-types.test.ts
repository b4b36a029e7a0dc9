import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, settled, signedInAt } from '../helpers/session.ts';

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('choosing what to search in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('shows each type with its count, and switching to questions lists the question with its snippet', { timeout: 120_000 }, async () => {
    const chief = await sessionCookie(server.url, demoAccountEmail('chief', 'memphis-pd'));
    const { ask } = await api<{ ask: { id: string } }>(
      server.url,
      'mutation ($input: QuestionInput!) { ask(input: $input) { id } }',
      {
        input: {
          title: 'Who has paired a wombat unit with mobile crisis clinicians?',
          details: 'Our wombat unit covers the county at night.',
          topics: ['crisis-intervention-mental-health'],
          visibility: 'MEMBERS',
        },
      },
      chief,
    );

    const context = await browser.newContext();
    const member = await signedInAt(context, server.url, demoAccountEmail('member', 'boston-pd'), '/search?q=wombat');
    expect(await member.getByRole('heading', { level: 1 }).innerText()).toBe('Search write-ups');
    const kinds = member.getByRole('navigation', { name: 'What to search' });
    expect(await kinds.getByTestId('search-kind-questions').innerText()).toMatch(/Questions\s+1/);

    await kinds.getByRole('link', { name: 'Questions' }).click();
    await member.waitForURL((url) => url.searchParams.get('type') === 'questions' && url.searchParams.get('q') === 'wombat');
    await settled(member);
    expect(await member.getByRole('heading', { level: 1 }).innerText()).toBe('Search questions');
    // The write-ups' filters do not apply to questions.
    expect(await member.getByRole('heading', { name: 'Filter results' }).count()).toBe(0);
    const results = member.getByTestId('question-result');
    expect(await results.count()).toBe(1);
    expect(await results.first().innerText()).toContain('0 answers');
    expect(await results.first().locator('mark').allInnerTexts()).toEqual(['wombat']);
    expect(
      await results
        .first()
        .getByRole('link', { name: /wombat unit/ })
        .getAttribute('href'),
    ).toBe(`/questions/${ask.id}`);
    await context.close();

    // A visitor neither counts nor finds a members' question.
    const visitorContext = await browser.newContext({ javaScriptEnabled: false });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/search?q=wombat&type=questions`);
    expect(await visitor.getByTestId('question-result').count()).toBe(0);
    expect(await visitor.getByTestId('search-kind-questions').innerText()).toMatch(/Questions\s+0/);
    await visitorContext.close();
  });
});
