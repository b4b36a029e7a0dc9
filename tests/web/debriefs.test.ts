import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { sessionCookie, settled, signedInAt } from '../helpers/session.ts';

const MODERATOR = 'moderator@muster.demo';
const AUTHOR = demoAccountEmail('member', 'demo-riverbend-pd');
const COLLEAGUE = demoAccountEmail('chief', 'demo-riverbend-pd');
const OUTSIDER = demoAccountEmail('member', 'boston-pd');

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('debriefs in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it(
    'a moderator lists an event, a member who went posts a debrief linking a write-up, and a colleague is told and finds it on the event page',
    { timeout: 180_000 },
    async () => {
      const name = 'Riverbend co-responder roundtable';
      const today = new Date().toISOString().slice(0, 10);
      const title = 'Roundtable notes: clinicians in the car';

      // The moderator lists an event that starts today.
      const moderatorContext = await browser.newContext();
      const moderator = await signedInAt(moderatorContext, server.url, MODERATOR, '/events/new');
      await moderator.getByLabel('Name', { exact: true }).fill(name);
      await moderator.getByRole('radio', { name: /^Training/ }).check();
      await moderator.getByLabel('Host', { exact: true }).fill('Demo: Riverbend Police Department');
      await moderator.getByLabel('First day').fill(today);
      await moderator.getByLabel('Last day').fill(today);
      await moderator.getByLabel('Place', { exact: true }).fill('Riverbend Public Safety Training Center');
      await moderator.getByRole('button', { name: 'Add the event' }).click();
      await moderator.waitForURL((url) => url.pathname.startsWith('/events/') && url.searchParams.get('done') === 'created');
      const eventPath = new URL(moderator.url()).pathname;
      await moderatorContext.close();

      // The member says they went, then writes the debrief from the event page.
      const authorContext = await browser.newContext();
      const author = await signedInAt(authorContext, server.url, AUTHOR, eventPath);
      const went = author.getByRole('button', { name: 'I went' });
      await went.click();
      await expect.poll(() => went.getAttribute('aria-pressed')).toBe('true');
      await author.getByRole('link', { name: 'Write a debrief' }).click();
      await author.waitForURL(`${server.url}${eventPath}/debrief`);
      await settled(author);

      await author.getByLabel('Title', { exact: true }).fill(title);
      await author.getByLabel('My department only').check();
      await author.getByLabel('Sessions attended (optional)').fill('- Co-responder dispatch\n- Follow-up visits');
      await author
        .getByLabel('Key takeaways', { exact: true })
        .fill('A **clinician** riding along answers more crisis calls without an arrest.');
      await author.getByLabel('To try at home (optional)').fill('Pilot a clinician on the evening shift.');
      await author
        .getByLabel('Write-ups it mentions (optional)')
        .fill(`${server.url}/practices/memphis-crisis-intervention-team\nno-such-write-up`);
      await author.getByRole('button', { name: 'Post the debrief' }).click();

      // A write-up that is not there is named under its field; nothing typed is lost.
      const mentions = author.getByLabel('Write-ups it mentions (optional)');
      await expect.poll(() => mentions.getAttribute('aria-invalid')).toBe('true');
      expect(await author.locator('#field-practices-error').innerText()).toContain('no-such-write-up');
      expect(await author.getByRole('alert').first().innerText()).toContain('Not saved');
      expect(await author.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
      expect(await author.getByLabel('My department only').isChecked()).toBe(true);

      await mentions.fill(`${server.url}/practices/memphis-crisis-intervention-team`);
      await author.getByRole('button', { name: 'Post the debrief' }).click();
      await author.waitForURL((url) => url.pathname.startsWith('/debriefs/') && url.searchParams.get('done') === 'created');
      const debriefPath = new URL(author.url()).pathname;
      expect(await author.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await author.getByRole('status').filter({ hasText: 'Your debrief is posted.' }).count()).toBe(1);
      expect(await author.locator('.prose strong').first().innerText()).toBe('clinician');
      expect(await author.getByRole('link', { name: name }).count()).toBe(1);
      const linked = author.getByRole('region', { name: 'Write-ups it mentions' }).getByRole('link');
      expect(await linked.innerText()).toContain('Crisis Intervention Team');
      expect(await linked.getAttribute('href')).toBe('/practices/memphis-crisis-intervention-team');

      // The author edits it; the form starts from what was saved.
      await author.getByRole('link', { name: `Edit ${title}` }).click();
      await author.waitForURL(`${server.url}${debriefPath}/edit`);
      expect(await author.getByLabel('Write-ups it mentions (optional)').inputValue()).toBe('memphis-crisis-intervention-team');
      await author.getByLabel('To try at home (optional)').fill('Pilot a clinician on the evening shift, then on weekends.');
      await author.getByRole('button', { name: 'Save changes' }).click();
      await author.waitForURL((url) => url.pathname === debriefPath && url.searchParams.get('done') === 'saved');
      expect(await author.getByRole('region', { name: 'To try at home' }).innerText()).toContain('then on weekends');
      await authorContext.close();

      // The colleague from the same department finds it among their notifications, and the link leads to it.
      const colleagueContext = await browser.newContext();
      const colleague = await signedInAt(colleagueContext, server.url, COLLEAGUE, '/notifications');
      const told = colleague.getByRole('link', { name: new RegExp(`from your department, posted a debrief of ${name}`) });
      // Notifications are written just after the debrief is; look again until it is there.
      await expect
        .poll(async () => {
          if ((await told.count()) === 0) await colleague.reload();
          return told.count();
        })
        .toBe(1);
      expect(await told.innerText()).toContain(title);
      await told.click();
      await colleague.waitForURL(`${server.url}${debriefPath}`);
      expect(await colleague.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await colleague.getByText('Department only').count()).toBeGreaterThan(0);
      // Only its author edits it.
      expect(await colleague.getByRole('link', { name: `Edit ${title}` }).count()).toBe(0);

      // …and on the event page, with its author, department and audience.
      await colleague.goto(`${server.url}${eventPath}`);
      const listed = colleague.getByRole('list', { name: 'Debriefs' }).getByRole('listitem');
      expect(await listed.count()).toBe(1);
      const entry = await listed.first().innerText();
      expect(entry).toContain(title);
      expect(entry).toContain('Demo Officer');
      expect(entry).toContain('Demo: Riverbend Police Department');
      expect(entry).toContain('Department only');
      await colleagueContext.close();

      // A member of another department sees neither the debrief nor a link to it.
      const outsiderContext = await browser.newContext();
      const outsider = await signedInAt(outsiderContext, server.url, OUTSIDER, eventPath);
      expect(await outsider.locator('#debriefs').innerText()).toContain('No debriefs yet.');
      const refused = await outsider.goto(`${server.url}${debriefPath}`);
      expect(refused?.status()).toBe(404);
      await outsiderContext.close();
    },
  );

  it('takes a debrief as a plain form post, as a browser without JavaScript sends it', { timeout: 60_000 }, async () => {
    const cookie = await sessionCookie(server.url, demoAccountEmail('member', 'seattle-pd'));
    const post = (fields: Record<string, string>) =>
      fetch(`${server.url}/events/cpca-training-symposium-2013/debrief?/save`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
          origin: server.url,
          cookie: `${cookie.name}=${cookie.value}`,
        },
        body: new URLSearchParams(fields).toString(),
      });
    const fields = {
      title: 'Palm Springs, looking back',
      audience: 'MEMBERS',
      sessions: '',
      takeaways: 'Problem solving beats patrol volume.',
      toTry: '',
      contacts: '',
      practices: '',
    };

    // Refused: the page comes back with the message beside the field and what was typed.
    const refused = await post({ ...fields, takeaways: '' });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('Write the key takeaways');
    expect(html).toContain('value="Palm Springs, looking back"');

    const saved = await post({ ...fields, practices: 'https://muster.example/practices/san-diego-graffiti-reduction' });
    expect(saved.status).toBe(303);
    const location = saved.headers.get('location')!;
    expect(location).toMatch(/^\/debriefs\/[0-9a-f-]{36}\?done=created$/);
    const page = await (await fetch(`${server.url}${location}`, { headers: { cookie: `${cookie.name}=${cookie.value}` } })).text();
    expect(page).toContain('Palm Springs, looking back');
    expect(page).toContain('href="/practices/san-diego-graffiti-reduction"');
  });

  it(
    'searches debriefs from the search page, with snippets and no facets, and keeps them from visitors',
    { timeout: 120_000 },
    async () => {
      const memberContext = await browser.newContext();
      const member = await signedInAt(memberContext, server.url, OUTSIDER, '/search?q=implicit+bias');
      // Write-ups first, with their filters.
      expect(await member.getByRole('heading', { level: 1 }).innerText()).toBe('Search write-ups');
      expect(await member.getByRole('heading', { name: 'Filter results' }).count()).toBe(1);

      await member.getByRole('navigation', { name: 'What to search' }).getByRole('link', { name: 'Debriefs' }).click();
      await member.waitForURL((url) => url.searchParams.get('type') === 'debriefs' && url.searchParams.get('q') === 'implicit bias');
      await settled(member);
      expect(await member.getByRole('heading', { level: 1 }).innerText()).toBe('Search debriefs');
      expect(await member.getByRole('heading', { name: 'Filter results' }).count()).toBe(0);
      const results = member.getByTestId('debrief-result');
      // The demo debrief of the Sacramento course is shared with all members; the Los Angeles one stays in Stockton.
      expect(await results.count()).toBe(1);
      expect(await results.first().innerText()).toContain('Principled Policing in Sacramento');
      const marked = (await results.first().locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
      expect(marked).toEqual(expect.arrayContaining(['implicit', 'bias']));

      // A new search from the box stays among debriefs.
      const box = member.getByRole('search', { name: 'Debriefs' });
      await box.getByLabel('Search debriefs').fill('graffiti');
      await box.getByRole('button', { name: 'Search' }).click();
      await member.waitForURL((url) => url.searchParams.get('q') === 'graffiti' && url.searchParams.get('type') === 'debriefs');
      await expect.poll(() => member.getByTestId('debrief-result').first().innerText()).toContain('CPCA symposium in Palm Springs');

      // And back to write-ups, keeping the words.
      await member.getByRole('navigation', { name: 'What to search' }).getByRole('link', { name: 'Write-ups' }).click();
      await member.waitForURL((url) => url.searchParams.get('q') === 'graffiti' && !url.searchParams.has('type'));
      await expect.poll(() => member.getByTestId('search-result').first().innerText()).toContain('Graffiti reduction');
      await memberContext.close();

      const visitorContext = await browser.newContext({ javaScriptEnabled: false });
      const visitor = await visitorContext.newPage();
      await visitor.goto(`${server.url}/search?q=graffiti&type=debriefs`);
      expect(await visitor.getByTestId('debrief-result').count()).toBe(0);
      expect(await visitor.locator('#results').innerText()).toContain('Debriefs are shared with verified members only.');
      await visitorContext.close();
    },
  );
});
