import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccountEmail, demoPractices } from '@muster/db/seed';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

const demoPassword = 'muster-demo-2026';
const department = 'memphis-pd';

// A write-up only verified members may read: a visitor or an unverified member gets the 404 page.
const membersOnly = demoPractices.find((p) => p.visibility === 'MEMBERS');

describe.runIf(hasChromium)('accounts in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a new member signs up, reads members-only write-ups once their chief approves them', { timeout: 90_000 }, async () => {
    if (!membersOnly) throw new Error('the demo data has no members-only write-up');
    const practiceUrl = `${server.url}/practices/${membersOnly.slug}`;

    // The newcomer signs up through the form and lands home, signed in but not yet verified.
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await member.goto(`${server.url}/sign-up`);
    // Let the page finish loading and hydrating, so a click is never lost to a busy machine.
    await member.waitForLoadState('networkidle');
    await member.getByLabel('Work email address').fill('riley.okafor@memphis.example.org');
    await member.getByLabel('Password', { exact: true }).fill('three blind mice at the precinct');
    await member.getByLabel('Your name').fill('Riley Okafor');
    await member.getByLabel('Title or rank').fill('Patrol officer');
    await member.getByLabel('Department', { exact: true }).selectOption(department);
    await member.getByRole('button', { name: 'Create account' }).click();
    await member.waitForURL(`${server.url}/`);
    const header = member.getByRole('banner');
    await expect.poll(() => header.innerText()).toContain('Riley Okafor');
    expect(await header.innerText()).toContain('Unverified');

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
