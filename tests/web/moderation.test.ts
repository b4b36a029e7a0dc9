import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail, demoPractices } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import type { RunningServer } from '../helpers/server.ts';
import { type Cookie, api, sessionCookie, settled, signedInAt, signUpThroughApi } from '../helpers/session.ts';

const MODERATOR = 'moderator@muster.demo';
const ADMIN = 'admin@muster.demo';

// Each test works on a write-up of its own, so none depends on what another left behind.
const WRITE_UPS = {
  reported: 'memphis-care-team',
  restored: 'eugene-cahoots',
  noScriptHide: 'philadelphia-foot-patrol-experiment',
  noScript: 'ca-doj-principled-policing',
  featured: 'seattle-lead-diversion',
} as const;

// The demo's featured case studies (db/src/seed/demo/featured.ts), in order, with words from each note.
const DEMO_FEATURED = [
  { slug: 'memphis-crisis-intervention-team', note: 'training and the partnership with mental health services' },
  { slug: 'eugene-cahoots', note: 'which calls are routed away from police, and who decides' },
  { slug: 'philadelphia-foot-patrol-experiment', note: 'knowing when a result fades' },
] as const;

function titleOf(slug: string): string {
  const practice = demoPractices.find((p) => p.slug === slug);
  if (!practice) throw new Error(`no demo write-up ${slug}`);
  return practice.title;
}

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('moderating in the browser', () => {
  let server: RunningServer;
  let mailbox: Mailbox;
  let browser: Browser;

  useServedApp({ mailbox: true }, (opened) => ({ server, browser, mailbox } = opened));

  it('a member reports a comment, a moderator hides it, and it is gone for members and visitors', { timeout: 120_000 }, async () => {
    const slug = WRITE_UPS.reported;
    const path = `/practices/${slug}`;
    const words = 'Our unit answers on radio channel 7 with the codes 10-77 and 10-78.';
    const boston = await sessionCookie(server.url, demoAccountEmail('member', 'boston-pd'));
    const commentId = await addComment(server.url, boston, slug, words);
    const flagHref = `/flag?target=COMMENT&id=${commentId}&return=${path}`;

    // Another member finds the comment on the write-up and reports it.
    const memberContext = await browser.newContext();
    const member = await signedInAt(memberContext, server.url, demoAccountEmail('member', 'denver-pd'), path);
    const reportLink = member.locator(`a[href="${flagHref}"]`);
    if ((await reportLink.count()) > 0) await reportLink.click();
    else await member.goto(`${server.url}${flagHref}`);
    await member.waitForURL(`${server.url}${flagHref}`);
    await settled(member);
    expect(await member.getByRole('heading', { level: 1 }).innerText()).toBe('Report a comment');
    expect(await member.getByTestId('flag-subject').innerText()).toContain(words);

    // No reason chosen: refused beside the choices, and the focus goes there.
    const report = member.getByRole('button', { name: 'Report this comment' });
    await report.click();
    const reasonError = member.getByText('Choose why you are reporting this.');
    await reasonError.waitFor();
    expect(await member.getByRole('group', { name: 'Why should moderators look at it?' }).getAttribute('aria-describedby')).toContain(
      'field-reason-error',
    );

    await member.getByRole('radio', { name: /^Operationally sensitive/ }).check();
    await member.getByLabel('Note for the moderators').fill('Radio codes must not be public.');
    await report.click();
    await member.waitForURL(`${server.url}${path}?flagged=1`);

    // A second report from the same member is refused, and what was chosen stays.
    await member.goto(`${server.url}${flagHref}`);
    await settled(member);
    await member.getByRole('radio', { name: /^Off topic/ }).check();
    await member.getByLabel('Note for the moderators').fill('And it is off topic.');
    await member.getByRole('button', { name: 'Report this comment' }).click();
    await member.getByRole('alert').filter({ hasText: 'already flagged' }).waitFor();
    expect(await member.getByRole('radio', { name: /^Off topic/ }).isChecked()).toBe(true);
    expect(await member.getByLabel('Note for the moderators').inputValue()).toBe('And it is off topic.');

    // The moderator finds it in the queue, in context, with the report, and hides it.
    const moderatorContext = await browser.newContext();
    const moderator = await signedInAt(moderatorContext, server.url, MODERATOR, '/moderation');
    const entry = moderator.getByTestId('queue-entry').filter({ hasText: words });
    expect(await entry.count()).toBe(1);
    const shown = await entry.innerText();
    expect(shown).toContain('Comment by Demo Officer');
    expect(shown).toContain('Visible now');
    expect(shown).toContain('1 open report');
    expect(shown).toContain('Operationally sensitive');
    expect(shown).toContain('Radio codes must not be public.');
    expect(await entry.getByRole('link', { name: 'See it in the discussion' }).getAttribute('href')).toBe(`${path}#comment-${commentId}`);
    await entry.getByLabel('Note for the record').fill('Radio codes taken down.');
    await entry.getByRole('button', { name: 'Hide this comment' }).click();
    await moderator.getByText('Hidden. Its author sees your note as the reason').waitFor();
    expect(await moderator.getByTestId('queue-entry').filter({ hasText: words }).count()).toBe(0);

    // The dashboard's log shows the decision, newest first.
    const latest = moderator.getByTestId('moderation-log').locator('tbody tr').first();
    const logged = await latest.innerText();
    expect(logged).toContain('Reports resolved');
    expect(logged).toContain('Demo Moderator');
    expect(logged).toContain(`HIDE comment ${commentId}`);
    expect(logged).toContain('Radio codes taken down.');

    // The comment's words are gone for the member who reported it and for a visitor.
    await member.goto(`${server.url}${path}`);
    await settled(member);
    expect(await member.locator('#main').innerText()).not.toContain('10-77');
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}${path}`);
    expect(await visitor.locator('#main').innerText()).not.toContain('10-77');

    // So does the admin's audit log.
    const adminContext = await browser.newContext();
    const admin = await signedInAt(adminContext, server.url, ADMIN, '/admin/audit?action=FLAG_RESOLVED');
    expect(await admin.locator('table').innerText()).toContain(`HIDE comment ${commentId}`);

    await Promise.all([memberContext, moderatorContext, visitorContext, adminContext].map((c) => c.close()));
  });

  it(
    'a moderator restores a hidden comment from the Hidden section, with its history by name and handle, and its author is told',
    { timeout: 120_000 },
    async () => {
      const slug = WRITE_UPS.restored;
      const path = `/practices/${slug}`;
      const words = 'The desk sergeant on nights never picks up the phone.';
      const author = demoAccountEmail('member', 'oakland-pd');
      const commentId = await addComment(server.url, await sessionCookie(server.url, author), slug, words);
      const flagger = await sessionCookie(server.url, demoAccountEmail('member', 'denver-pd'));
      await api(
        server.url,
        'mutation ($id: ID!) { flag(target: COMMENT, id: $id, reason: HARASSMENT) { id } }',
        { id: commentId },
        flagger,
      );
      const moderatorCookie = await sessionCookie(server.url, MODERATOR);
      await api(
        server.url,
        'mutation ($id: ID!) { moderate(target: COMMENT, id: $id, action: HIDE, note: "Names a colleague.") { id } }',
        { id: commentId },
        moderatorCookie,
      );

      const context = await browser.newContext();
      const moderator = await signedInAt(context, server.url, MODERATOR, '/moderation#hidden');
      const item = moderator.getByTestId('hidden-item').filter({ hasText: words });
      expect(await item.count()).toBe(1);
      const shown = await item.innerText();
      expect(shown).toContain('Demo Officer');
      expect(shown).toContain('@officer-oakland-pd');
      expect(shown).toContain('Names a colleague.');
      // Members are named, never numbered.
      expect(await moderator.locator('#main').innerText()).not.toContain('member ID');
      await item.getByText('Moderation history (2)').click();
      const history = await item.locator('.history').innerText();
      expect(history).toContain('Flagged (Harassment) by Demo Officer @officer-denver-pd');
      expect(history).toContain('Hidden by Demo Moderator @moderator');

      await item.getByLabel(/Note to the author/).fill('On review, a fair complaint.');
      await item.getByRole('button', { name: /^Restore/ }).click();
      await moderator.getByText('Restored: it shows again. Its author is told, with your note.').waitFor();
      expect(await moderator.getByTestId('hidden-item').filter({ hasText: words }).count()).toBe(0);

      // Shown again to a visitor; its author reads why in their notifications.
      const visitor = await (await browser.newContext()).newPage();
      await visitor.goto(`${server.url}${path}`);
      expect(await visitor.locator(`#comment-${commentId}`).innerText()).toContain('never picks up the phone');
      const authorContext = await browser.newContext();
      const inbox = await signedInAt(authorContext, server.url, author, '/notifications');
      await expect
        .poll(async () => {
          await inbox.reload();
          return inbox.locator('#main').innerText();
        })
        .toContain('Moderators restored your comment on');
      expect(await inbox.locator('#main').innerText()).toContain('On review, a fair complaint.');
      await Promise.all([context.close(), visitor.context().close(), authorContext.close()]);
    },
  );

  it('a moderator hides and restores a write-up from its own page without JavaScript', { timeout: 90_000 }, async () => {
    const slug = WRITE_UPS.noScriptHide;
    const path = `/practices/${slug}`;
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...(await sessionCookie(server.url, MODERATOR)), url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    const panel = page.locator('#moderation');
    await panel.getByLabel(/Note to the author/).fill('Pending a check of the figures.');
    await panel.getByRole('button', { name: 'Hide the write-up' }).click();
    await page.waitForURL(`${server.url}${path}#moderation`);
    expect(await page.getByRole('note', { name: 'Hidden' }).innerText()).toContain('Pending a check of the figures.');
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);

    await page.locator('#moderation').getByRole('button', { name: 'Restore the write-up' }).click();
    await page.waitForURL(`${server.url}${path}#moderation`);
    expect(await page.getByRole('note', { name: 'Hidden' }).count()).toBe(0);
    await page.locator('#moderation').getByText('Moderation history (2)').click();
    const history = await page.locator('#moderation .history').innerText();
    expect(history).toContain('Hidden by Demo Moderator @moderator');
    expect(history).toContain('Restored by Demo Moderator @moderator');
    expect((await fetch(`${server.url}${path}`)).status).toBe(200);

    // A member sees no moderation controls: the API gives them no history.
    const memberContext = await browser.newContext();
    const member = await signedInAt(memberContext, server.url, demoAccountEmail('member', 'boston-pd'), path);
    expect(await member.locator('#moderation').count()).toBe(0);
    await Promise.all([context.close(), memberContext.close()]);
  });

  it(
    'shows a chief the drafts to review and the members to verify in the header, only while there are some',
    { timeout: 90_000 },
    async () => {
      const department = 'demo-saguaro-valley-pd';
      const context = await browser.newContext();
      const chief = await signedInAt(context, server.url, demoAccountEmail('chief', department), '/');
      expect(await chief.getByTestId('drafts-to-review').count()).toBe(0);
      expect(await chief.getByTestId('waiting-badge').count()).toBe(0);

      const author = await sessionCookie(server.url, demoAccountEmail('member', department));
      const input = {
        title: 'Header count check',
        summary: 'A program summary long enough for the form: what was done, by whom, and what changed afterwards.',
        body: 'What we did.',
        topics: ['training'],
        evidenceLevel: 'ANECDOTAL',
        visibility: 'MEMBERS',
        lifecycle: 'PILOT',
      };
      const { createPractice } = await api<{ createPractice: { id: string } }>(
        server.url,
        'mutation ($input: PracticeInput!) { createPractice(input: $input) { id } }',
        { input },
        author,
      );
      await api(server.url, 'mutation ($id: ID!) { submitPractice(id: $id) { id } }', { id: createPractice.id }, author);
      // A new member counts once their address is confirmed.
      await signUpThroughApi(server.url, mailbox, {
        email: `header.${Date.now()}@example.gov`,
        password: 'correct horse battery staple',
        displayName: 'Header Recruit',
        title: 'Officer',
        departmentSlug: department,
      });

      await chief.reload();
      // The name carries what waits; the links to it are under the name.
      expect(Number(await chief.getByTestId('waiting-badge').innerText())).toBeGreaterThanOrEqual(2);
      await chief.locator('.account-toggle summary').click();
      expect(await chief.getByTestId('drafts-to-review').innerText()).toBe('Drafts to review (1)');
      expect(await chief.getByTestId('members-to-verify').innerText()).toMatch(/^Members to verify \(\d+\)$/);
      await chief.getByTestId('drafts-to-review').click();
      await chief.waitForURL(`${server.url}/drafts`);

      // A member of the department sees neither.
      const memberContext = await browser.newContext();
      const member = await signedInAt(memberContext, server.url, demoAccountEmail('member', department), '/');
      expect(await member.getByTestId('drafts-to-review').count()).toBe(0);
      expect(await member.getByTestId('members-to-verify').count()).toBe(0);
      await Promise.all([context.close(), memberContext.close()]);
    },
  );

  it('refuses the dashboard to a member and sends a visitor to sign in', async () => {
    const context = await browser.newContext();
    const member = await signedInAt(context, server.url, demoAccountEmail('member', 'boston-pd'), '/');
    const response = await member.goto(`${server.url}/moderation`);
    expect(response?.status()).toBe(403);
    expect(await member.getByRole('heading', { level: 1 }).innerText()).toBe('This page cannot be shown');
    expect(await member.locator('#main').innerText()).toContain('for Muster’s moderators');
    expect(await member.getByTestId('queue-entry').count()).toBe(0);
    await context.close();

    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/moderation`);
    await visitor.waitForURL(`${server.url}/sign-in?redirectTo=${encodeURIComponent('/moderation')}`);
    await visitorContext.close();
  });

  it('sends a visitor who would report something to sign in, and never back to another site', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const report = `/flag?target=COMMENT&id=${id}&return=/practices/${WRITE_UPS.reported}`;
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}${report}`);
    await visitor.waitForURL((url) => url.pathname === '/sign-in');
    const back = new URL(new URL(visitor.url()).searchParams.get('redirectTo') ?? '', server.url);
    expect(back.pathname).toBe('/flag');
    expect(Object.fromEntries(back.searchParams)).toEqual({ target: 'COMMENT', id, return: `/practices/${WRITE_UPS.reported}` });
    await visitorContext.close();

    // A return address on another site is ignored: Cancel (and, after reporting, the redirect) stays here.
    const context = await browser.newContext();
    const member = await signedInAt(context, server.url, demoAccountEmail('member', 'boston-pd'), '/');
    await member.goto(`${server.url}/flag?target=COMMENT&id=${id}&return=//evil.example/phish`);
    expect(await member.getByRole('link', { name: 'Cancel' }).getAttribute('href')).toBe('/');
    await context.close();
  });

  it("lists the demo's three featured case studies in order, with their notes", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/case-studies`);
    const list = page.getByRole('list', { name: 'Featured case studies, in order' });
    const items = list.getByRole('article');
    expect(await items.count()).toBe(DEMO_FEATURED.length);
    for (const [index, featured] of DEMO_FEATURED.entries()) {
      const item = items.nth(index);
      const title = item.getByRole('heading', { level: 2 });
      expect(await title.innerText()).toBe(titleOf(featured.slug));
      expect(await title.getByRole('link').getAttribute('href')).toBe(`/practices/${featured.slug}`);
      // The note is Markdown: its emphasis arrives as markup, not asterisks.
      expect(await item.locator('strong').first().innerText()).toContain(featured.note.split(',')[0]);
      expect(await item.innerText()).not.toContain('**');
      expect(await item.innerText()).not.toContain('Scheduled');
    }
    await context.close();
  });

  it(
    'a moderator features a write-up from the dashboard, moves it up, and the case-studies page follows',
    { timeout: 90_000 },
    async () => {
      const slug = WRITE_UPS.featured;
      const title = titleOf(slug);
      const context = await browser.newContext();
      const page = await signedInAt(context, server.url, MODERATOR, '/moderation');
      const form = page.locator('form', { has: page.getByRole('button', { name: 'Feature it' }) });

      // An address that names no write-up, and no note: both refused beside their fields, the values kept.
      await form.getByLabel('Write-up').fill(`${server.url}/practices/no-such-write-up`);
      await form.getByRole('button', { name: 'Feature it' }).click();
      await form.getByText('There is no write-up at that address.').waitFor();
      expect(await form.getByText('Write a note').count()).toBe(1);
      expect(await form.getByLabel('Write-up').getAttribute('aria-invalid')).toBe('true');
      expect(await form.getByLabel('Write-up').inputValue()).toBe(`${server.url}/practices/no-such-write-up`);

      await form.getByLabel('Write-up').fill(`${server.url}/practices/${slug}`);
      await form.getByLabel('Editorial note').fill('Read it for **how prosecutors and officers share the decision** to divert.');
      await form.getByRole('button', { name: 'Feature it' }).click();
      await page.getByText('Featured. Its author').waitFor();
      const featured = page.getByTestId('featured-item');
      expect(await featured.count()).toBe(DEMO_FEATURED.length + 1);
      expect(await featured.last().getByRole('heading').innerText()).toBe(title);
      expect(await form.getByLabel('Write-up').inputValue()).toBe('');

      const visitorContext = await browser.newContext();
      const visitor = await visitorContext.newPage();
      const headings = () => visitor.getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();
      await visitor.goto(`${server.url}/case-studies`);
      expect(await headings()).toEqual([...DEMO_FEATURED.map((f) => titleOf(f.slug)), title]);
      const added = visitor.getByRole('article').filter({ hasText: title });
      expect(await added.locator('strong').innerText()).toBe('how prosecutors and officers share the decision');

      await featured
        .last()
        .getByRole('button', { name: /^Move up/ })
        .click();
      await page.getByText('Case studies reordered.').waitFor();
      expect(
        await featured
          .nth(DEMO_FEATURED.length - 1)
          .getByRole('heading')
          .innerText(),
      ).toBe(title);
      await visitor.reload();
      expect((await headings())[DEMO_FEATURED.length - 1]).toBe(title);

      // Scheduled for later: gone from the public page, still there for moderators, marked as such.
      const item = featured.filter({ hasText: title });
      await item.locator('summary', { hasText: 'Edit the note and dates' }).click();
      await item.getByLabel('Shown from').fill('2099-01-01');
      await item.getByRole('button', { name: /^Save/ }).click();
      await page.getByText('Case study saved.').waitFor();
      expect(await item.innerText()).toContain('Scheduled');
      await visitor.reload();
      expect(await headings()).toEqual(DEMO_FEATURED.map((f) => titleOf(f.slug)));
      await page.goto(`${server.url}/case-studies`);
      const scheduled = page.getByRole('article').filter({ hasText: title });
      expect(await scheduled.innerText()).toContain('Scheduled');
      expect(await scheduled.innerText()).toContain('January 1, 2099');

      // Unfeatured: the dashboard lists the demo's three again.
      await page.goto(`${server.url}/moderation`);
      await settled(page);
      await featured
        .filter({ hasText: title })
        .getByRole('button', { name: /^Unfeature/ })
        .click();
      await page.getByText('No longer featured.').waitFor();
      expect(await featured.count()).toBe(DEMO_FEATURED.length);

      await Promise.all([context.close(), visitorContext.close()]);
    },
  );

  it('the report form works without JavaScript', { timeout: 60_000 }, async () => {
    const slug = WRITE_UPS.noScript;
    const path = `/practices/${slug}`;
    const member = await sessionCookie(server.url, demoAccountEmail('member', 'memphis-pd'));
    const { practice } = await api<{ practice: { id: string } }>(
      server.url,
      'query ($slug: String!) { practice(slug: $slug) { id } }',
      { slug },
      member,
    );

    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ ...member, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/flag?target=PRACTICE&id=${practice.id}&return=${path}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Report a write-up');
    expect(await page.getByTestId('flag-subject').innerText()).toContain(titleOf(slug));

    // "Something else" needs a note: the page comes back from the server with the choice kept.
    await page.getByRole('radio', { name: /^Something else/ }).check();
    await page.getByRole('button', { name: 'Report this write-up' }).click();
    await page.getByText('a report for another reason needs a note').waitFor();
    expect(await page.getByRole('radio', { name: /^Something else/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Note for the moderators').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Note for the moderators').fill('The contact named here left the department.');
    await page.getByRole('button', { name: 'Report this write-up' }).click();
    await page.waitForURL(`${server.url}${path}?flagged=1`);

    // The moderators have it.
    const moderator = await sessionCookie(server.url, MODERATOR);
    const { moderationQueue } = await api<{
      moderationQueue: {
        edges: { node: { target: string; practice: { slug: string }; targetFlags: { reason: string; note: string }[] } }[];
      };
    }>(
      server.url,
      '{ moderationQueue(first: 50) { edges { node { target practice { slug } targetFlags { reason note } } } } }',
      {},
      moderator,
    );
    const entry = moderationQueue.edges.find((e) => e.node.target === 'PRACTICE' && e.node.practice.slug === slug);
    expect(entry?.node.targetFlags).toEqual([{ reason: 'OTHER', note: 'The contact named here left the department.' }]);
    await context.close();
  });
});

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
