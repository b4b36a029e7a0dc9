import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { xssPayloads } from '../fixtures/xss-payloads.ts';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { type Cookie, api, sessionCookie, settled, signInThroughForm, signedInAt } from '../helpers/session.ts';

// Each test discusses a write-up of its own, so none depends on what another left behind.
const WRITE_UPS = {
  conversation: 'memphis-care-team',
  visitor: 'ca-doj-principled-policing',
  live: 'seattle-lead-diversion',
  noScript: 'stockton-procedural-justice-training',
  moderation: 'eugene-cahoots',
  long: 'boston-operation-ceasefire',
  mention: 'denver-star-response',
} as const;

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('discussing a write-up in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it("a member comments, replies, edits, deletes the reply and marks another member's comment helpful", { timeout: 90_000 }, async () => {
    const path = `/practices/${WRITE_UPS.conversation}`;
    const boston = await sessionCookie(server.url, demoAccountEmail('member', 'boston-pd'));
    await addComment(server.url, boston, WRITE_UPS.conversation, 'Boston piloted this with two clinicians on the night shift.');

    const context = await browser.newContext();
    const page = await signedInAt(context, server.url, demoAccountEmail('member', 'memphis-pd'), path);
    const discussion = page.locator('#discussion');

    await page.getByLabel('Add to the discussion').fill('We ran a similar **pilot** in Memphis.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const posted = discussion.getByRole('article').filter({ hasText: 'We ran a similar pilot in Memphis.' });
    await posted.waitFor();
    const mine = page.locator(`#${await posted.getAttribute('id')}`);
    expect(await mine.locator('strong', { hasText: 'pilot' }).count()).toBe(1);
    expect(await mine.innerText()).toContain('Patrol officer');
    expect(await mine.getByRole('link', { name: 'Memphis Police Department' }).count()).toBe(1);
    expect(await discussion.locator('h2').innerText()).toContain('2 comments');
    // No one marks their own comment helpful; the field is empty again for the next one.
    expect(await mine.getByRole('button', { name: /^Helpful/ }).count()).toBe(0);
    // (The comment may arrive over the subscription before the form has finished.)
    await expect.poll(() => page.getByLabel('Add to the discussion').inputValue()).toBe('');

    // A reply goes under the thread, in its replies.
    await mine.locator('summary', { hasText: 'Reply' }).click();
    const replyBox = mine.getByLabel('Your reply to Demo Officer');
    await replyBox.fill('And the follow-up calls went to the co-responders.');
    await mine.getByRole('button', { name: 'Post reply' }).click();
    // Once posted, the reply box closes.
    await expect.poll(() => replyBox.isVisible()).toBe(false);
    const replies = page.getByRole('list', { name: 'Replies' });
    const replyArticle = replies.getByRole('article').filter({ hasText: 'And the follow-up calls went to the co-responders.' });
    await replyArticle.waitFor();
    const reply = page.locator(`#${await replyArticle.getAttribute('id')}`);
    expect(await discussion.locator('h2').innerText()).toContain('3 comments');

    // The edit box holds the Markdown as written; the saved comment says it was edited.
    await mine.locator('summary', { hasText: 'Edit' }).click();
    const box = mine.getByLabel('Your comment');
    expect(await box.inputValue()).toBe('We ran a similar **pilot** in Memphis.');
    await box.fill('We ran a similar **pilot** in Memphis, with two officers.');
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => box.isVisible()).toBe(false);
    expect(await mine.innerText()).toContain('in Memphis, with two officers.');
    expect(await mine.innerText()).toContain('edited');

    // Deleting the reply leaves its place in the thread, marked as deleted.
    await reply.locator('summary', { hasText: 'Delete' }).click();
    await reply.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => reply.innerText()).toContain('Comment deleted');
    expect(await reply.innerText()).not.toContain('co-responders');
    expect(await mine.innerText()).toContain('with two officers');
    expect(await discussion.locator('h2').innerText()).toContain('2 comments');

    // The other member's comment: marked helpful, and still marked after a reload.
    const theirs = discussion.getByRole('article').filter({ hasText: 'Boston piloted this' });
    // Members report others' comments to the moderators, never their own.
    expect(await theirs.getByRole('link', { name: /^Report/ }).getAttribute('href')).toMatch(
      new RegExp(`^/flag\\?target=COMMENT&id=[0-9a-f-]+&return=${path}$`),
    );
    expect(await mine.getByRole('link', { name: /^Report/ }).count()).toBe(0);
    const helpful = theirs.getByRole('button', { name: /^Helpful/ });
    expect(await helpful.getAttribute('aria-pressed')).toBe('false');
    expect(await helpful.innerText()).toContain('Helpful (0)');
    await helpful.click();
    await expect.poll(() => helpful.getAttribute('aria-pressed')).toBe('true');
    expect(await helpful.innerText()).toContain('Helpful (1)');
    await page.reload();
    expect(await helpful.getAttribute('aria-pressed')).toBe('true');
    expect(await helpful.innerText()).toContain('Helpful (1)');
    expect(await reply.innerText()).toContain('Comment deleted');
    await context.close();
  });

  it('a visitor reads the discussion but is offered nothing to do in it except signing in', async () => {
    const path = `/practices/${WRITE_UPS.visitor}`;
    const denver = await sessionCookie(server.url, demoAccountEmail('member', 'denver-pd'));
    await addComment(server.url, denver, WRITE_UPS.visitor, 'Our academy added the **four pillars** module in 2021.');
    await addComment(server.url, denver, WRITE_UPS.visitor, xssPayloads.join('\n\n'));

    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    await settled(page);
    // A comment full of script payloads is shown, and none of them runs.
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const discussion = page.locator('#discussion');
    const comment = discussion.getByRole('article').filter({ hasText: 'Our academy added the four pillars module' });
    expect(await comment.count()).toBe(1);
    expect(await comment.locator('strong', { hasText: 'four pillars' }).count()).toBe(1);
    expect(await discussion.locator('h2').innerText()).toContain('2 comments');

    expect(await discussion.getByRole('textbox').count()).toBe(0);
    expect(await discussion.getByRole('button').count()).toBe(0);
    expect(await discussion.locator('summary').count()).toBe(0);
    const signIn = discussion.getByRole('link', { name: 'Sign in' });
    expect(await signIn.getAttribute('href')).toBe(`/sign-in?redirectTo=${encodeURIComponent(path)}`);
    expect(await page.getByRole('link', { name: /^Sign in to follow/ }).count()).toBe(1);
    await context.close();
  });

  it("shows a comment from another member live, and the follower's unread count rises", { timeout: 90_000 }, async () => {
    const path = `/practices/${WRITE_UPS.live}`;
    const words = 'Our co-responders took 40 calls in the first month.';

    // A opens the write-up and follows it.
    const contextA = await browser.newContext();
    const pageA = await contextA.newPage();
    const listening = subscriptionSent(pageA, 'CommentAdded');
    await pageA.goto(`${server.url}/sign-in?redirectTo=${encodeURIComponent(path)}`);
    await signInThroughForm(pageA, demoAccountEmail('member', 'boston-pd'));
    await pageA.waitForURL(`${server.url}${path}`);
    await settled(pageA);
    await listening;
    await pageA.getByRole('button', { name: 'Follow this write-up' }).click();
    const following = pageA.getByRole('button', { name: 'Following this write-up' });
    await following.waitFor();
    expect(await following.getAttribute('aria-pressed')).toBe('true');
    expect(await pageA.locator('.follow').innerText()).toContain('1 follower');
    const unreadBefore = await unreadCount(pageA);
    // Set on A's page now; a reload would lose it.
    await pageA.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    // B, in another browser, comments through the form.
    const contextB = await browser.newContext();
    const pageB = await signedInAt(contextB, server.url, demoAccountEmail('member', 'denver-pd'), path);
    await pageB.getByLabel('Add to the discussion').fill(words);
    await pageB.getByRole('button', { name: 'Post comment' }).click();
    await pageB.locator('#discussion').getByRole('article').filter({ hasText: words }).waitFor();

    // A sees it arrive, hears it announced, and the header counts a new notification.
    const arrived = pageA.locator('#discussion').getByRole('article').filter({ hasText: words });
    await expect.poll(() => arrived.count(), { timeout: 15_000 }).toBe(1);
    expect(await arrived.innerText()).toContain('Denver Police Department');
    expect(await pageA.locator('#discussion h2').innerText()).toContain('1 comment');
    expect(await pageA.locator('#discussion [role="status"]:not(.mention-box [role="status"])').innerText()).toBe(
      'New comment from Demo Officer',
    );
    await expect.poll(() => unreadCount(pageA), { timeout: 15_000 }).toBeGreaterThan(unreadBefore);
    expect(await pageA.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

    // A answers it; their own reply shows once, though it also arrives over the subscription.
    await arrived.locator('summary', { hasText: 'Reply' }).click();
    await arrived.getByLabel('Your reply to Demo Officer').fill('Which hours did they cover?');
    await arrived.getByRole('button', { name: 'Post reply' }).click();
    const answer = pageA.getByRole('list', { name: 'Replies' }).getByRole('article').filter({ hasText: 'Which hours did they cover?' });
    await answer.waitFor();
    // The reply's own echo over the subscription comes before anything posted after it: once a
    // later comment from B has arrived on A's page, the echo has too, and it added nothing.
    const later = 'Our dispatch centre screens the calls first.';
    await pageB.getByLabel('Add to the discussion').fill(later);
    await pageB.getByRole('button', { name: 'Post comment' }).click();
    await expect
      .poll(() => pageA.locator('#discussion').getByRole('article').filter({ hasText: later }).count(), { timeout: 15_000 })
      .toBe(1);
    expect(await answer.count()).toBe(1);
    // …and B sees the reply under their comment, without a reload either.
    await expect
      .poll(
        () => pageB.getByRole('list', { name: 'Replies' }).getByRole('article').filter({ hasText: 'Which hours did they cover?' }).count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await contextA.close();
    await contextB.close();
  });

  it(
    'without JavaScript, refuses an empty or overlong comment keeping what was typed, then posts, replies and follows',
    { timeout: 90_000 },
    async () => {
      const path = `/practices/${WRITE_UPS.noScript}`;
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-in?redirectTo=${encodeURIComponent(path)}`);
      await signInThroughForm(page, demoAccountEmail('member', 'oakland-pd'));
      await page.waitForURL(`${server.url}${path}`);

      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.waitForLoadState();
      expect(page.url()).toMatch(/#new-comment$/);
      expect(await page.locator('#new-comment').innerText()).toContain('Write your comment first.');

      const long = `Too long: ${'x'.repeat(10_000)}`;
      await page.getByLabel('Add to the discussion').fill(long);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.waitForLoadState();
      expect(await page.locator('#new-comment').innerText()).toContain('at most 10,000 characters');
      expect(await page.getByLabel('Add to the discussion').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Add to the discussion').inputValue()).toBe(long);

      await page.getByLabel('Add to the discussion').fill('Oakland trains every recruit in this now.');
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.waitForLoadState();
      expect(page.url()).toMatch(/\/practices\/stockton-procedural-justice-training#comment-[0-9a-f-]+$/);
      const comment = page.locator(new URL(page.url()).hash);
      expect(await comment.innerText()).toContain('Oakland trains every recruit in this now.');

      await comment.locator('summary', { hasText: 'Reply' }).click();
      await comment.getByLabel('Your reply to Demo Officer').fill('Field training officers too.');
      await comment.getByRole('button', { name: 'Post reply' }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('list', { name: 'Replies' }).innerText()).toContain('Field training officers too.');

      // Commenting follows the write-up; following can be undone and done again.
      await page.getByRole('button', { name: 'Following this write-up' }).click();
      await page.waitForLoadState();
      await page.getByRole('button', { name: 'Follow this write-up' }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('button', { name: 'Following this write-up' }).getAttribute('aria-pressed')).toBe('true');
      await context.close();
    },
  );

  it('a moderator reads earlier versions, deletes a comment and locks the discussion', { timeout: 90_000 }, async () => {
    const path = `/practices/${WRITE_UPS.moderation}`;
    const member = await sessionCookie(server.url, demoAccountEmail('member', 'philadelphia-pd'));
    const first = await addComment(server.url, member, WRITE_UPS.moderation, 'First words, later regretted.');
    await api(
      server.url,
      'mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id } }',
      { id: first, body: 'Second thoughts.' },
      member,
    );
    const second = await addComment(server.url, member, WRITE_UPS.moderation, 'Something a moderator removes.');

    const context = await browser.newContext();
    const page = await signedInAt(context, server.url, 'moderator@muster.demo', path);
    const edited = page.locator(`#comment-${first}`);
    expect(await edited.innerText()).toContain('Second thoughts.');
    await edited.locator('summary', { hasText: 'Earlier versions (1)' }).click();
    expect(await edited.locator('.revisions').innerText()).toContain('First words, later regretted.');

    const removed = page.locator(`#comment-${second}`);
    await removed.locator('summary', { hasText: 'Delete' }).click();
    await removed.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => removed.innerText()).toContain('Comment deleted');

    await page.getByRole('button', { name: 'Lock discussion', exact: true }).click();
    await page.getByRole('button', { name: 'Unlock discussion' }).waitFor();
    expect(await page.locator('#discussion h2').innerText()).toContain('Locked');

    // The member now reads the discussion without a form, and is told why.
    const memberContext = await browser.newContext();
    await memberContext.addCookies([{ ...member, url: server.url }]);
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${server.url}${path}`);
    expect(await memberPage.locator('#new-comment').innerText()).toContain('A moderator has locked this discussion');
    expect(await memberPage.getByLabel('Add to the discussion').count()).toBe(0);
    expect(await memberPage.locator('#discussion summary', { hasText: 'Reply' }).count()).toBe(0);
    await memberContext.close();

    await page.getByRole('button', { name: 'Unlock discussion' }).click();
    await page.getByRole('button', { name: 'Lock discussion', exact: true }).waitFor();
    await context.close();
  });

  it(
    'completes an @handle in the comment box from the keyboard, and the posted mention links to the profile',
    { timeout: 90_000 },
    async () => {
      const path = `/practices/${WRITE_UPS.mention}`;
      const context = await browser.newContext();
      const page = await signedInAt(context, server.url, demoAccountEmail('chief', 'memphis-pd'), path);
      const box = page.getByLabel('Add to the discussion');
      await box.click();
      await box.pressSequentially('Thanks to @chi');
      const listbox = page.getByRole('listbox', { name: 'Members to mention' });
      await listbox.waitFor();
      const options = listbox.getByRole('option');
      expect(await options.count()).toBeGreaterThan(1);
      for (const text of await options.allInnerTexts()) expect(text.trim()).toMatch(/^@chi/);
      expect(await box.getAttribute('role')).toBe('combobox');
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      // The arrows move through the offers while the focus stays in the text.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const chosen = options.nth(1);
      expect(await chosen.getAttribute('aria-selected')).toBe('true');
      expect(await box.getAttribute('aria-activedescendant')).toBe(await chosen.getAttribute('id'));
      const handle = (await chosen.locator('.handle').innerText()).trim();
      await page.keyboard.press('Enter');
      await listbox.waitFor({ state: 'hidden' });
      expect(await box.inputValue()).toBe(`Thanks to ${handle} `);
      expect(await box.getAttribute('aria-expanded')).toBe('false');

      // Escape closes the offers and leaves the text as typed.
      await box.pressSequentially('and @officer-bos');
      await listbox.waitFor();
      await page.keyboard.press('Escape');
      await listbox.waitFor({ state: 'hidden' });
      expect(await box.inputValue()).toBe(`Thanks to ${handle} and @officer-bos`);

      await box.pressSequentially('ton-pd for the numbers.');
      await page.getByRole('button', { name: 'Post comment' }).click();
      const posted = page.locator('#discussion').getByRole('article').filter({ hasText: 'for the numbers.' });
      await posted.waitFor();
      expect(await posted.getByRole('link', { name: handle, exact: true }).getAttribute('href')).toBe(`/members/${handle.slice(1)}`);
      expect(await posted.getByRole('link', { name: '@officer-boston-pd', exact: true }).getAttribute('href')).toBe(
        '/members/officer-boston-pd',
      );
      await context.close();
    },
  );

  it('pages a long discussion 50 threads at a time, with a "More comments" link', { timeout: 90_000 }, async () => {
    const path = `/practices/${WRITE_UPS.long}`;
    // Six members who comment nowhere else in this file, nine comments each: under the API's limit
    // of ten a minute per member.
    const writers = ['chicago-pd', 'eugene-pd', 'high-point-pd', 'kansas-city-pd', 'san-diego-pd', 'uc-police-division'];
    for (const [w, department] of writers.entries()) {
      const cookie = await sessionCookie(server.url, demoAccountEmail('member', department));
      for (let i = 1; i <= 9; i++) await addComment(server.url, cookie, WRITE_UPS.long, `Thread ${w * 9 + i} of the long discussion.`);
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    const threads = page.locator('#discussion .threads > li');
    expect(await threads.count()).toBe(50);
    expect(await page.locator('#discussion h2').innerText()).toContain('54 comments');
    expect(await threads.first().innerText()).toContain('Thread 1 of the long discussion.');

    await page.getByRole('link', { name: 'More comments' }).click();
    await page.waitForURL((url) => url.searchParams.has('comments') && url.hash === '#discussion');
    await expect.poll(() => threads.count()).toBe(4);
    expect(await threads.first().innerText()).toContain('Thread 51 of the long discussion.');
    expect(await page.getByRole('link', { name: 'More comments' }).count()).toBe(0);
    await page.getByRole('link', { name: 'First comments' }).click();
    await expect.poll(() => threads.count()).toBe(50);
    await context.close();
  });
});

/** Resolves once the page has sent the named subscription over its WebSocket. */
function subscriptionSent(page: Page, operation: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes(operation)) resolve();
      });
    });
  });
}

/** The header badge's count; no badge means nothing unread. */
async function unreadCount(page: Page): Promise<number> {
  const badge: Locator = page.getByTestId('unread-badge');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.innerText()).trim());
}

/** Posts a comment through the API as the member with `cookie`; answers its id. */
async function addComment(url: string, cookie: Cookie, slug: string, body: string): Promise<string> {
  const { practice } = await api<{ practice: { id: string } }>(
    url,
    'query ($slug: String!) { practice(slug: $slug) { id } }',
    { slug },
    cookie,
  );
  const { addComment } = await api<{ addComment: { id: string } }>(
    url,
    'mutation ($id: ID!, $body: String!) { addComment(practiceId: $id, body: $body) { id } }',
    { id: practice.id, body },
    cookie,
  );
  return addComment.id;
}
