import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { settled, signedInAt } from '../helpers/session.ts';

const MODERATOR = 'moderator@muster.demo';
// An external evaluation whose arrests and felony charges fell (lower is better): effective by the rule.
const PATH = '/practices/seattle-lead-diversion';

describe.runIf(hasChromium)('evidence ratings in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('a visitor sees the rating and why, without JavaScript, and its card on the home page', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${PATH}`);
    const badge = page.locator('#rating').getByTestId('rating-badge');
    expect(await badge.innerText()).toBe('Rated: Effective');
    await page.getByText('Why this rating').click();
    expect(await page.getByTestId('rating-reason').innerText()).toMatch(
      /improved and none got worse\. The evidence is an external evaluation\./,
    );
    expect(await page.getByRole('button', { name: 'Save the rating' }).count()).toBe(0);
    await page.goto(`${server.url}/`);
    expect(await page.getByTestId('rating-badge').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a member gets no rating form', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const page = await signedInAt(context, server.url, demoAccountEmail('member', 'memphis-pd'), PATH);
    await settled(page);
    expect(await page.locator('#rating').getByTestId('rating-badge').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save the rating' }).count()).toBe(0);
    await context.close();
  });

  it(
    'a moderator sets an editorial rating with a reason, shown as editorial, and clears it, without JavaScript',
    { timeout: 90_000 },
    async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await signedInAt(context, server.url, MODERATOR, PATH);
      const form = page.locator('form.editorial-form');
      await form.getByLabel('Rating').selectOption('PROMISING');
      await form.getByRole('button', { name: 'Save the rating' }).click();
      await page.waitForLoadState();
      // No reason: refused, the field says so, and the rating is still the rule's.
      expect(await page.locator('#editorial-reason-error').innerText()).toMatch(/reason/i);
      expect(await page.locator('#rating').getByTestId('rating-badge').innerText()).toBe('Rated: Effective');

      const reason = 'The effect on arrests has not been replicated outside Seattle yet.';
      await form.getByLabel('Reason').fill(reason);
      await form.getByRole('button', { name: 'Save the rating' }).click();
      await page.waitForURL(/#rating$/);
      expect(await page.locator('#rating').getByTestId('rating-badge').innerText()).toBe('Rated: Promising · editorial');
      expect(await page.getByTestId('rating-reason').textContent()).toBe(reason);

      await form.getByLabel('Rating').selectOption('');
      await form.getByRole('button', { name: 'Save the rating' }).click();
      await page.waitForURL(/#rating$/);
      await page.reload();
      expect(await page.locator('#rating').getByTestId('rating-badge').innerText()).toBe('Rated: Effective');
      await context.close();
    },
  );
});
