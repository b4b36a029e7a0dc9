import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { settled, signedInAt } from '../helpers/session.ts';

const MODERATOR = 'moderator@muster.demo';

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('events in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('lists upcoming events soonest first and past events latest first', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/events`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).waitFor();

    const upcoming = await page.locator('#upcoming h3').allInnerTexts();
    expect(upcoming.length).toBe(3);
    expect(upcoming.every((name) => name.startsWith('Demo:'))).toBe(true);
    const past = await page.locator('#past h3').allInnerTexts();
    expect(past.length).toBe(3);
    // The two 2015 courses come first; the 2013 symposium, the oldest, last.
    expect(past.slice(0, 2).every((name) => name.startsWith('Principled Policing course'))).toBe(true);
    expect(past.at(-1)).toBe('CPCA 36th Annual Training Symposium');
    const symposium = page.locator('#past article', { hasText: 'CPCA 36th Annual Training Symposium' });
    expect(await symposium.innerText()).toContain('Palm Springs, California');
    expect(await symposium.innerText()).toContain('California Police Chiefs Association');
    expect(await symposium.innerText()).toContain('Symposium');
    // Only moderators add events.
    expect(await page.getByRole('link', { name: 'New event' }).count()).toBe(0);
    await context.close();
  });

  it(
    'a moderator lists an event, a member says they are going and a colleague sees them; a visitor sees no names',
    { timeout: 120_000 },
    async () => {
      const name = 'Regional crisis response symposium';
      const startsOn = dayFromNow(60);
      const endsOn = dayFromNow(61);

      // The moderator fills in the form, with the last day before the first.
      const moderatorContext = await browser.newContext();
      const moderator = await signedInAt(moderatorContext, server.url, MODERATOR, '/events');
      await moderator.getByRole('link', { name: 'New event' }).click();
      await moderator.waitForURL(`${server.url}/events/new`);
      await settled(moderator);
      await moderator.getByLabel('Name', { exact: true }).fill(name);
      await moderator.getByLabel('Symposium').check();
      await moderator.getByLabel('Host', { exact: true }).fill('Demo: Regional chiefs’ association');
      await moderator.getByLabel('First day').fill(endsOn);
      await moderator.getByLabel('Last day').fill(startsOn);
      await moderator.getByLabel('Place', { exact: true }).fill('Riverbend Convention Center, Riverbend');
      await moderator.getByLabel('Description (optional)').fill('Two days on **co-responder** programs.');
      await moderator.getByLabel('Crisis intervention & mental health').check();
      await moderator.getByRole('button', { name: 'Add the event' }).click();

      const lastDay = moderator.getByLabel('Last day');
      await expect.poll(() => lastDay.getAttribute('aria-invalid')).toBe('true');
      expect(await moderator.locator('#field-endsOn-error').innerText()).toContain('ends before it starts');
      expect(await moderator.getByRole('alert').first().innerText()).toContain('Not saved');
      // Everything typed is still there.
      expect(await moderator.getByLabel('Name', { exact: true }).inputValue()).toBe(name);
      expect(await moderator.getByLabel('Place', { exact: true }).inputValue()).toBe('Riverbend Convention Center, Riverbend');
      expect(await moderator.getByLabel('Crisis intervention & mental health').isChecked()).toBe(true);
      expect(await moderator.getByLabel('Symposium').isChecked()).toBe(true);

      await moderator.getByLabel('First day').fill(startsOn);
      await lastDay.fill(endsOn);
      await moderator.getByRole('button', { name: 'Add the event' }).click();
      await moderator.waitForURL((url) => url.pathname.startsWith('/events/') && url.searchParams.get('done') === 'created');
      const path = new URL(moderator.url()).pathname;
      expect(await moderator.getByRole('heading', { level: 1 }).innerText()).toBe(name);
      expect(await moderator.getByRole('status').filter({ hasText: 'The event is listed.' }).count()).toBe(1);
      expect(await moderator.locator('.prose strong').innerText()).toBe('co-responder');
      expect(await moderator.getByRole('link', { name: `Edit ${name}` }).count()).toBe(1);
      await moderatorContext.close();

      // A Chicago officer is going too, so the list has someone from another department.
      const chicagoContext = await browser.newContext();
      const chicago = await signedInAt(chicagoContext, server.url, demoAccountEmail('member', 'chicago-pd'), path);
      await chicago.getByRole('button', { name: "I'm going" }).click();
      await expect.poll(() => chicago.getByRole('button', { name: "I'm going" }).getAttribute('aria-pressed')).toBe('true');
      await chicagoContext.close();

      // A Boston officer marks that they are going and finds themselves in the list.
      const memberContext = await browser.newContext();
      const member = await signedInAt(memberContext, server.url, demoAccountEmail('member', 'boston-pd'), path);
      const going = member.getByRole('button', { name: "I'm going" });
      expect(await going.getAttribute('aria-pressed')).toBe('false');
      expect(await member.getByRole('heading', { name: "Who's going" }).count()).toBe(1);
      await going.click();
      await expect.poll(() => going.getAttribute('aria-pressed')).toBe('true');
      const attendees = member.getByRole('list', { name: "Who's going" }).getByRole('listitem');
      await expect.poll(() => attendees.count()).toBe(2);
      expect(await attendees.first().innerText()).toContain('Boston Police Department');
      expect(await attendees.first().innerText()).toContain('Demo Officer');
      expect(await member.locator('#attendees').innerText()).toContain('2 members going');

      // Taken back, and marked again: the button says what is recorded.
      await going.click();
      await expect.poll(() => going.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => attendees.count()).toBe(1);
      await going.click();
      await expect.poll(() => going.getAttribute('aria-pressed')).toBe('true');

      // Their private calendar feed lists it.
      await member.goto(`${server.url}/settings`);
      await settled(member);
      await member.getByRole('button', { name: 'Get a calendar feed address' }).click();
      const feed = member.getByLabel('Your calendar feed address');
      await feed.waitFor();
      const feedResponse = await fetch(`${server.url}${new URL(await feed.inputValue()).pathname}`);
      expect(feedResponse.headers.get('content-type')).toContain('text/calendar');
      expect(await feedResponse.text()).toContain(`SUMMARY:${name}`);
      await memberContext.close();

      // The Boston chief sees their colleague listed, their own department first.
      const chiefContext = await browser.newContext();
      const chief = await signedInAt(chiefContext, server.url, demoAccountEmail('chief', 'boston-pd'), path);
      const seen = chief.getByRole('list', { name: "Who's going" }).getByRole('listitem');
      expect(await seen.count()).toBe(2);
      expect(await seen.first().innerText()).toContain('Demo Officer');
      expect(await seen.first().innerText()).toContain('Patrol officer');
      expect(await seen.first().innerText()).toContain('Boston Police Department');
      expect(await seen.nth(1).innerText()).toContain('Chicago Police Department');
      await chiefContext.close();

      // A visitor sees the event and how many are going, but not who.
      const visitorContext = await browser.newContext();
      const visitor = await visitorContext.newPage();
      await visitor.goto(`${server.url}${path}`);
      expect(await visitor.getByRole('heading', { level: 1 }).innerText()).toBe(name);
      const panel = await visitor.locator('#attendees').innerText();
      expect(panel).toContain('2 members going');
      expect(panel).toContain('Verified members see who is going');
      expect(panel).not.toContain('Demo Officer');
      expect(await visitor.getByRole('button', { name: "I'm going" }).count()).toBe(0);

      // The calendar file answers as one.
      const href = await visitor.getByRole('link', { name: /Add to calendar/ }).getAttribute('href');
      const ics = await fetch(`${server.url}${new URL(href!).pathname}`);
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toContain('text/calendar');
      expect(await ics.text()).toContain(`SUMMARY:${name}`);

      // And the list shows it among the upcoming ones.
      await visitor.goto(`${server.url}/events`);
      expect(await visitor.locator('#upcoming h3').allInnerTexts()).toContain(name);
      await visitorContext.close();
    },
  );

  it(
    'a moderator gives an event times in the venue’s zone without JavaScript; its page shows them in the venue’s time and the viewer’s',
    { timeout: 120_000 },
    async () => {
      const name = 'Crisis negotiation winter course';
      const context = await browser.newContext({ javaScriptEnabled: false });
      const moderator = await signedInAt(context, server.url, MODERATOR, '/events/new');
      await moderator.getByLabel('Name', { exact: true }).fill(name);
      await moderator.getByLabel('Symposium').check();
      await moderator.getByLabel('Host', { exact: true }).fill('Demo: Regional training academy');
      await moderator.getByLabel('First day').fill('2030-01-15');
      await moderator.getByLabel('Last day').fill('2030-01-16');
      await moderator.getByLabel('Place', { exact: true }).fill('Academy hall, Chicago, Illinois');
      await moderator.getByLabel('Start time').fill('09:00');
      await moderator.getByLabel('End time').fill('17:30');
      // Times without their zone are refused, naming the zone, and nothing typed is lost.
      await moderator.getByRole('button', { name: 'Add the event' }).click();
      await moderator.locator('#field-timeZone-error').waitFor();
      expect(await moderator.locator('#field-timeZone-error').innerText()).toContain('Choose the time zone');
      expect(await moderator.getByLabel('Start time').inputValue()).toBe('09:00');

      await moderator.getByLabel('Time zone of the venue').selectOption('America/Chicago');
      await moderator.getByRole('button', { name: 'Add the event' }).click();
      await moderator.waitForURL(/\/events\/crisis-negotiation-winter-course[^/]*\?done=created$/);
      const times = await moderator.locator('.event-times').innerText();
      expect(times).toContain('Starts 09:00 CST, ends 17:30 CST (America/Chicago)');
      // The moderator has chosen no zone, so their own time is UTC, and says so.
      expect(times).toContain('Your time: Jan 15, 2030, 15:00 UTC to Jan 16, 2030, 23:30 UTC');

      const path = new URL(moderator.url()).pathname;
      const ics = await (await fetch(`${server.url}${path}.ics`)).text();
      expect(ics).toContain('DTSTART:20300115T150000Z');
      expect(ics).toContain('DTEND:20300116T233000Z');

      await moderator.goto(`${server.url}${path}/edit`);
      expect(await moderator.getByLabel('Start time').inputValue()).toBe('09:00');
      expect(await moderator.getByLabel('End time').inputValue()).toBe('17:30');
      expect(await moderator.getByLabel('Time zone of the venue').inputValue()).toBe('America/Chicago');
      await context.close();
    },
  );

  it('keeps the event form to moderators', async () => {
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/events/new`);
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
    await visitorContext.close();

    const memberContext = await browser.newContext();
    const member = await signedInAt(memberContext, server.url, demoAccountEmail('member', 'boston-pd'), '/events');
    const refused = await member.goto(`${server.url}/events/new`);
    expect(refused?.status()).toBe(403);
    expect(await member.locator('main').innerText()).toContain('Only Muster moderators add and edit events.');
    const missing = await member.goto(`${server.url}/events/no-such-event`);
    expect(missing?.status()).toBe(404);
    await memberContext.close();
  });
});

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
