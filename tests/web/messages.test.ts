import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { settled, signedInAt } from '../helpers/session.ts';

const MODERATOR = 'moderator@muster.demo';
const CONVERSATION_URL = /\/messages\/[0-9a-f-]{36}(#.*)?$/;

/** The header's link to the member's messages (its name carries the unread count). */
const messagesLink = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ });

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('direct messages in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('a member writes to another, who sees the count, reads, replies, and blocks the first', { timeout: 120_000 }, async () => {
    const first = 'Hello from Memphis. Could you share how your co-responder unit is staffed?';
    const reply = 'Two clinicians and a sergeant per shift; I will send the MOU.';

    // A opens the form from a link naming B's handle, and sends.
    const aContext = await browser.newContext();
    const a = await signedInAt(aContext, server.url, demoAccountEmail('member', 'memphis-pd'), '/messages/new?to=officer-boston-pd');
    expect(await a.getByTestId('recipients').innerText()).toContain('Demo Officer');
    expect(await a.getByLabel('To').inputValue()).toBe('@officer-boston-pd');
    await a.getByLabel('Message').fill(first);
    await a.getByRole('button', { name: 'Send message' }).click();
    await a.waitForURL(CONVERSATION_URL);
    await settled(a);
    const path = new URL(a.url()).pathname;
    expect(await a.getByTestId('thread').innerText()).toContain(first);

    // B sees one unread message in the header and in the list, in bold.
    const bContext = await browser.newContext();
    const b = await signedInAt(bContext, server.url, demoAccountEmail('member', 'boston-pd'), '/');
    expect(await b.getByTestId('unread-messages').textContent()).toBe(' (1)');
    expect(await messagesLink(b).getAttribute('href')).toBe('/messages');
    expect(await b.getByRole('link', { name: 'Messages, 1 unread message' }).count()).toBe(1);
    await messagesLink(b).click();
    await b.waitForURL(`${server.url}/messages`);
    await settled(b);
    const entry = b.getByTestId('conversations').getByRole('listitem').first();
    expect(await entry.innerText()).toContain(first);
    expect(await entry.locator('strong').innerText()).toBe('1 unread');

    // Opening it reads it: the header's counts clear, the message notification with them.
    await entry.getByRole('link').click();
    await b.waitForURL(`${server.url}${path}`);
    await settled(b);
    expect(await b.getByTestId('thread').innerText()).toContain(first);
    expect(await messagesLink(b).innerText()).toBe('Messages');
    expect(await b.getByTestId('unread-messages').count()).toBe(0);
    expect(await b.getByTestId('unread-badge').count()).toBe(0);

    // B replies; A, with the conversation open, sees it arrive.
    await b.getByLabel('Your message').fill(reply);
    await b.getByRole('button', { name: 'Send', exact: true }).click();
    await b.getByTestId('thread').getByText(reply).waitFor();
    expect(await b.getByLabel('Your message').inputValue()).toBe('');
    await a.getByTestId('thread').getByText(reply).waitFor({ timeout: 15_000 });

    // B blocks A from the conversation and comes back to it: the reply form says why it is closed.
    await b.getByRole('button', { name: 'Block Demo Officer' }).click();
    await b.waitForURL(`${server.url}${path}`);
    await settled(b);
    expect(await b.locator('#reply').innerText()).toContain('You blocked someone in this conversation');
    expect(await b.getByLabel('Your message').isDisabled()).toBe(true);
    await b.goto(`${server.url}/settings/blocked`);
    expect(await b.getByTestId('blocked-members').innerText()).toContain('@officer-memphis-pd');

    // A, whose page still offers the form, is refused with a clear message, and nothing is sent.
    await a.getByLabel('Your message').fill('Are you still there?');
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await a.getByRole('alert').filter({ hasText: 'Demo Officer does not accept messages from you.' }).waitFor();
    expect(await a.getByLabel('Your message').inputValue()).toBe('Are you still there?');
    await a.reload();
    await settled(a);
    expect(await a.getByTestId('thread').innerText()).not.toContain('Are you still there?');
    expect(await a.locator('#reply').innerText()).toContain('does not accept messages from you');
    expect(await a.getByLabel('Your message').isDisabled()).toBe(true);

    // B unblocks; A can write again.
    await b.getByRole('button', { name: 'Unblock Demo Officer' }).click();
    await b.getByText('Unblocked.').waitFor();
    expect(await b.getByTestId('blocked-members').count()).toBe(0);
    await a.reload();
    await settled(a);
    expect(await a.getByLabel('Your message').isDisabled()).toBe(false);

    await Promise.all([aContext.close(), bContext.close()]);
  });

  it('works without JavaScript: start, report a message, and a moderator removes it', { timeout: 120_000 }, async () => {
    const words = 'Send me the home addresses of your CIT officers or I will find them myself.';

    const senderContext = await browser.newContext({ javaScriptEnabled: false });
    const sender = await signedInAt(senderContext, server.url, demoAccountEmail('member', 'seattle-pd'), '/messages/new');
    // Refused beside the field: no recipient.
    await sender.getByLabel('Message').fill(words);
    await sender.getByRole('button', { name: 'Send message' }).click();
    await sender.getByText('Enter the handle of at least one member').waitFor();
    expect(await sender.getByLabel('Message').inputValue()).toBe(words);
    // An unknown handle is named.
    await sender.getByLabel('To').fill('@officer-denver-pd, @nobody-here');
    await sender.getByRole('button', { name: 'Send message' }).click();
    await sender.getByText('No verified member has the handle @nobody-here.').waitFor();
    await sender.getByLabel('To').fill('@officer-denver-pd');
    await sender.getByRole('button', { name: 'Send message' }).click();
    await sender.waitForURL(CONVERSATION_URL);
    const path = new URL(sender.url()).pathname;

    const readerContext = await browser.newContext({ javaScriptEnabled: false });
    const reader = await signedInAt(readerContext, server.url, demoAccountEmail('member', 'denver-pd'), '/messages');
    await reader.getByTestId('conversations').getByRole('link').first().click();
    await reader.waitForURL(`${server.url}${path}`);
    const message = reader.getByTestId('thread').getByRole('listitem').filter({ hasText: words });
    await message.locator('summary').click();
    // No reason: refused beside the select, the note kept.
    await message.getByLabel('Note for the moderators').fill('A threat against our officers.');
    await message.getByRole('button', { name: 'Report this message' }).click();
    await reader.getByText('Choose why you are reporting this message.').waitFor();
    const again = reader.getByTestId('thread').getByRole('listitem').filter({ hasText: words });
    expect(await again.getByLabel('Note for the moderators').inputValue()).toBe('A threat against our officers.');
    await again.getByLabel('Why should moderators read it?').selectOption('HARASSMENT');
    await again.getByRole('button', { name: 'Report this message' }).click();
    await reader.getByText('Reported. Moderators will read this message').waitFor();
    expect(await reader.getByTestId('thread').getByRole('listitem').filter({ hasText: words }).locator('summary').count()).toBe(0);

    // The moderator reads that message, and no more of the conversation, and hides it.
    const moderatorContext = await browser.newContext();
    const moderator = await signedInAt(moderatorContext, server.url, MODERATOR, '/moderation');
    const entry = moderator.getByTestId('queue-entry').filter({ hasText: words });
    expect(await entry.count()).toBe(1);
    const shown = await entry.innerText();
    expect(shown).toContain('Direct message from Demo Officer');
    expect(shown).toContain('Harassment');
    expect(shown).toContain('A threat against our officers.');
    expect(await entry.getByRole('link', { name: /conversation/i }).count()).toBe(0);
    await entry.getByRole('button', { name: 'Hide this message' }).click();
    await moderator.getByText('Hidden.').first().waitFor();
    const refused = await moderator.goto(`${server.url}${path}`);
    expect(refused?.status()).toBe(404);

    // In the conversation the message now shows as removed, for both.
    for (const page of [reader, sender]) {
      await page.goto(`${server.url}${path}`);
      const thread = await page.getByTestId('thread').innerText();
      expect(thread).toContain('This message was removed by moderators.');
      expect(thread).not.toContain('home addresses');
    }

    await Promise.all([senderContext.close(), readerContext.close(), moderatorContext.close()]);
  });
});
