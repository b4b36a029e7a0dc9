import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail, demoPractices } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import type { RunningServer } from '../helpers/server.ts';
import { confirmationTokenIn } from '../helpers/session.ts';

const demoPassword = 'muster-demo-2026';
const department = 'memphis-pd';

// A write-up only verified members may read: a visitor or an unverified member gets the 404 page.
const membersOnly = demoPractices.find((p) => p.visibility === 'MEMBERS');

describe.runIf(hasChromium)('accounts in the browser', () => {
  let server: RunningServer;
  let mailbox: Mailbox;
  let browser: Browser;

  useServedApp({ mailbox: true }, (opened) => ({ server, browser, mailbox } = opened));

  it(
    'a new member signs up, confirms the mailed link, signs in, and reads members-only write-ups once their chief approves them',
    { timeout: 120_000 },
    async () => {
      if (!membersOnly) throw new Error('the demo data has no members-only write-up');
      const practiceUrl = `${server.url}/practices/${membersOnly.slug}`;
      const email = 'riley.okafor@memphis.example.org';
      const password = 'three blind mice at the precinct';

      // The newcomer signs up through the form and is asked to check their mail; nobody is signed in yet.
      const memberContext = await browser.newContext();
      const member = await memberContext.newPage();
      await member.goto(`${server.url}/sign-up`);
      // Let the page finish loading and hydrating, so a click is never lost to a busy machine.
      await member.waitForLoadState('networkidle');
      await member.getByLabel('Work email address').fill(email);
      await member.getByLabel('Password', { exact: true }).fill(password);
      await member.getByLabel('Your name').fill('Riley Okafor');
      await member.getByLabel('Title or rank').fill('Patrol officer');
      await member.getByLabel('Department', { exact: true }).selectOption(department);
      await member.getByRole('button', { name: 'Create account' }).click();
      await expect.poll(() => member.locator('h1').innerText(), { timeout: 30_000 }).toBe('Check your e-mail');
      expect(await member.locator('main').innerText()).toContain(email);
      expect(await member.getByRole('banner').innerText()).toContain('Sign in');

      // The mailed link opens a page with one button; following it confirms the address.
      const link = `${server.url}/confirm-email/${await confirmationTokenIn(mailbox, email)}`;
      await member.goto(link);
      await member.waitForLoadState('networkidle');
      expect(await member.locator('h1').innerText()).toBe('Confirm your address');
      await member.getByRole('button', { name: 'Confirm my address' }).click();
      await expect.poll(() => member.locator('h1').innerText(), { timeout: 30_000 }).toBe('Your address is confirmed');
      await member.locator('main').getByRole('link', { name: 'Sign in' }).click();
      await member.waitForURL(/\/sign-in/);
      await member.waitForLoadState('networkidle');
      await signIn(member, email, password);
      await member.waitForURL(`${server.url}/`);
      const header = member.getByRole('banner');
      await expect.poll(() => header.innerText()).toContain('Riley Okafor');
      expect(await header.innerText()).toContain('Unverified');

      // Used once, the link says so, also without JavaScript.
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const again = await noScript.newPage();
      await again.goto(link);
      expect(await again.locator('h1').innerText()).toBe('This link no longer works');
      expect(await again.getByRole('link', { name: 'Sign in to get a new link' }).count()).toBe(1);
      await noScript.close();

      // Unverified, the members-only write-up does not exist for them.
      const refused = await member.goto(practiceUrl);
      expect(refused?.status()).toBe(404);
      expect(await member.locator('h1').innerText()).toBe('Page not found');

      // Their chief, in another browser, signs in and approves them from the pending list.
      const chiefContext = await browser.newContext();
      const chief = await chiefContext.newPage();
      await chief.goto(`${server.url}/sign-in?redirectTo=/members/pending`);
      // Let the page finish loading and hydrating, so a click is never lost to a busy machine.
      await chief.waitForLoadState('networkidle');
      await signIn(chief, demoAccountEmail('chief', department), demoPassword);
      await chief.waitForURL(`${server.url}/members/pending`);
      const row = chief.getByRole('row', { name: /Riley Okafor/ });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.innerText()).toContain('riley.okafor@memphis.example.org');
      await row.getByRole('button', { name: 'Approve Riley Okafor' }).click();
      await chief.waitForURL(/\/members\/pending\?done=approved$/);
      await expect.poll(() => chief.getByRole('row', { name: /Riley Okafor/ }).count()).toBe(0);
      await chiefContext.close();

      // Back in the member's browser, the same session now opens the write-up.
      const opened = await member.goto(practiceUrl);
      expect(opened?.status()).toBe(200);
      expect(await member.locator('h1').innerText()).toBe(membersOnly.title);
      expect(await member.getByRole('banner').innerText()).not.toContain('Unverified');
      await memberContext.close();
    },
  );

  it(
    'sends a member whose address is not confirmed to one page that says so, sends the link again and signs out, without JavaScript',
    { timeout: 120_000 },
    async () => {
      const email = 'casey.unconfirmed@memphis.example.org';
      const password = 'lantern orchard quietly harbour';
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/sign-up`);
      await page.getByLabel('Work email address').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Your name').fill('Casey Waiting');
      await page.getByLabel('Title or rank').fill('Dispatcher');
      await page.getByLabel('Department', { exact: true }).selectOption(department);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.waitForLoadState();
      expect(await page.locator('h1').innerText()).toBe('Check your e-mail');
      const first = await confirmationTokenIn(mailbox, email);

      await page.goto(`${server.url}/sign-in`);
      await signIn(page, email, password);
      await page.waitForURL(`${server.url}/confirm-email`);
      expect(await page.locator('h1').innerText()).toBe('Confirm your e-mail');
      expect(await page.locator('main').innerText()).toContain(email);
      // Every other page sends them back here.
      await page.goto(`${server.url}/practices`);
      expect(new URL(page.url()).pathname).toBe('/confirm-email');

      await page.getByRole('button', { name: 'Send it again' }).click();
      await page.waitForLoadState();
      expect(await page.getByRole('status').filter({ hasText: 'A new link is on its way' }).count()).toBe(1);
      await expect.poll(async () => (await confirmationTokenIn(mailbox, email)) !== first, { timeout: 60_000 }).toBe(true);
      // The first link stopped working; the page offers to send another.
      await page.goto(`${server.url}/confirm-email/${first}`);
      expect(await page.locator('h1').innerText()).toBe('This link no longer works');
      expect(await page.getByRole('button', { name: 'Send it again' }).count()).toBe(1);

      await page.goto(`${server.url}/confirm-email`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForLoadState();
      await page.goto(`${server.url}/practices`);
      expect(new URL(page.url()).pathname).toBe('/practices');
      await context.close();
    },
  );

  it('changes the address from the settings: the new inbox gets the link, the old one is told', { timeout: 120_000 }, async () => {
    const oldEmail = demoAccountEmail('member', 'boston-pd');
    const newEmail = 'boston.officer@home.example.org';
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await signIn(page, oldEmail, demoPassword);
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/settings`);
    await page.locator('#account-heading').locator('..').getByRole('link', { name: 'Change' }).click();
    await page.waitForURL(`${server.url}/settings/email`);
    await page.getByLabel('New e-mail address').fill(newEmail);
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByRole('button', { name: 'Mail a link to the new address' }).click();
    await page.waitForLoadState();
    expect(await page.locator('main').innerText()).toContain('That is not your current password.');
    expect(await page.getByLabel('New e-mail address').inputValue()).toBe(newEmail);
    await page.getByLabel('Current password').fill(demoPassword);
    await page.getByRole('button', { name: 'Mail a link to the new address' }).click();
    await page.waitForLoadState();
    expect(await page.locator('main').innerText()).toContain(`Check the inbox of ${newEmail}`);

    const token = await confirmationTokenIn(mailbox, newEmail);
    const told = () => mailbox.received.filter((m) => !Array.isArray(m.to) && m.to?.value[0]?.address === oldEmail).map((m) => m.subject);
    await expect.poll(told, { timeout: 60_000 }).toContain('Your Muster address is being changed');
    await page.goto(`${server.url}/confirm-email/${token}`);
    expect(await page.locator('h1').innerText()).toBe('Confirm your address');
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.waitForLoadState();
    expect(await page.locator('h1').innerText()).toBe('Your address is confirmed');
    expect(await page.locator('main').innerText()).toContain(newEmail);
    await expect.poll(told, { timeout: 60_000 }).toContain('Your Muster address was changed');
    await page.goto(`${server.url}/settings`);
    expect(await page.locator('main').innerText()).toContain(newEmail);
    await context.close();
  });

  it('keeps the email after a wrong password and says why beside the form, not which part was wrong', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    // Let the page finish loading and hydrating, so a click is never lost to a busy machine.
    await page.waitForLoadState('networkidle');
    await signIn(page, demoAccountEmail('member', department), 'not the right password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).length).toBeGreaterThan(10);
    expect(await page.getByLabel('Email address').inputValue()).toBe(demoAccountEmail('member', department));
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await page.getByRole('banner').innerText()).toContain('Sign in');
    await context.close();
  });
});

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
