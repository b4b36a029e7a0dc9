import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { TestDbKind } from '../helpers/database.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import type { RunningServer } from '../helpers/server.ts';
import { settled, signedInAt } from '../helpers/session.ts';

/** Where the mails say Muster is; the test opens the same path on the server it started. */
const publicUrl = 'https://muster.example.org';

// Browser tests run in the PGlite project; with TEST_DATABASE_URL set this one also runs the server on PostgreSQL.
const databases: TestDbKind[] = ['pglite', ...(process.env.TEST_DATABASE_URL ? (['postgres'] as const) : [])];

describe.runIf(hasChromium).each(databases)('invitations in the browser (%s)', (kind) => {
  let server: RunningServer;
  let browser: Browser;
  let mailbox: Mailbox;

  useServedApp({ mailbox: true, database: kind, env: { PUBLIC_URL: publicUrl } }, (opened) => ({ server, browser, mailbox } = opened));

  it(
    'chief pastes two addresses → the mailed link → name and password → a signed-in, verified member of the department',
    { timeout: 300_000 },
    async () => {
      const chiefContext = await browser.newContext();
      const chief = await signedInAt(chiefContext, server.url, demoAccountEmail('chief', 'memphis-pd'), '/departments/memphis-pd');
      await chief.getByRole('link', { name: 'People and invitations' }).click();
      await chief.waitForURL(`${server.url}/departments/memphis-pd/people`);
      await settled(chief);
      await chief.getByLabel('E-mail addresses').fill('dana.reyes@memphistn.gov\nnot-an-address\nEli.Stone@memphistn.gov');
      await chief.getByRole('button', { name: 'Send the invitations' }).click();
      await expect.poll(() => chief.getByText('2 of 3 invitations sent.').count(), { timeout: 30_000 }).toBe(1);
      await expect
        .poll(() => chief.getByRole('list', { name: 'Result for each address' }).innerText(), { timeout: 30_000 })
        .toContain('is not an email address');
      expect(await chief.getByLabel('E-mail addresses').inputValue()).toBe('not-an-address');
      const table = chief.locator('#invitations table');
      await expect.poll(() => table.innerText(), { timeout: 30_000 }).toContain('eli.stone@memphistn.gov');
      expect(await table.innerText()).toContain('dana.reyes@memphistn.gov');

      await expect.poll(() => mailbox.received.filter((m) => m.subject?.startsWith('You are invited')).length, { timeout: 60_000 }).toBe(2);
      const mail = mailbox.received.find(
        (m) => (m.to as { value: { address: string }[] }).value[0]!.address === 'dana.reyes@memphistn.gov',
      )!;
      const path = mail.text!.match(/https:\/\/muster\.example\.org(\/invitations\/[A-Za-z0-9_-]{43})\n/)![1];
      const link = `${server.url}${path}`;

      // The officer opens the link in a browser of their own, without JavaScript.
      const officerContext = await browser.newContext({ javaScriptEnabled: false });
      const officer = await officerContext.newPage();
      const response = await officer.goto(link);
      expect(response?.headers()['cache-control']).toBe('private, no-store');
      expect(await officer.locator('h1').innerText()).toMatch(/^Join Memphis/);
      await officer.getByLabel('Your name').fill('Dana Reyes');
      await officer.getByLabel('Title or rank').fill('Sergeant');
      await officer.getByLabel('Password').fill('river stones under the bridge');
      await officer.getByRole('button', { name: /^Join Memphis/ }).click();
      await officer.waitForURL(`${server.url}/settings`);
      const account = await officer.locator('main').innerText();
      expect(account).toContain('dana.reyes@memphistn.gov');
      expect(account).toMatch(/Memphis/);
      expect(account).toContain('Verified');
      expect(account).not.toContain('Awaiting');

      // The link is used up: it says so, and whom to ask.
      await officer.goto(link);
      expect(await officer.locator('h1').innerText()).toBe('This invitation no longer works');
      expect(await officer.locator('main').innerText()).toContain('Ask your chief for a new invitation');

      // The chief sees it accepted; revoking the other one works without JavaScript too.
      await chief.reload();
      await settled(chief);
      const danaRow = chief.locator('#invitations tr', { hasText: 'dana.reyes@memphistn.gov' });
      expect(await danaRow.innerText()).toContain('Accepted');
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      await noScript.addCookies(await chiefContext.cookies());
      const chiefNoScript = await noScript.newPage();
      await chiefNoScript.goto(`${server.url}/departments/memphis-pd/people`);
      await chiefNoScript.getByRole('button', { name: 'Revoke the invitation to eli.stone@memphistn.gov' }).click();
      await chiefNoScript.waitForURL(/done=revoked/);
      expect(await chiefNoScript.locator('#invitations tr', { hasText: 'eli.stone@memphistn.gov' }).innerText()).toContain('Revoked');

      // A member of the department has no such page.
      const memberContext = await browser.newContext();
      const member = await signedInAt(memberContext, server.url, demoAccountEmail('member', 'memphis-pd'), '/departments/memphis-pd');
      expect(await member.getByRole('link', { name: 'People and invitations' }).count()).toBe(0);
      const refused = await member.goto(`${server.url}/departments/memphis-pd/people`);
      expect(refused?.status()).toBe(403);

      await Promise.all([chiefContext.close(), officerContext.close(), noScript.close(), memberContext.close()]);
    },
  );
});
