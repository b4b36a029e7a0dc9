import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import type { Mailbox } from '../helpers/mailbox.ts';

/** Where the mails say Muster is; the test opens the same path on the server it started. */
const publicUrl = 'https://muster.example.org';

describe.runIf(hasChromium)('password recovery in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let mailbox: Mailbox;

  useServedApp({ mailbox: true, env: { PUBLIC_URL: publicUrl } }, (opened) => ({ server, browser, mailbox } = opened));

  it(
    'forgot password → the mailed link → a new password → signed in; the link then says it no longer works',
    { timeout: 300_000 },
    async () => {
      const email = demoAccountEmail('member', 'seattle-pd');
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-in`);
      // Let the page finish loading and hydrating, so a click is never lost to a busy machine.
      await page.waitForLoadState('networkidle');
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.waitForURL(`${server.url}/forgot-password`);
      await page.waitForLoadState('networkidle');
      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Mail me a link' }).click();
      await expect.poll(() => page.getByText(`If an account uses ${email}, a link to set a new password is on its way.`).count()).toBe(1);

      await expect
        .poll(() => mailbox.received.filter((m) => m.subject === 'Set a new Muster password').length, { timeout: 60_000 })
        .toBe(1);
      const path = mailbox.received[0]!.text!.match(/https:\/\/muster\.example\.org(\/reset-password\/[A-Za-z0-9_-]{43})\n/)![1];
      const link = `${server.url}${path}`;
      expect((mailbox.received[0]!.to as { value: { address: string }[] }).value[0]!.address).toBe(email);

      await page.goto(link);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').innerText()).toBe('Choose a new password');
      await page.getByLabel('New password').fill('harbour lights over the sound');
      await page.getByRole('button', { name: 'Set the new password' }).click();
      await page.waitForURL(`${server.url}/settings?notice=password-reset`);
      await expect.poll(() => page.getByText('Your new password is set and you are signed in.').count()).toBe(1);
      await expect.poll(() => page.getByRole('banner').innerText()).toContain('Demo Officer');
      await expect
        .poll(() => mailbox.received.some((m) => m.subject === 'Your Muster password was changed'), { timeout: 60_000 })
        .toBe(true);

      // Used once, the link opens a page that says so and offers a new one, also without JavaScript.
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const again = await noScript.newPage();
      await again.goto(link);
      expect(await again.locator('h1').innerText()).toBe('This link no longer works');
      await again.getByRole('link', { name: 'Mail me a new link' }).click();
      await again.waitForURL(`${server.url}/forgot-password`);
      await noScript.close();
      await context.close();
    },
  );
});
