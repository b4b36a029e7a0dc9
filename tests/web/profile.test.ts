import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { settled, signedInAt } from '../helpers/session.ts';

const PHONE = { width: 360, height: 740 };

/** How far the page reaches past the right edge of a 360 px window (0 when it fits). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.runIf(hasChromium)('profiles in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('a member edits their profile without JavaScript and their page shows it', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await signedInAt(context, server.url, demoAccountEmail('member', 'seattle-pd'), '/settings');
    await page.getByRole('link', { name: 'Your profile' }).click();
    await page.waitForURL(`${server.url}/settings/profile`);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // A refusal comes back beside its field, with what was typed kept.
    await page.getByLabel('Name', { exact: true }).fill('X');
    await page.getByLabel('A short introduction').fill('Kept while the name is fixed.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#displayName-error').innerText()).toContain('at least 2 characters');
    expect(await page.getByLabel('A short introduction').inputValue()).toBe('Kept while the name is fixed.');

    await page.getByLabel('Name', { exact: true }).fill('Jordan Ellis');
    await page.getByLabel('Title or rank').fill('Crisis Response Coordinator');
    await page.getByLabel('A short introduction').fill('I coordinate our **co-responder** teams.\n\n<script>alert(1)</script>');
    await page.getByRole('checkbox', { name: 'Youth' }).check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.waitForURL(`${server.url}/settings/profile?notice=saved`);
    expect(await page.getByText('Your profile is saved.').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Youth' }).isChecked()).toBe(true);

    await page.getByRole('link', { name: 'your page' }).click();
    await page.waitForURL(/\/members\/officer-seattle-pd$/);
    expect(await page.locator('h1').innerText()).toBe('Jordan Ellis');
    expect(await page.locator('main').innerText()).toContain('Crisis Response Coordinator');
    expect(await page.locator('#about strong').innerText()).toBe('co-responder');
    expect(await page.locator('#about script').count()).toBe(0);
    expect(await page.locator('#expertise').getByRole('link', { name: 'Youth' }).count()).toBeGreaterThan(0);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // The directory shows the topics they say they know.
    await page.goto(`${server.url}/members?q=Jordan+Ellis`);
    const card = page.locator('article.member', { hasText: 'Jordan Ellis' });
    expect(await card.innerText()).toContain('Knows well');
    expect(await card.getByRole('link', { name: 'Youth' }).count()).toBe(1);
    await context.close();
  });

  it('a chief edits the department and its page shows it, to visitors too', { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await signedInAt(context, server.url, demoAccountEmail('chief', 'eugene-pd'), '/departments/eugene-pd');
    await page.getByRole('link', { name: 'Edit department' }).click();
    await page.waitForURL(`${server.url}/departments/eugene-pd/edit`);
    await settled(page);
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    await page.getByLabel('Website').fill('ftp://eugene.example');
    await page.getByRole('button', { name: 'Save department' }).click();
    await expect.poll(() => page.locator('#website-error').count()).toBe(1);
    expect(await page.locator('#website-error').innerText()).toContain('http');

    await page.getByLabel('Description').fill('Home of **CAHOOTS**, the mobile crisis partnership.');
    await page.getByLabel('Website').fill('https://www.eugene-or.gov/police');
    await page.getByLabel('Sworn officers').fill('1,234');
    await page.getByLabel('Population served').fill('178000');
    await page.getByRole('button', { name: 'Save department' }).click();
    await page.waitForURL(`${server.url}/departments/eugene-pd`);
    await expect.poll(() => page.locator('.description strong').innerText()).toBe('CAHOOTS');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('1,234');
    expect(facts).toContain('178,000');
    expect(facts).toContain('www.eugene-or.gov');
    await context.close();

    // A visitor, who may have had the page from the shared cache, sees the edit and no edit link.
    const visitor = await browser.newContext({ javaScriptEnabled: false });
    const view = await visitor.newPage();
    await view.goto(`${server.url}/departments/eugene-pd`);
    expect(await view.locator('.description strong').innerText()).toBe('CAHOOTS');
    expect(await view.getByRole('link', { name: 'Edit department' }).count()).toBe(0);
    expect((await view.goto(`${server.url}/departments/eugene-pd/edit`))?.url()).toContain('/sign-in');
    await visitor.close();
  });

  it('a member asks to move without JavaScript and the new chief approves on the pending page', { timeout: 180_000 }, async () => {
    const memberContext = await browser.newContext({ javaScriptEnabled: false });
    const page = await signedInAt(memberContext, server.url, demoAccountEmail('member', 'denver-pd'), '/settings/profile');
    await page.locator('select[name="departmentSlug"]').selectOption('stockton-pd');
    await page.getByRole('button', { name: 'Ask to move' }).click();
    await page.waitForURL(`${server.url}/settings/profile?notice=asked#move`);
    expect(await page.locator('#move').innerText()).toContain('Stockton');
    expect(await page.getByRole('button', { name: 'Withdraw the request' }).count()).toBe(1);

    const chiefContext = await browser.newContext({ javaScriptEnabled: false });
    const chief = await signedInAt(chiefContext, server.url, demoAccountEmail('chief', 'stockton-pd'), '/members/pending');
    const request = chief.locator('#moves li', { hasText: 'Denver' });
    expect(await request.count()).toBe(1);
    await request.getByRole('button', { name: /^Approve/ }).click();
    await chief.waitForURL(`${server.url}/members/pending?done=moved#moves`);
    expect(await chief.locator('#moves').count()).toBe(0);
    await chiefContext.close();

    await page.goto(`${server.url}/settings`);
    expect(await page.locator('main').innerText()).toContain('Stockton');
    await page.goto(`${server.url}/settings/profile`);
    expect(await page.getByRole('button', { name: 'Withdraw the request' }).count()).toBe(0);
    await memberContext.close();
  });
});
