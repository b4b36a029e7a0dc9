import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail, demoPractices } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, settled, signedInAt, signUpThroughApi } from '../helpers/session.ts';

const MODERATOR = 'moderator@muster.demo';
const BOSTON_OFFICER = demoAccountEmail('member', 'boston-pd');

/** The demo authors of write-ups on violence reduction, by handle. */
const violenceReductionAuthors = [
  ...new Set(
    demoPractices
      .filter((p) => p.topics.includes('violence-reduction'))
      .map((p) => `@${p.author === 'chief' ? 'chief' : 'officer'}-${p.department}`),
  ),
];

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('the member directory in the browser', () => {
  let server: RunningServer;
  let mailbox: Mailbox;
  let browser: Browser;

  useServedApp({ mailbox: true }, (opened) => ({ server, browser, mailbox } = opened));

  const directoryForm = (page: Page) => page.getByRole('search', { name: 'Find members' });
  const cards = (page: Page) => page.locator('#results article');
  const handlesOn = (page: Page) => cards(page).locator('.handle').allInnerTexts();

  /** Signs up through the API as a new member of a demo department; a moderator verifies them unless told not to. */
  async function newMember(displayName: string, title: string, departmentSlug: string, verify = true) {
    const tag = Math.random().toString(36).slice(2, 8);
    const input = {
      email: `dir.${tag}@${departmentSlug}.example.gov`,
      password: 'correct horse battery staple',
      displayName,
      title,
      departmentSlug,
    };
    const { cookie, ...user } = await signUpThroughApi(server.url, mailbox, input);
    if (verify)
      await api(
        server.url,
        'mutation ($id: ID!) { verifyMember(userId: $id, approve: true) { id } }',
        { id: user.id },
        await sessionCookie(server.url, MODERATOR),
      );
    return { ...user, cookie };
  }

  it('explains to visitors and unverified members that the directory is for verified members, and lists no one', async () => {
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/members`);
    expect(await visitor.getByRole('heading', { name: 'The directory is for verified members' }).count()).toBe(1);
    expect(await cards(visitor).count()).toBe(0);
    expect(await directoryForm(visitor).count()).toBe(0);
    const signIn = visitor.locator('main').getByRole('link', { name: 'Sign in' });
    expect(new URL((await signIn.getAttribute('href'))!, server.url).searchParams.get('redirectTo')).toBe('/members');
    // A profile sends a visitor to sign in, and back.
    await visitor.goto(`${server.url}/members/officer-memphis-pd`);
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
    await visitorContext.close();

    const recruit = await newMember('Una Verified', 'Recruit', 'memphis-pd', false);
    const recruitContext = await browser.newContext();
    await recruitContext.addCookies([{ ...recruit.cookie, url: server.url }]);
    const page = await recruitContext.newPage();
    await page.goto(`${server.url}/members`);
    expect(await page.locator('main').innerText()).toContain('Your account is not verified yet');
    expect(await cards(page).count()).toBe(0);
    const profile = await page.goto(`${server.url}/members/officer-memphis-pd`);
    expect(profile?.status()).toBe(403);
    expect(await page.locator('main').innerText()).toContain('Only verified members can see member profiles');
    await recruitContext.close();
  });

  it('finds members by topic and state, keeps the filters in the URL, and steps back through them', { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const page = await signedInAt(context, server.url, BOSTON_OFFICER, '/members');
    expect(await page.locator('#results-heading').innerText()).toMatch(/^\d+ members$/);

    await directoryForm(page).getByLabel('Topic').selectOption({ label: 'Violence reduction' });
    await directoryForm(page).getByRole('button', { name: 'Find members' }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('topic') === 'violence-reduction');
    await settled(page);
    expect(await page.locator('#results-heading').innerText()).toBe(`${violenceReductionAuthors.length} members match`);
    expect((await handlesOn(page)).sort()).toEqual([...violenceReductionAuthors].sort());

    await directoryForm(page).getByLabel('State').selectOption({ label: 'Massachusetts' });
    await directoryForm(page).getByRole('button', { name: 'Find members' }).click();
    await page.waitForURL((url) => url.searchParams.get('state') === 'MA');
    await settled(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('topic')).toBe('violence-reduction');
    expect(await handlesOn(page)).toEqual(['@chief-boston-pd']);
    expect(await page.locator('#results-heading').innerText()).toBe('1 member matches');
    expect(await cards(page).first().innerText()).toContain('Boston Police Department');
    expect(await cards(page).first().innerText()).toContain('Chief of the department');

    // Back: the topic alone again, in the list and in the form.
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('state') !== 'MA');
    await expect.poll(async () => (await handlesOn(page)).sort()).toEqual([...violenceReductionAuthors].sort());
    expect(await directoryForm(page).getByLabel('State').inputValue()).toBe('');
    expect(await directoryForm(page).getByLabel('Topic').inputValue()).toBe('violence-reduction');

    // The address is shareable: opened afresh, it shows the same.
    const shared = await context.newPage();
    await shared.goto(url.toString());
    expect(await handlesOn(shared)).toEqual(['@chief-boston-pd']);
    expect(await directoryForm(shared).getByLabel('State').inputValue()).toBe('MA');

    // A link with a topic that does not exist says so beside the field.
    await shared.goto(`${server.url}/members?topic=no-such-topic`);
    expect(await shared.locator('#filter-topic-error').innerText()).toContain('There is no topic');
    expect(await shared.getByLabel('Topic').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('finds a member by name without JavaScript, opens their profile and follows them', { timeout: 120_000 }, async () => {
    const imogen = await newMember('Imogen Whitlock', 'Crisis intervention coordinator', 'denver-pd');

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies([{ ...(await sessionCookie(server.url, BOSTON_OFFICER)), url: server.url }]);
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}/members`);
    await directoryForm(plain).getByLabel('Name, handle or title').fill('whitlock');
    await directoryForm(plain).getByRole('button', { name: 'Find members' }).click();
    await plain.waitForURL((url) => url.searchParams.get('q') === 'whitlock');
    expect(await handlesOn(plain)).toEqual([`@${imogen.handle}`]);
    await noScript.close();

    const context = await browser.newContext();
    const page = await signedInAt(context, server.url, BOSTON_OFFICER, '/members?q=whitlock');
    const card = cards(page).first();
    expect(await card.innerText()).toContain('Crisis intervention coordinator');
    expect(await card.innerText()).toContain('Denver Police Department');
    expect(await card.innerText()).toContain('Colorado');
    await card.getByRole('link', { name: 'Imogen Whitlock' }).click();
    await page.waitForURL(`${server.url}/members/${imogen.handle}`);
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Imogen Whitlock');
    expect(await page.locator('main').innerText()).toContain(`@${imogen.handle}`);
    expect(await page.getByRole('link', { name: 'Denver Police Department' }).first().getAttribute('href')).toBe('/departments/denver-pd');
    const message = page.getByRole('link', { name: 'Send a message to Imogen Whitlock' });
    expect(await message.getAttribute('href')).toBe(`/messages/new?to=${imogen.handle}`);
    // Suspending is for moderators.
    expect(await page.getByRole('link', { name: /^Suspend/ }).count()).toBe(0);

    const follow = page.getByRole('button', { name: 'Follow Imogen Whitlock' });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await expect.poll(() => page.getByRole('button', { name: /^Follow(ing)? Imogen Whitlock/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('main').innerText()).toContain('1 follower');

    // Blocking from the profile comes back to it: no more "Send a message", and Unblock offered.
    await page.getByRole('button', { name: 'Block Imogen Whitlock' }).click();
    await page.waitForURL(`${server.url}/members/${imogen.handle}`);
    await expect.poll(() => page.getByRole('button', { name: 'Unblock Imogen Whitlock' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Send a message to Imogen Whitlock' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Unblock Imogen Whitlock' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Send a message to Imogen Whitlock' }).count()).toBe(1);

    // It is recorded: a fresh page and the Following list say so.
    await page.goto(`${server.url}/following`);
    expect(await page.locator('main').innerText()).toContain('Imogen Whitlock');
    await context.close();
  });

  it(
    'shows a member’s write-ups, topics and events, a Suspend link to moderators, and 404 for no such member',
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext();
      const page = await signedInAt(context, server.url, MODERATOR, '/members/chief-demo-saguaro-valley-pd');
      const own = demoPractices.filter((p) => p.department === 'demo-saguaro-valley-pd' && p.author === 'chief');
      const writeUps = page.getByRole('list', { name: /Write-ups/ }).getByRole('listitem');
      expect(await writeUps.count()).toBe(own.length);
      for (const p of own) expect(await page.locator(`#write-ups a[href="/practices/${p.slug}"]`).count()).toBe(1);
      // Two of their three write-ups are on technology: it comes first.
      expect(
        await page
          .getByRole('list', { name: /Topics Demo Chief knows/ })
          .getByRole('link')
          .first()
          .innerText(),
      ).toBe('Technology');
      const suspend = page.getByRole('link', { name: 'Suspend Demo Chief…' });
      const href = await suspend.getAttribute('href');
      expect(href).toBe('/moderation?suspend=chief-demo-saguaro-valley-pd#members');
      await suspend.click();
      await page.waitForURL((url) => url.pathname === '/moderation');
      await settled(page);
      expect(await page.getByRole('form', { name: 'Suspend a member' }).getByLabel('Member’s handle').inputValue()).toBe(
        new URL(href!, server.url).searchParams.get('suspend'),
      );
      await context.close();

      // A member going to an event shows it on their profile.
      const officer = await sessionCookie(server.url, BOSTON_OFFICER);
      const { events } = await api<{ events: { edges: { node: { id: string; name: string; slug: string } }[] } }>(
        server.url,
        '{ events(upcoming: true, first: 1) { edges { node { id name slug } } } }',
        {},
        officer,
      );
      const event = events.edges[0]!.node;
      await api(server.url, 'mutation ($id: ID!) { attendEvent(eventId: $id, attending: true) { id } }', { id: event.id }, officer);
      const chiefContext = await browser.newContext();
      const chief = await signedInAt(chiefContext, server.url, demoAccountEmail('chief', 'memphis-pd'), '/members/officer-boston-pd');
      const going = chief.getByRole('list', { name: 'Going to' });
      expect(await going.getByRole('link', { name: event.name }).getAttribute('href')).toBe(`/events/${event.slug}`);
      const missing = await chief.goto(`${server.url}/members/no-such-member`);
      expect(missing?.status()).toBe(404);
      expect(await chief.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found');
      await chiefContext.close();
    },
  );
});
